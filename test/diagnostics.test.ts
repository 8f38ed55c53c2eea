// Seed text quoted in a message can neither drive a terminal nor start a new
// line of a log or a CI annotation.
import { describe, expect, it } from 'vitest';
import { printable } from '../generator/diagnostics.js';
import { githubAnnotations } from '../generator/report/github.js';
import { readText, seedWith } from './helpers.js';

describe('printable', () => {
  describe.each([
    ['a line feed', { given: 'a\nb', want: 'a\\nb' }],
    ['CR and tab', { given: 'a\r\tb', want: 'a\\r\\tb' }],
    ['a terminal escape sequence', { given: '\u001b]8;;https://x\u0007', want: '\\u001b]8;;https://x\\u0007' }],
    ['C1 controls and DEL', { given: '\u009b\u007f', want: '\\u009b\\u007f' }],
    ['line separators', { given: '\u2028\u2029', want: '\\u2028\\u2029' }],
    ['bidirectional controls', { given: '\u202e\u2066\u061c\u200f', want: '\\u202e\\u2066\\u061c\\u200f' }],
    ['other text, kept', { given: '中文 😀 `x` "y"', want: '中文 😀 `x` "y"' }],
  ])('%s', (_name, { given, want }) => {
    it('is written as an escape', () => {
      expect(printable(given)).toBe(want);
    });
  });

  it('applies to every reported message: a phrase with a line feed cannot start a new annotation', () => {
    const { file } = readText(seedWith(['200 中&#10;::error file=x::pwned|fine']));
    const quoting = file.messages.filter((message) => message.reason.includes('::error file=x::pwned'));
    expect(quoting.length).toBeGreaterThan(0);
    for (const message of quoting) expect(message.reason).toContain('中\\n::error');
    for (const line of githubAnnotations([file])) expect(line).not.toMatch(/\n/);
  });
});
