// generator/config/suggest.ts: the known key a typo meant, and none for a guess.
import { describe, expect, it } from 'vitest';
import { closest } from '../../generator/config/suggest.js';

const keys = ['$schema', 'seeds', 'ignore', 'out', 'outIgnore', 'package', 'style', 'memberCase', 'command', 'tables', 'strict', 'allowOutside', 'limits'];

describe.each<[string, { given: string; known?: string[]; want: string | undefined }]>([
  ['a missing letter', { given: 'seed', want: 'seeds' }],
  ['a letter too many', { given: 'packages', want: 'package' }],
  ['swapped letters', { given: 'tabels', want: 'tables' }],
  ['another case', { given: 'outignore', want: 'outIgnore' }],
  ['British spelling', { given: 'licence', known: ['name', 'version', 'license', 'description'], want: 'license' }],
  ['a short key, one edit', { given: 'ot', want: 'out' }],
  ['a short key, two edits', { given: 'oxx', known: ['out'], want: undefined }],
  ['a word far from all', { given: 'colour', want: undefined }],
  ['a tie', { given: 'nam', known: ['name', 'nap'], want: undefined }],
])('%s', (_name, { given, known, want }) => {
  it(want === undefined ? 'suggests nothing' : `suggests ${want}`, () => {
    expect(closest(given, known ?? keys)).toBe(want);
  });
});
