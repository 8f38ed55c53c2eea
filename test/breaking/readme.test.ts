// generator/breaking/readme.ts: the README's table of breaking-change rules is the one the rules give,
// between the markers `npm run schema` writes it between, with a row for every rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { breakingRulesTable } from '../../generator/breaking/readme.js';
import { breakingRules, versionBump } from '../../generator/breaking/rules/index.js';
import { root } from '../helpers.js';

it('is in the README as the rules give it, a row a rule in the order they run', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.match(/<!-- breaking rules: written by `npm run schema` -->\n([\s\S]*?)\n<!-- end of breaking rules -->/);
  expect(section?.[1]).toBe(breakingRulesTable());
  const ids = breakingRulesTable().split('\n').slice(2).map((row) => row.match(/^\| <a name="rule-([a-z-]+)"><\/a>`\1` \|/)?.[1]);
  expect(ids).toEqual([...breakingRules, versionBump].map((rule) => rule.ruleId));
});
