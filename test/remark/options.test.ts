// generator/remark/options.ts: the plugin's options, checked; a bad one is a
// `remark-options` error on the file (never an exception), and is ignored.
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remark } from 'remark';
import remarkMdCodegen from '../../generator/remark/index.js';
import { parseOptions } from '../../generator/remark/options.js';
import { seedBytes } from '../helpers.js';

describe.each([
  ['nothing', { given: undefined, want: [] }],
  ['no rules', { given: {}, want: [] }],
  ['good settings', { given: { rules: { 'registry-phrase': 'off', 'code-range': 2, 'registry-unofficial': 'warn', 'row-cells': 'error' } }, want: [] }],
  ['a misspelt rule', { given: { rules: { 'registry-phrse': 'off' } }, want: ['found the rule "registry-phrse", which md-codegen does not have; did you mean "registry-phrase"?'] }],
  ['an unknown rule', { given: { rules: { 'no-trailing-spaces': 'off' } }, want: ['found the rule "no-trailing-spaces", which md-codegen does not have'] }],
  ['a bad severity', { given: { rules: { 'registry-phrase': 'fatal' } }, want: ['found "fatal" for "registry-phrase"; expected "off", "info", "warn", "warning", "error", "on", 0, 1 or 2'] }],
  ['a bad number', { given: { rules: { 'registry-phrase': 3 } }, want: ['found 3 for "registry-phrase"; expected "off", "info", "warn", "warning", "error", "on", 0, 1 or 2'] }],
  ['an error turned off', { given: { rules: { 'row-cells': 'off' } }, want: ['found "off" for "row-cells", which is an error: md-codegen generate stops on it, so it stays an error; remove the setting and fix what it finds'] }],
  ['an unknown option', { given: { rule: {} }, want: ['found the option "rule"; expected "rules"'] }],
  ['rules not an object', { given: { rules: ['registry-phrase'] }, want: ['expected "rules" to be an object of rule ids and severities, found ["registry-phrase"]'] }],
  ['options not an object', { given: 'registry-phrase', want: ['expected the options to be an object such as {"rules": {"registry-phrase": "off"}}, found "registry-phrase"'] }],
])('%s', (_name, { given, want }) => {
  it('gives the problems', () => {
    expect(parseOptions(given).problems).toEqual(want);
  });
});

it('reports a bad option on every file as a `remark-options` error at 1:1, and applies the good ones', async () => {
  const file = new VFile({ path: 'seeds/http-status.md', value: seedBytes });
  await remark().use(remarkMdCodegen, { rules: { 'registry-phrse': 'off', 'registry-unofficial': 'off', 'row-cells': 'off' } } as never).process(file);
  const problems = file.messages.filter((message) => message.ruleId === 'remark-options');
  expect(problems.map((message) => [message.line, message.column, message.fatal, message.source])).toEqual([[1, 1, true, 'md-codegen'], [1, 1, true, 'md-codegen']]);
  expect(problems[0]!.reason).toBe('md-codegen/remark: found the rule "registry-phrse", which md-codegen does not have; did you mean "registry-phrase"?; this setting is ignored');
  expect(file.messages.some((message) => message.ruleId === 'registry-unofficial')).toBe(false);
  expect(file.messages.some((message) => message.ruleId === 'registry-phrase')).toBe(true);
});
