// Seed text quoted in a message can neither drive a terminal nor start a new
// line of a log or a CI annotation.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable, printableLines } from '../generator/diagnostics.js';
import { githubAnnotations } from '../generator/report/github.js';
import { readText, runCli, seedWith, tempProject } from './helpers.js';

describe('printable', () => {
  describe.each([
    ['a line feed', { given: 'a\nb', want: 'a\\nb' }],
    ['CR and tab', { given: 'a\r\tb', want: 'a\\r\\tb' }],
    ['a terminal escape sequence', { given: '\u001b]8;;https://x\u0007', want: '\\u001b]8;;https://x\\u0007' }],
    ['C1 controls and DEL', { given: '\u009b\u007f', want: '\\u009b\\u007f' }],
    ['line separators', { given: '\u2028\u2029', want: '\\u2028\\u2029' }],
    ['bidirectional controls', { given: '\u202e\u2066\u061c\u200f', want: '\\u202e\\u2066\\u061c\\u200f' }],
    ['zero-width characters and the word joiner', { given: 'a\u200bb\u200dc\u2060', want: 'a\\u200bb\\u200dc\\u2060' }],
    ['tag characters, as astral escapes', { given: 'x\u{e0001}\u{e0041}', want: 'x\\u{e0001}\\u{e0041}' }],
    ['a BOM, a soft hyphen, a variation selector', { given: '\ufeffa\u00adb\ufe0f', want: '\\ufeffa\\u00adb\\ufe0f' }],
    ['other text, kept', { given: '中文 😀 `x` "y"', want: '中文 😀 `x` "y"' }],
  ])('%s', (_name, { given, want }) => {
    it('is written as an escape', () => {
      expect(printable(given)).toBe(want);
    });
  });

  it('applies to every reported message: a phrase with a line feed cannot start a new annotation', () => {
    const { file } = readText(seedWith(['200 中&#10;::error file=x::pwned|fine'], '# HTTP status codes\n\n'));
    const quoting = file.messages.filter((message) => message.reason.includes('::error file=x::pwned'));
    expect(quoting.length).toBeGreaterThan(0);
    for (const message of quoting) expect(message.reason).toContain('中\\n::error');
    for (const line of githubAnnotations([file])) expect(line).not.toMatch(/\n/);
  });
});

describe('printableLines', () => {
  it('keeps line feeds and escapes the rest', () => {
    expect(printableLines('a\n\u001b[2Jb\r\n')).toBe('a\n\\u001b[2Jb\\r\n');
  });

  it('applies to the drift report of check, which quotes hand-edited files', () => {
    const { dir, cleanup } = tempProject(undefined, true);
    try {
      const map = join(dir, 'generated/src/http-status/map.ts');
      writeFileSync(map, readFileSync(map, 'utf8').replace('正常响应', '\u001b]0;pwned\u0007\u001b[2J'));
      const run = runCli(['check'], dir);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('\\u001b]0;pwned\\u0007\\u001b[2J');
      expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    } finally {
      cleanup();
    }
  });
});
