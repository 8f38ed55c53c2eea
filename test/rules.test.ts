// generator/rules.ts: the rules as data. The README's rule table, the anchor
// of each row, every message's `url` and which rules comments may silence all
// come from it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { report } from '../generator/diagnostics.js';
import { breakingRules, versionBump } from '../generator/breaking/rules/index.js';
import { breakingRuleIds, readmeUrl, ruleAnchor, ruleOf, rules, rulesTable, ruleUrl } from '../generator/rules.js';
import { readText, root, ruleIdsInSource, seedBytes } from './helpers.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('the rules', () => {
  it('are every rule id the generator reports, once each', () => {
    const ids = [...rules.map((rule) => rule.id), ...breakingRuleIds];
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ruleIdsInSource());
  });

  it('name the breaking-change rules as their data in breaking/rules/ does, in its order', () => {
    expect(breakingRuleIds).toEqual([...breakingRules.map((rule) => rule.ruleId), versionBump.ruleId]);
  });

  it('are in the README as the data gives them, between the markers `npm run schema` writes', () => {
    const section = readme.match(/<!-- rules: written by `npm run schema` -->\n([\s\S]*?)\n<!-- end of rules -->/);
    expect(section?.[1]).toBe(rulesTable());
    expect(rulesTable().split('\n')).toHaveLength(rules.length + 2);
  });

  it('each have one anchor in the README, the fragment of their url', () => {
    for (const id of [...rules.map((rule) => rule.id), ...breakingRuleIds]) {
      expect(readme.split(`<a name="${ruleAnchor(id)}"></a>`), id).toHaveLength(2);
      expect(ruleUrl(id)).toBe(`${readmeUrl}#rule-${id}`);
    }
    expect(ruleUrl('no-such-rule')).toBeUndefined();
  });

  it("point at this package's README, which exists", () => {
    expect(readmeUrl.startsWith('file:')).toBe(true);
    expect(fileURLToPath(readmeUrl)).toBe(join(root, 'README.md'));
  });

  it('let comments silence only rules of one document that report warnings or info', () => {
    const silenced = rules.filter((rule) => rule.silenceable);
    expect(silenced.length).toBeGreaterThan(15);
    for (const rule of silenced) {
      expect(rule.scope, rule.id).toBe('document');
      expect(rule.severity.some((severity) => severity !== 'error'), rule.id).toBe(true);
    }
    for (const rule of rules.filter((each) => each.severity.every((severity) => severity === 'error'))) expect(rule.silenceable, rule.id).toBe(false);
    expect(ruleOf('registry-phrase')?.silenceable).toBe(true);
    expect(ruleOf('no-code-table')?.silenceable).toBe(false);
  });
});

describe('messages', () => {
  it('carry the url of their rule', () => {
    const file = new VFile();
    report(file, 'warning', 'registry-phrase', 'x', { line: 1, column: 1 });
    expect(file.messages[0]!.url).toBe(ruleUrl('registry-phrase'));
  });

  it('of the seed all carry their url, and `expected` where the fix is known', () => {
    const { file } = readText(seedBytes, 'http-status');
    expect(file.messages.length).toBeGreaterThan(10);
    for (const message of file.messages) expect(message.url).toBe(ruleUrl(message.ruleId!));
    const fixes = file.messages.filter((message) => message.expected).map((message) => [message.line, message.ruleId, message.expected]);
    expect(fixes).toEqual([
      [11, 'registry-phrase', ['203 Non-Authoritative Information']],
      [14, 'registry-phrase', ['206 Partial Content']],
      [15, 'registry-phrase', ['207 Multi-Status']],
      [16, 'registry-phrase', ['208 Already Reported']],
      [40, 'registry-previous-name', ['413 Content Too Large']],
      [48, 'registry-previous-name', ['422 Unprocessable Content']],
    ]);
  });
});

describe('expected', () => {
  describe.each([
    ['a CODE PHRASE cell without pipes', { given: '203 See Other|x', want: ['203 Non-Authoritative Information'] }],
    ['a cell between pipes keeps them and its padding', { given: '| 203 See Other | x |', want: ['| 203 Non-Authoritative Information '] }],
    ['a phrase in emphasis: the cell does not end with it as written', { given: '203 *See Other*|x', want: undefined }],
  ])('%s', (_name, { given, want }) => {
    it('is the cell with the registered phrase', () => {
      const { file } = readText(`[//]:# "2024/11/7 14:33|api"\n\n# HTTP status codes\n\n${given.startsWith('|') ? '| Code | Description |\n| --- | --- |' : 'Code | Description\n---|---'}\n200 OK|fine\n${given}\n`.replace('200 OK|fine', given.startsWith('|') ? '| 200 OK | fine |' : '200 OK|fine'));
      const message = file.messages.find((each) => each.ruleId === 'registry-phrase');
      expect(message, file.messages.map(String).join('\n')).toBeDefined();
      expect(message!.expected).toEqual(want);
    });
  });

  it('of table-name is the name comment, inserted at the start of the table', () => {
    const table = 'Code | Description\n---|---\n200 OK|fine\n';
    const { file } = readText(`[//]:# "2024/11/7 14:33|api"\n\n${table}\n${table}`);
    const names = file.messages.filter((message) => message.ruleId === 'table-name');
    expect(names.map((message) => [message.line, message.column, message.place && 'end' in message.place, message.expected])).toEqual([
      [3, 1, false, ['<!-- md-codegen name="Test1" -->\n']],
      [7, 1, false, ['<!-- md-codegen name="Test2" -->\n']],
    ]);
  });

  it('of table-name, once applied, names the table and silences the warning', () => {
    const table = 'Code | Description\n---|---\n200 OK|fine\n';
    const text = `[//]:# "2024/11/7 14:33|api"\n\n${table}\n${table}`;
    const before = readText(text).file.messages.find((message) => message.ruleId === 'table-name')!;
    const lines = text.split('\n');
    lines.splice(before.line! - 1, 0, before.expected![0]!.replace(/\n$/, ''));
    const after = readText(lines.join('\n'));
    expect(after.file.messages.filter((message) => message.ruleId === 'table-name').map((message) => message.line)).toEqual([8]);
    expect(after.seed?.tables.map((table) => table.exportName)).toEqual(['Test1', 'Test2']);
  });
});

it('the README the url points at ships with the package (npm packs README.md)', () => {
  expect(existsSync(fileURLToPath(readmeUrl))).toBe(true);
});
