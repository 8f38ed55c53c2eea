// generator/control.ts: `<!-- md-codegen-disable ... -->`, `-enable` and
// `-ignore` silence warnings and info over a range of the document, in
// generate and check as in the remark plugin; errors are never silenced.
import { describe, expect, it } from 'vitest';
import { generate } from '../generator/generate.js';
import { readText, tempProject } from './helpers.js';

const head = '[//]:# "2024/11/7 14:33|api"\n\n# HTTP status codes\n\n';
const table = (rows: string) => `Code | Description\n---|---\n200 OK|fine\n${rows}\n`;
/** Rule id and line of every message of `text`. */
const found = (text: string) => readText(text).file.messages.map((message) => `${message.ruleId} ${message.line}`);

describe.each([
  ['disable, to the end of the document', { given: `${head}<!-- md-codegen-disable registry-phrase -->\n\n${table('203 See Other|x\n999 Unknown|y')}`, want: ['code-range 11'] }],
  ['disable every rule', { given: `${head}<!-- md-codegen-disable -->\n\n${table('203 See Other|x\n999 Unknown|y')}`, want: [] }],
  ['disable, then enable before a second table', { given: `${head}<!-- md-codegen-disable registry-phrase -->\n\n## One\n\n${table('203 See Other|x')}\n<!-- md-codegen-enable registry-phrase -->\n\n## Two\n\n${table('206 Reset Content|y')}`, want: ['registry-phrase 21'] }],
  ['ignore: the next block only', { given: `${head}<!-- md-codegen-ignore registry-phrase -->\n## One\n\n${table('203 See Other|x')}\n## Two\n\n${table('206 Reset Content|y')}`, want: ['registry-phrase 11', 'registry-phrase 18'] }],
  ['ignore right before the table', { given: `${head}<!-- md-codegen-ignore registry-phrase code-range -->\n${table('203 See Other|x\n999 Unknown|y')}`, want: [] }],
  ['a comment of unknown rules only does nothing', { given: `${head}<!-- md-codegen-disable registry-phrse -->\n\n${table('203 See Other|x')}`, want: ['registry-phrase 10', 'control-comment 5'] }],
  ['a directive is not a control comment', { given: `${head}<!-- md-codegen name="Statuses" -->\n${table('203 See Other|x')}`, want: ['registry-phrase 9'] }],
])('%s', (_name, { given, want }) => {
  it('leaves the messages it does not silence', () => {
    expect(found(given)).toEqual(want);
  });
});

it('never silences an error, so a silenced document with an error emits nothing', () => {
  const text = `${head}<!-- md-codegen-disable -->\n<!-- md-codegen-disable row-cells -->\n\n${table('203 See Other|x|extra')}`;
  const { file, seed } = readText(text);
  expect(file.messages.map((message) => `${message.ruleId} ${message.line} ${message.fatal}`)).toEqual(['row-cells 11 true', 'control-comment 6 false']);
  expect(file.messages[1]!.reason).toContain('cannot be silenced: an error stops emission');
  expect(seed).toBeUndefined();
});

it('is not a directive: md-codegen-disable before a table neither names it nor is a `directive` error', () => {
  const { file, table: read } = readText(`${head}<!-- md-codegen-disable registry-phrase -->\n${table('203 See Other|x')}`);
  expect(file.messages).toEqual([]);
  expect(read?.exportName).toBe('Test');
});

it('applies in generate: a silenced warning passes --strict, and the package is written', async () => {
  const { dir, cleanup } = tempProject({ 'http-status.md': `${head}<!-- md-codegen-disable registry-phrase -->\n\n${table('203 See Other|x')}` });
  try {
    const result = await generate({ cwd: dir, strict: true });
    expect(result.reports.flatMap((file) => file.messages.map((message) => message.ruleId))).toEqual([]);
    expect(result.ok).toBe(true);
  } finally {
    cleanup();
  }
});
