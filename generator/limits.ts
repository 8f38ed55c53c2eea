import type { VFile } from 'vfile';
import { report } from './diagnostics.js';

/** Input limits; each has a CLI flag. */
export interface Limits {
  /** Largest seed file, in bytes. */
  readonly fileSize: number;
  /** Most body rows in one table. */
  readonly rows: number;
  /** Most columns in one table. */
  readonly columns: number;
  /** Longest cell, in characters (code points). */
  readonly cellLength: number;
  /** Longest line, in characters, measured before parsing. */
  readonly lineLength: number;
  /** Longest paragraph (lines without a blank line between them, table rows, headings and list items apart), in characters, measured before parsing. */
  readonly paragraphLength: number;
  /** Most markup characters (`*`, `_` outside words, `~`, `<`, `[`, `]`) in one line or paragraph, counted before parsing. */
  readonly markup: number;
}

export const defaultLimits: Limits = {
  fileSize: 5_000_000,
  rows: 100_000,
  columns: 16,
  cellLength: 10_000,
  lineLength: 10_000,
  paragraphLength: 10_000,
  markup: 500,
};

/**
 * The limits to apply: the defaults, overridden by every limit given. An
 * `undefined` limit keeps its default (it never lifts the limit); anything but
 * a positive whole number is a bug in the caller, thrown as a `TypeError`.
 */
export function resolveLimits(given: Partial<Limits> = {}): Limits {
  const limits = { ...defaultLimits };
  for (const key of Object.keys(defaultLimits) as (keyof Limits)[]) {
    const value = given[key];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 1) throw new TypeError(`md-codegen: the limit \`${key}\` must be a positive whole number, not ${String(value)}`);
    limits[key] = value;
  }
  return limits;
}

/** How long a cell is, as its limit counts: in characters (code points), so that an emoji counts one. */
export function characterCount(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      count--;
      index++;
    }
  }
  return count;
}

/** Report a document of `size` bytes over the limit; returns whether it is within it. */
export function checkFileSize(size: number, limits: Limits, file: VFile): boolean {
  if (size <= limits.fileSize) return true;
  report(file, 'error', 'limit-file-size', `Found ${size} bytes; expected at most ${limits.fileSize} (raise it with --max-file-size)`, { line: 1, column: 1 });
  return false;
}
