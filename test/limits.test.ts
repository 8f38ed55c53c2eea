// Limits: defaults, overrides that can never lift a limit by accident, and
// cell length counted in characters.
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../generator/cli.js';
import { generate } from '../generator/generate.js';
import { characterCount, defaultLimits, resolveLimits } from '../generator/limits.js';
import { messagesOf, readText, root, runCli, seedWith, tempProject } from './helpers.js';

describe('resolveLimits', () => {
  it('gives the defaults of the issue', () => {
    expect(resolveLimits()).toEqual({ fileSize: 5_000_000, rows: 100_000, columns: 16, cellLength: 10_000, lineLength: 10_000, paragraphLength: 10_000, markup: 500 });
    expect(resolveLimits()).toEqual(defaultLimits);
  });

  it('overrides the limits given and keeps the default for an undefined one', () => {
    expect(resolveLimits({ rows: 5, cellLength: undefined })).toEqual({ ...defaultLimits, rows: 5 });
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])('throws on %s, which would lift or break the limit', (value) => {
    expect(() => resolveLimits({ rows: value })).toThrow(TypeError);
  });

  it('is what generate applies: an undefined limit does not lift it', async () => {
    const { dir, cleanup } = tempProject({ 'codes.md': seedWith(['100001 A|a', '100002 B|b']) });
    try {
      const result = await generate({ cwd: dir, check: true, limits: { rows: 1, columns: undefined } });
      expect(result.reports.flatMap((file) => messagesOf(file)).filter(([rule]) => rule.startsWith('limit-'))).toEqual([['limit-rows', 'error', '10:1']]);
      await expect(generate({ cwd: dir, check: true, limits: { rows: 0 } })).rejects.toThrow(TypeError);
    } finally {
      cleanup();
    }
  });
});

describe('a limit flag', () => {
  it.each([
    ['--max-rows', '99999999999999999999'],
    ['--max-cell-length', String(Number.MAX_SAFE_INTEGER + 1)],
    ['--max-line-length', '1e3'],
  ])('%s %s is a usage error naming the flag', (flag, value) => {
    const invocation = parseCommandLine(['generate', flag, value]);
    expect(invocation).toEqual({ kind: 'usage', reason: `${flag} takes a positive whole number up to ${Number.MAX_SAFE_INTEGER}, not \`${value}\`` });
  });

  it('up to 2^53 - 1 is taken as it is', () => {
    const invocation = parseCommandLine(['generate', '--max-rows', String(Number.MAX_SAFE_INTEGER)]);
    expect(invocation.kind === 'run' && invocation.options.limits).toEqual({ rows: Number.MAX_SAFE_INTEGER });
  });

  it('too large for a number exits 2 with the reason, no internal error', () => {
    const run = runCli(['generate', '--max-rows', '99999999999999999999'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^md-codegen: --max-rows takes a positive whole number up to 9007199254740991, not `99999999999999999999`\n/);
    expect(run.stderr).not.toContain('internal error');
  });
});

describe('the cell length', () => {
  it('counts characters: an emoji or another astral character is one', () => {
    expect(characterCount('a😀𝒳')).toBe(3);
    expect(characterCount('\ud800x')).toBe(2);
  });

  it.each([
    ['at the limit', '😀'.repeat(11), []],
    ['over the limit', '😀'.repeat(12), [['limit-cell-length', 'error', '9:7']]],
    ['a header over the limit', 'fine', [['limit-cell-length', 'error', '7:6']], 'Code | Descriptions'],
  ])('%s is read accordingly', (_name, cell, want, header = 'Code | Description') => {
    // The limit holds for header cells too (`Description` has 11 characters): they reach the generated docs.
    const { file } = readText(seedWith([`200 OK|${cell}`]).replace('Code | Description', header), 'test', { cellLength: 11 });
    expect(messagesOf(file).filter(([rule]) => rule.startsWith('limit-'))).toEqual(want);
  });
});
