// generator/config/validate.ts: every kind of bad value is one line naming
// the key path, what was expected and what was found; an unknown key, at any
// depth, comes with the closest known key.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../generator/config/problem.js';
import { validateConfig } from '../../generator/config/validate.js';
import { issueExample } from './examples.js';

const file = { path: '/project/md-codegen.config.ts', shown: 'md-codegen.config.ts' };

/** The problems of `config` as the CLI prints them, or the valid config. */
async function check(config: unknown): Promise<string[] | object> {
  const result = await validateConfig(config, file, () => undefined);
  return 'problems' in result ? result.problems.map(formatProblem) : result.config;
}

const at = (message: string) => `md-codegen.config.ts: ${message}`;

describe.each([
  // The whole file.
  ['an array instead of an object', { given: [], want: [at('expected an object, found an array')] }],
  // Unknown keys, at every level.
  ['an unknown key near a known one', { given: { seed: 'docs' }, want: [at('Unknown key "seed"; did you mean "seeds"?')] }],
  ['an unknown key in a different case', { given: { outignore: [] }, want: [at('Unknown key "outignore"; did you mean "outIgnore"?')] }],
  ['an unknown key in package', { given: { package: { nmae: 'x' } }, want: [at('Unknown key "package.nmae"; did you mean "package.name"?')] }],
  ['an unknown key in limits', { given: { limits: { colums: 3 } }, want: [at('Unknown key "limits.colums"; did you mean "limits.columns"?')] }],
  ['an unknown key in a table', { given: { tables: { 'a.md#A': { knd: 'http' } } }, want: [at('Unknown key "tables["a.md#A"].knd"; did you mean "tables["a.md#A"].kind"?')] }],
  ['an unknown key in columns', { given: { tables: { 'a.md#A': { columns: { header: 'x' } } } }, want: [at('Unknown key "tables["a.md#A"].columns.header"; expected one of "code", "name", "description", "fields"')] }],
  ['an unknown key far from any', { given: { colour: true }, want: [at('Unknown key "colour"; expected one of "$schema", "seeds", "ignore", "out", "outIgnore", "package", "style", "memberCase", "command", "tables", "strict", "allowOutside", "limits", "breaking"')] }],
  // Breaking changes.
  ['an unknown rule id in breaking.rules', { given: { breaking: { rules: { 'code-remove': 'off' } } }, want: [at('Unknown key "breaking.rules["code-remove"]"; did you mean "breaking.rules["code-removed"]"?')] }],
  ['a level that is none', { given: { breaking: { rules: { 'code-added': 'silent' } } }, want: [at('breaking.rules["code-added"]: expected "error", "warning", "info" or "off", found "silent"')] }],
  ['an empty ref', { given: { breaking: { against: '' } }, want: [at('breaking.against: expected a git ref, found ""')] }],
  ['keepRenamedAliases without a ref', { given: { breaking: { keepRenamedAliases: true } }, want: [at('breaking.against: expected a git ref beside `keepRenamedAliases`: the ref whose member names are kept, found nothing')] }],
  // Inputs and output.
  ['seeds of the wrong type', { given: { seeds: 3 }, want: [at('seeds: expected a folder or glob, or an array of them, found 3')] }],
  ['an empty seeds folder name', { given: { seeds: '' }, want: [at('seeds: expected a folder or glob, found ""')] }],
  ['no seeds in the array', { given: { seeds: [] }, want: [at('seeds: expected at least one folder or glob, found an array')] }],
  ['a bad entry in seeds', { given: { seeds: ['docs', 3] }, want: [at('seeds[1]: expected a folder or glob, found 3')] }],
  ['ignore as a string', { given: { ignore: 'drafts/**' }, want: [at('ignore: expected an array of globs, found "drafts/**"')] }],
  ['an empty glob in outIgnore', { given: { outIgnore: [''] }, want: [at('outIgnore[0]: expected a glob, found ""')] }],
  ['out of the wrong type', { given: { out: ['a'] }, want: [at('out: expected a folder, found an array')] }],
  // The package.
  ['a package name with spaces and capitals', { given: { package: { name: 'Acme Codes' } }, want: [at('package.name: expected a valid npm package name (name can only contain URL-friendly characters; name can no longer contain capital letters), found "Acme Codes"')] }],
  ['a core module name', { given: { package: { name: 'http' } }, want: [at('package.name: expected a valid npm package name (http is a core module name), found "http"')] }],
  ['a version with a v', { given: { package: { version: 'v1.2.0' } }, want: [at('package.version: expected a semantic version such as "1.2.0", found "v1.2.0"')] }],
  ['a version npm cannot hold', { given: { package: { version: '9007199254740993.0.0' } }, want: [at('package.version: expected a semantic version that npm accepts (each number at most 2^53 - 1), found "9007199254740993.0.0"')] }],
  ['a licence in the wrong case', { given: { package: { license: 'mit' } }, want: [at('package.license: expected an SPDX license expression (such as "MIT" or "MIT OR Apache-2.0") or "UNLICENSED", found "mit"; did you mean "MIT"?')] }],
  ['an unknown licence', { given: { package: { license: 'Mine' } }, want: [at('package.license: expected an SPDX license expression (such as "MIT" or "MIT OR Apache-2.0") or "UNLICENSED", found "Mine"')] }],
  ['a description on two lines', { given: { package: { description: 'a\nb' } }, want: [at('package.description: expected a description on one line, found "a\\nb"')] }],
  ['package as a string', { given: { package: '@acme/codes' }, want: [at('package: expected an object, found "@acme/codes"')] }],
  // Emission.
  ['an unknown style', { given: { style: 'constant' }, want: [at('style: expected "enum" or "const", found "constant"')] }],
  ['an unknown member case', { given: { memberCase: 'camel' }, want: [at('memberCase: expected "pascal" or "as-written", found "camel"')] }],
  ['a command on two lines', { given: { command: 'npm run codes\nrm -rf /' }, want: [at('command: expected a command on one line, found "npm run codes\\nrm -rf /"')] }],
  ['a command that is empty', { given: { command: '' }, want: [at('command: expected a command on one line, found ""')] }],
  // Tables.
  ['a table key without a table', { given: { tables: { 'docs/order.md': {} } }, want: [at('tables: expected each key to be "<document path>#<heading or export name>", such as "docs/api/order.md#订单状态", found "docs/order.md"')] }],
  ['an export name that is no identifier', { given: { tables: { 'a.md#A': { name: 'Order Status' } } }, want: [at('tables["a.md#A"].name: expected an export name (an ASCII letter, then ASCII letters or digits), found "Order Status"')] }],
  ['an unknown kind', { given: { tables: { 'a.md#A': { kind: 'grpc' } } }, want: [at('tables["a.md#A"].kind: expected "http" or "generic", found "grpc"')] }],
  ['an empty column header', { given: { tables: { 'a.md#A': { columns: { code: '' } } } }, want: [at('tables["a.md#A"].columns.code: expected a column header, found ""')] }],
  ['a field name that is no identifier', { given: { tables: { 'a.md#A': { columns: { fields: { 备注: 'the note' } } } } }, want: [at('tables["a.md#A"].columns.fields["备注"]: expected a field name (an ASCII letter, then ASCII letters or digits), found "the note"')] }],
  // What the CLI has today.
  ['strict as a string', { given: { strict: 'yes' }, want: [at('strict: expected true or false, found "yes"')] }],
  ['allowOutside as a number', { given: { allowOutside: 1 }, want: [at('allowOutside: expected true or false, found 1')] }],
  ['a zero limit', { given: { limits: { rows: 0 } }, want: [at('limits.rows: expected a positive whole number, found 0')] }],
  ['a fractional limit', { given: { limits: { cellLength: 1.5 } }, want: [at('limits.cellLength: expected a positive whole number, found 1.5')] }],
  ['a limit beyond 2^53 - 1', { given: { limits: { fileSize: 2 ** 60 } }, want: [at('limits.fileSize: expected a positive whole number, found 1152921504606847000')] }],
  ['a limit as a string', { given: { limits: { columns: '16' } }, want: [at('limits.columns: expected a positive whole number, found "16"')] }],
  // Several problems: each on its line, in the order of the schema.
  [
    'several problems',
    { given: { package: { name: 'Acme Codes', version: '1' }, seed: 'docs' }, want: [
      at('package.name: expected a valid npm package name (name can only contain URL-friendly characters; name can no longer contain capital letters), found "Acme Codes"'),
      at('package.version: expected a semantic version such as "1.2.0", found "1"'),
      at('Unknown key "seed"; did you mean "seeds"?'),
    ] },
  ],
  ['a long value, cut', { given: { out: ['x'], style: 'x'.repeat(100) }, want: [at('out: expected a folder, found an array'), at(`style: expected "enum" or "const", found "${'x'.repeat(59)}…"`)] }],
  ['a control character in a value, escaped', { given: { style: '\u001b[2J' }, want: [at('style: expected "enum" or "const", found "\\u001b[2J"')] }],
])('a config with %s', (_name, { given, want }) => {
  it('is refused with exactly these problems', async () => {
    expect(await check(given)).toEqual(want);
  });
});

describe.each([
  ['nothing', { given: {}, want: {} }],
  ['the example of the issue', { given: issueExample, want: {} }],
  ['SPDX expressions and npm licence forms', { given: { package: { license: '(MIT OR Apache-2.0) AND BSD-3-Clause' } }, want: {} }],
  ['a licence file', { given: { package: { license: 'SEE LICENSE IN LICENSE.txt' } }, want: {} }],
  ['a prerelease version', { given: { package: { version: '2.0.0-beta.1+build.5' } }, want: {} }],
  ['every limit', { given: { limits: { fileSize: 1, rows: 2, columns: 3, cellLength: Number.MAX_SAFE_INTEGER } }, want: {} }],
])('a config with %s', (_name, { given }) => {
  it('is valid, and keeps every value given', async () => {
    expect(await check(given)).toMatchObject(given);
  });
});
