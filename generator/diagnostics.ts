import type { VFile } from 'vfile';
import { invisibleClass, unicodeEscape } from './emit/escape.js';
import type { Point, Span } from './model.js';
import { ruleUrl } from './rules.js';

/** How bad a finding is: an error stops emission, the others are printed. */
export type Severity = 'error' | 'warning' | 'info';

/** Every message carries this as its source. */
export const messageSource = 'md-codegen';

/**
 * Report a finding on `file`: `fatal` is `true` for an error, `false` for a
 * warning and `undefined` for info, as vfile has it. Bad input is always
 * reported this way; only bugs throw. The message's `url` is its rule's row
 * in the README; `expected` is the text that fixes it, replacing `place` (or
 * inserted at a point): editors offer it as a quick fix.
 */
export function report(
  file: VFile,
  severity: Severity,
  ruleId: string,
  reason: string,
  place?: Point | Span,
  expected?: string,
): void {
  const message = file.message(printable(reason), { place: place && toUnist(place), ruleId, source: messageSource });
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  const url = ruleUrl(ruleId);
  if (url !== undefined) message.url = url;
  if (expected !== undefined) message.expected = [expected];
}

/** Whether any error has been reported on `file`. */
export function hasErrors(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true);
}

/** The severity of a reported message. */
export function severityOf(fatal: boolean | null | undefined): Severity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info';
}

/** Characters a terminal, a CI log or an editor may act on or hide, as they could reach a message quoting a cell or a path. */
const unprintable = new RegExp(`[\u0000-\u001f\u007f-\u009f\u2028\u2029${invisibleClass}]`, 'gu');
const shortEscapes: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A reason with every control, line-separator, bidirectional and other
 * invisible character written as an escape (`\n`, `\u001b`, `\u200b`,
 * `\u{e0041}`): seed text or a path quoted in a message can then neither
 * drive a terminal (escape sequences), nor start a new line of a log or a CI
 * annotation, nor reorder or hide what the reader sees.
 */
export function printable(reason: string): string {
  return reason.replace(unprintable, escapeChar);
}

/** Text of several lines (a diff of files someone may have edited by hand) made {@link printable}, but for its line feeds. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}

function escapeChar(char: string): string {
  return shortEscapes[char] ?? unicodeEscape(char);
}

function toUnist(place: Point | Span) {
  return 'start' in place ? { start: { ...place.start }, end: { ...place.end } } : { ...place };
}
