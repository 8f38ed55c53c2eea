import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';

/**
 * Decode a seed's bytes as UTF-8, strictly. Invalid UTF-8 is an error at its
 * byte offset (never U+FFFD); a BOM is dropped; CRLF and CR line endings become
 * LF, so every line ending keeps its line and column. Returns `undefined` after
 * reporting when the bytes are not UTF-8.
 */
export function decodeSeed(bytes: Uint8Array, file: VFile): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const byte = bytes[offset];
    if (byte === undefined) throw new Error('md-codegen bug: TextDecoder rejected bytes that are valid UTF-8');
    report(
      file,
      'error',
      'encoding',
      `Invalid UTF-8 at byte offset ${offset} (byte 0x${byte.toString(16).padStart(2, '0')}); expected a UTF-8 encoded seed: re-save the file as UTF-8`,
      pointBefore(bytes, offset),
    );
    return undefined;
  }
  return normalizeText(text);
}

/** Decoded document text as the pipeline reads it: without a BOM, CRLF and CR line endings as LF (each keeps its line and column). */
export function normalizeText(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

/**
 * The line and column of byte `offset`, counted as the rest of the pipeline
 * counts them: LF, CRLF and CR each end a line, a BOM takes no column, and a
 * column is a UTF-16 code unit.
 */
function pointBefore(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(Math.min(start, offset), offset));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index);
    if (length === 0) return index;
    index += length;
  }
  return bytes.length;
}

// Lengths and second-byte ranges from the Unicode standard, table 3-7.
function sequenceLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at]!;
  if (lead < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  for (let index = 1; index < length; index++) {
    const byte = bytes[at + index];
    const [min, max] = index === 1 ? [low, high] : [0x80, 0xbf];
    if (byte === undefined || byte < min || byte > max) return 0;
  }
  return length;
}
