// Deeply nested Markdown is a located `limit-nesting` error, never a stack
// overflow in a later stage.
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../generator/limits.js';
import { maxNesting, parseSeed } from '../../generator/parse/index.js';
import { messagesOf, readText, seedWith } from '../helpers.js';

describe('parseSeed', () => {
  describe.each([
    ['block quotes', { given: `${'> '.repeat(maxNesting + 10)}a\n`, at: '1:' }],
    ['emphasis in a cell', { given: seedWith([`200 OK|${'*'.repeat(2 * maxNesting)}a${'*'.repeat(2 * maxNesting)}`]), at: '9:' }],
    ['emphasis in a heading', { given: `# ${'*'.repeat(2 * maxNesting)}a${'*'.repeat(2 * maxNesting)}\n`, at: '1:' }],
  ])('%s nested deeper than the limit', (_name, { given, at }) => {
    it('are a `limit-nesting` error on their line', () => {
      const file = new VFile({ path: 'seeds/x.md', value: given });
      expect(parseSeed(given, file, defaultLimits)).toBeUndefined();
      expect(messagesOf(file)).toHaveLength(1);
      expect(messagesOf(file)[0]).toEqual(['limit-nesting', 'error', expect.stringMatching(new RegExp(`^${at}`))]);
      expect(file.messages[0]!.reason).toContain(`expected at most ${maxNesting}`);
    });
  });

  it('reads markup up to the limit, and the pipeline reports no error for it', () => {
    const cell = `${'*'.repeat(40)}a${'*'.repeat(40)}`;
    const { file, table: seed } = readText(seedWith([`200 OK|${cell}`]));
    expect(messagesOf(file).filter(([, severity]) => severity === 'error')).toEqual([]);
    expect(seed!.rows[0]!.description.text).toBe('a');
  });
});
