import { describe, expect, it } from 'vitest';
import { messagesOf, readText, seedWith } from '../helpers.js';

// Rows start on line 9 of `seedWith`. remark-gfm keeps the cells of a row as
// written: a short row is not padded, a long one is not cut, and a `|` that
// ends a line opens no cell. These cases pin that, so that `row-cells` fires
// exactly when a row has another count than the header.
describe.each([
  ['a row like the header', { given: '200 OK|fine', want: [], description: 'fine' }],
  ['leading and trailing pipes', { given: '| 200 OK | fine |', want: [], description: 'fine' }],
  ['an escaped pipe in a cell', { given: '200 OK|a \\| b', want: [], description: 'a | b' }],
  ['an escaped pipe in inline code', { given: '200 OK|`a\\|b`', want: [], description: 'a|b' }],
  ['an empty description written `| |`', { given: '200 OK| |', want: [['description-empty', 'warning', '9:7']], description: '' }],
  ['an empty description written `||`', { given: '200 OK||', want: [['description-empty', 'warning', '9:7']], description: '' }],
  ['a trailing pipe, which opens no cell', { given: '200 OK|', want: [['row-cells', 'error', '9:1']], reason: 'a `|` at the end of a row opens no cell' }],
  ['a row without a pipe', { given: '200 OK', want: [['row-cells', 'error', '9:1']], reason: 'Found 1 cell; expected 2, as in the header row on line 7' }],
  ['a third cell', { given: '200 OK|fine|extra', want: [['row-cells', 'error', '9:1']], reason: 'Found 3 cells; expected 2' }],
  ['an empty third cell', { given: '200 OK|fine||', want: [['row-cells', 'error', '9:1']], reason: 'Found 3 cells' }],
  ['a pipe inside inline code', { given: '200 OK|`a|b`', want: [['row-cells', 'error', '9:1']], reason: 'escape a `|` inside a cell (code too) as `\\|`' }],
])('a body row: %s', (_name, { given, want, ...expected }) => {
  it(want.length === 0 ? 'is read' : `is ${want[0]![0]}`, () => {
    const { table: seed, file } = readText(seedWith([given, '201 Created|made']));
    expect(messagesOf(file)).toEqual(want);
    if ('description' in expected) expect(seed?.rows[0]!.description.text).toBe(expected.description);
    else expect(seed).toBeUndefined();
    if ('reason' in expected) expect(file.messages[0]!.reason).toContain(expected.reason);
  });
});

const front = '[//]:# "2024/11/7 14:33|api"\n\n# Title\n\n';
const table = 'Code | Description\n---|---\n200 OK|fine\n';

describe.each([
  ['no table', { given: 'Just prose.\n', want: [['table-missing', 'error', '1:1']], read: false }],
  ['two tables under one heading', { given: `${table}\n${table}`, want: [['table-name', 'warning', '5:1'], ['table-name', 'warning', '9:1']], read: true }],
  ['two tables under their own headings', { given: `## Success\n\n${table}\n## Failure\n\n${table.replace('200 OK', '400 Bad Request')}`, want: [], read: true }],
  ['the only table in a list', { given: `- Codes:\n\n  ${table.replaceAll('\n', '\n  ')}`, want: [['table-nested', 'warning', '7:3'], ['table-missing', 'error', '1:1']], read: false }],
  ['the only table in a block quote', { given: `> ${table.trimEnd().replaceAll('\n', '\n> ')}\n`, want: [['table-nested', 'warning', '5:3'], ['table-missing', 'error', '1:1']], read: false }],
  ['a table that is not a code table', { given: '| Name | Type |\n| --- | --- |\n| id | string |\n', want: [['table-skipped', 'info', '5:1'], ['table-missing', 'error', '1:1']], read: false }],
  ['a table in a block quote after the root table', { given: `${table}\n> ${table.trimEnd().replaceAll('\n', '\n> ')}\n`, want: [['table-nested', 'warning', '9:3']], read: true }],
  ['a table in a list before the root table', { given: `- ${table.trimEnd().replaceAll('\n', '\n  ')}\n\n${table}`, want: [['table-nested', 'warning', '5:3']], read: true }],
  ['a row after a blank line', { given: `${table}\n201 Created|made\n`, want: [['row-detached', 'error', '9:1']], read: false }],
  ['a heading with a pipe right after the table', { given: `${table}# 201 | made\n`, want: [['row-detached', 'error', '8:1']], read: false }],
  ['prose after the table', { given: `${table}\nThat is all, for now.\n`, want: [], read: true }],
])('the document: %s', (_name, { given, want, read }) => {
  it(read ? 'is read, with these findings' : 'is not read', () => {
    const { table: seed, file } = readText(front + given);
    expect(messagesOf(file)).toEqual(want);
    expect(seed !== undefined).toBe(read);
  });
});

describe('findTables', () => {
  it('says where a nested code table is, and names tables that share a heading by position', () => {
    const nested = readText(`${front}${table}\n> ${table.trimEnd().replaceAll('\n', '\n> ')}\n`).file;
    expect(nested.messages[0]!.reason).toContain('Found a code table inside a block quote; it is not read');
    const { seed, file } = readText(`${front}${table}\n${table}`);
    expect(seed!.tables.map((each) => each.exportName)).toEqual(['Title1', 'Title2']);
    expect(file.messages[0]!.reason).toContain('add `<!-- md-codegen name="Title1" -->` on the line before the table');
  });

  it('reads every table of a document, each named from its heading', () => {
    const { seed } = readText(`${front}## Success\n\n${table}\n## Failure\n\n${table.replace('200 OK', '400 Bad Request')}`);
    expect(seed!.tables.map((each) => [each.exportName, each.dir, each.rows.map((row) => row.code)])).toEqual([['Success', 'test/success', [200]], ['Failure', 'test/failure', [400]]]);
  });

  it('names where the table ends when a row is detached', () => {
    const { file } = readText(`${front}${table}\n201 Created|made\n`);
    expect(file.messages[0]!.reason).toContain('which ends on line 7');
  });
});
