import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { report } from '../diagnostics.js';

/**
 * Whether a code point may not appear in a seed: C0 and C1 controls other than
 * TAB and LF, DEL, lone surrogates, and the bidirectional controls of the
 * "Trojan Source" set.
 */
export function isForbidden(codePoint: number): boolean {
  return (
    (codePoint < 0x20 && codePoint !== 0x09 && codePoint !== 0x0a) ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    (codePoint >= 0xd800 && codePoint <= 0xdfff) ||
    codePoint === 0x061c ||
    codePoint === 0x200e ||
    codePoint === 0x200f ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069)
  );
}

/** `U+202E`. */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The code units {@link isForbidden} may hold, and every surrogate. */
const candidate = /[\0-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

const reference = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/g;

/** How many `character` errors one seed reports before summing up the rest. */
export const characterReportLimit = 100;

/**
 * Report every forbidden character of the seed text at its line and column,
 * whether written raw or as a character reference (`&#x202E;`, `&rlm;`, `&#13;`).
 * References are looked for everywhere, code spans included (where Markdown
 * would keep them as written): a false alarm there costs a rewrite, a miss
 * elsewhere would let the character through. After
 * {@link characterReportLimit} errors the rest are counted in one more.
 * Returns whether any was found.
 */
export function checkCharacters(text: string, file: VFile): boolean {
  const found: { offset: number; codePoint: number; how: string }[] = [];
  // One regular expression finds whether any code unit needs a closer look (surrogates, paired or not, do).
  for (let offset = candidate.test(text) ? 0 : text.length; offset < text.length; offset++) {
    const codePoint = text.codePointAt(offset)!;
    if (codePoint > 0xffff) offset++;
    else if (isForbidden(codePoint)) found.push({ offset, codePoint, how: 'written' });
  }
  for (const match of text.includes('&') ? text.matchAll(reference) : []) {
    const [whole, hex, decimal, name] = match;
    const value = hex ? String.fromCodePoint(safe(parseInt(hex, 16))) : decimal ? String.fromCodePoint(safe(+decimal)) : decodeNamedCharacterReference(name!);
    const codePoint = [...(value || '')].map((char) => char.codePointAt(0)!).find(isForbidden);
    if (codePoint !== undefined) found.push({ offset: match.index, codePoint, how: `written as \`${whole}\`` });
  }
  if (found.length === 0) return false;
  const place = location(text);
  found.sort((a, b) => a.offset - b.offset);
  for (const { offset, codePoint, how } of found.slice(0, characterReportLimit)) {
    report(file, 'error', 'character', forbiddenReason(codePoint, how), place.toPoint(offset));
  }
  if (found.length > characterReportLimit) {
    const rest = found.length - characterReportLimit;
    report(file, 'error', 'character', `Found ${rest} more control, bidirectional or lone-surrogate characters after these; expected none: remove them all`, place.toPoint(found[characterReportLimit]!.offset));
  }
  return found.length > 0;
}

// Out-of-range references decode to U+FFFD, which is allowed.
function safe(codePoint: number): number {
  return codePoint > 0x10ffff ? 0xfffd : codePoint;
}

/** Controls that people mean as a line break: CR, VT, FF and NEL. */
const lineBreaks = new Set([0x0b, 0x0c, 0x0d, 0x85]);

function forbiddenReason(codePoint: number, how: string): string {
  const kind =
    codePoint >= 0xd800 && codePoint <= 0xdfff
      ? 'a lone surrogate'
      : codePoint === 0x061c || (codePoint >= 0x200e && codePoint <= 0x2069)
        ? 'a bidirectional control character'
        : 'a control character';
  const instead = lineBreaks.has(codePoint) ? 'write `<br>` for a line break in a cell' : 'remove it';
  return `Found ${kind} ${codePointName(codePoint)} (${how}); expected visible text: ${instead} (bidirectional and control characters can hide what code does)`;
}
