// Limits: defaults, overrides that can never lift a limit by accident, and
// cell length counted in characters.
import { describe, expect, it } from 'vitest';
import { generate } from '../generator/generate.js';
import { characterCount, defaultLimits, resolveLimits } from '../generator/limits.js';
import { messagesOf, readText, seedWith, tempProject } from './helpers.js';

describe('resolveLimits', () => {
  it('gives the defaults of the issue', () => {
    expect(resolveLimits()).toEqual({ fileSize: 5_000_000, rows: 100_000, columns: 16, cellLength: 10_000, lineLength: 20_000, paragraphLength: 20_000 });
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

describe('the cell length', () => {
  it('counts characters: an emoji or another astral character is one', () => {
    expect(characterCount('a😀𝒳')).toBe(3);
    expect(characterCount('\ud800x')).toBe(2);
  });

  it.each([
    ['at the limit', '😀'.repeat(6), []],
    ['over the limit', '😀'.repeat(7), [['limit-cell-length', 'error', '9:7']]],
  ])('%s is read accordingly', (_name, cell, want) => {
    const { file } = readText(seedWith([`200 OK|${cell}`]), 'test', { cellLength: 6 });
    expect(messagesOf(file).filter(([rule]) => rule.startsWith('limit-'))).toEqual(want);
  });
});
