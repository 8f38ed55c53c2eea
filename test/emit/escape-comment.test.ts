// Paths in comments of generated files: one line, every control and bidi
// character visible as an escape, and no way to close the comment early.
import { describe, expect, it } from 'vitest';
import { htmlCommentText, jsonText, lineCommentText } from '../../generator/emit/escape.js';

describe('lineCommentText', () => {
  describe.each([
    ['a plain path', { given: 'seeds/http-status.md', want: 'seeds/http-status.md' }],
    ['line terminators', { given: 'a\nb\rc\u2028d\u2029e\u0085f', want: 'a\\nb\\rc\\u2028d\\u2029e\\u0085f' }],
    ['a tab, DEL and a terminal escape', { given: 'a\tb\u007f\u001b[2J', want: 'a\\tb\\u007f\\u001b[2J' }],
    ['a backslash, so that escapes stay unambiguous', { given: 'a\\nb', want: 'a\\\\nb' }],
    ['bidirectional controls and a BOM', { given: '\u202eabc\u2066\ufeff', want: '\\u202eabc\\u2066\\ufeff' }],
    ['other text, kept', { given: '文档 */ --> "x"', want: '文档 */ --> "x"' }],
  ])('%s', (_name, { given, want }) => {
    it('is one line of visible text', () => {
      expect(lineCommentText(given)).toBe(want);
      expect(lineCommentText(given)).not.toMatch(/[\n\r\u2028\u2029\u0085]/);
    });
  });
});

describe('htmlCommentText', () => {
  describe.each([
    ['a comment end', { given: 'docs --><img src=x onerror=alert(1)><!-- ', want: 'docs -\\-><img src=x onerror=alert(1)><!-\\- ' }],
    ['the other comment end, `--!>`', { given: 'a--!>b', want: 'a-\\-!>b' }],
    ['a run of dashes', { given: '----', want: '-\\-\\-\\-' }],
    ['a line feed', { given: 'a\n-->', want: 'a\\n-\\->' }],
  ])('%s', (_name, { given, want }) => {
    it('holds no `--`', () => {
      expect(htmlCommentText(given)).toBe(want);
      expect(htmlCommentText(given)).not.toContain('--');
    });
  });
});

describe('jsonText', () => {
  it('is JSON that reads back the same, with invisible characters escaped', () => {
    const value = { path: 'a\u202eb\u2028c\u0085', n: [1] };
    const text = jsonText(value);
    expect(text).toBe('{\n  "path": "a\\u202eb\\u2028c\\u0085",\n  "n": [\n    1\n  ]\n}');
    expect(JSON.parse(text)).toEqual(value);
  });
});
