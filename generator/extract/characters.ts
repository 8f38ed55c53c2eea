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

const reference = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/g;

/**
 * Report every forbidden character of the seed text at its line and column,
 * whether written raw or as a character reference (`&#x202E;`, `&rlm;`).
 * Returns whether any was found.
 */
export function checkCharacters(text: string, file: VFile): boolean {
  const place = location(file);
  let found = false;
  for (let offset = 0; offset < text.length; offset++) {
    const codePoint = text.codePointAt(offset)!;
    if (codePoint > 0xffff) offset++;
    else if (isForbidden(codePoint)) {
      found = true;
      report(file, 'error', 'character', forbiddenReason(codePoint, 'written'), place.toPoint(offset));
    }
  }
  for (const match of text.matchAll(reference)) {
    const [whole, hex, decimal, name] = match;
    const value = hex ? String.fromCodePoint(safe(parseInt(hex, 16))) : decimal ? String.fromCodePoint(safe(+decimal)) : decodeNamedCharacterReference(name!);
    const codePoint = value ? value.codePointAt(0)! : 0;
    if (value && value.length <= 2 && isForbidden(codePoint)) {
      found = true;
      report(file, 'error', 'character', forbiddenReason(codePoint, `written as \`${whole}\``), place.toPoint(match.index));
    }
  }
  return found;
}

// Out-of-range references decode to U+FFFD, which is allowed.
function safe(codePoint: number): number {
  return codePoint > 0x10ffff ? 0xfffd : codePoint;
}

function forbiddenReason(codePoint: number, how: string): string {
  const kind =
    codePoint >= 0xd800 && codePoint <= 0xdfff
      ? 'a lone surrogate'
      : codePoint === 0x061c || (codePoint >= 0x200e && codePoint <= 0x2069)
        ? 'a bidirectional control character'
        : 'a control character';
  return `Found ${kind} ${codePointName(codePoint)} (${how}); expected visible text: remove it (bidirectional and control characters can hide what code does)`;
}
