// Strict UTF-8 decoding: errors with the byte offset at the right line and
// column, BOM dropped, and CRLF or CR files read exactly as LF files.
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { decodeSeed, firstInvalidByte } from '../../generator/parse/decode.js';
import { messagesOf, readText, seedBytes } from '../helpers.js';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decodeSeed', () => {
  describe.each([
    ['a Latin-1 byte', { given: bytes('ab\ncaf', [0xe9], '\n'), offset: 6, byte: 'e9', at: '2:4' }],
    ['a lone continuation byte', { given: bytes([0x80]), offset: 0, byte: '80', at: '1:1' }],
    ['an overlong encoding of `/`', { given: bytes('x', [0xc0, 0xaf]), offset: 1, byte: 'c0', at: '1:2' }],
    ['an encoded surrogate (CESU-8)', { given: bytes('é', [0xed, 0xa0, 0x80]), offset: 2, byte: 'ed', at: '1:2' }],
    ['a code point above U+10FFFF', { given: bytes([0xf4, 0x90, 0x80, 0x80]), offset: 0, byte: 'f4', at: '1:1' }],
    ['a sequence cut short by the end of the file', { given: bytes('ok', [0xe2, 0x82]), offset: 2, byte: 'e2', at: '1:3' }],
    ['a bad byte after CR line endings', { given: bytes('a\rb\r', [0xff]), offset: 4, byte: 'ff', at: '3:1' }],
    ['a bad byte after CRLF line endings', { given: bytes('a\r\nbc', [0xff]), offset: 5, byte: 'ff', at: '2:3' }],
    ['a bad byte after a BOM', { given: bytes([0xef, 0xbb, 0xbf], 'ab', [0xff]), offset: 5, byte: 'ff', at: '1:3' }],
    ['a bad byte after an astral character', { given: bytes('😀', [0xff]), offset: 4, byte: 'ff', at: '1:3' }],
  ])('%s', (_name, { given, offset, byte, at }) => {
    it('is an `encoding` error with the byte offset, at its line and column, never U+FFFD', () => {
      const file = new VFile({ path: 'seeds/x.md' });
      expect(decodeSeed(given, file)).toBeUndefined();
      expect(firstInvalidByte(given)).toBe(offset);
      expect(messagesOf(file)).toEqual([['encoding', 'error', at]]);
      expect(file.messages[0]!.reason).toContain(`byte offset ${offset} (byte 0x${byte})`);
    });
  });

  it('drops a leading BOM and keeps one anywhere else', () => {
    const file = new VFile();
    expect(decodeSeed(bytes([0xef, 0xbb, 0xbf], 'a\ufeffb'), file)).toBe('a\ufeffb');
    expect(file.messages).toEqual([]);
  });

  it('turns CRLF and CR line endings into LF, and keeps U+2028, U+2029 and NEL as they are', () => {
    expect(decodeSeed(bytes('a\r\nb\rc\n\r\nd\u2028e\u2029f'), new VFile())).toBe('a\nb\nc\n\nd\u2028e\u2029f');
  });
});

describe('a seed with CRLF, CR or a BOM', () => {
  const lf = seedBytes.toString('utf8');
  it.each([
    ['CRLF', lf.replace(/\n/g, '\r\n')],
    ['CR', lf.replace(/\n/g, '\r')],
    ['a BOM and CRLF', `\ufeff${lf.replace(/\n/g, '\r\n')}`],
  ])('with %s gives the same model and messages as with LF', (_name, text) => {
    const want = readText(lf, 'http-status');
    const got = readText(text, 'http-status');
    expect(got.seed).toEqual(want.seed);
    expect(messagesOf(got.file)).toEqual(messagesOf(want.file));
    expect(got.file.messages.map((message) => message.reason)).toEqual(want.file.messages.map((message) => message.reason));
  });
});
