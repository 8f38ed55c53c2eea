// generator/config/json-schema.ts: the committed schema.json is what the
// schema gives, and a real JSON Schema validator (ajv, as editors validate)
// accepts and refuses what loading does, but for what a JSON Schema cannot
// say, where loading is stricter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, configJsonSchemaText } from '../../generator/config/json-schema.js';
import { validateConfig } from '../../generator/config/validate.js';
import { root } from '../helpers.js';
import { issueExample } from './examples.js';

const committed = JSON.parse(readFileSync(join(root, 'schema.json'), 'utf8')) as Record<string, unknown>;
const editor = new Ajv({ strict: true, allErrors: true }).compile(committed);
const loads = async (config: unknown) => 'config' in (await validateConfig(config, { path: 'x.json', shown: 'x.json' }, () => undefined));

it('is committed as npm run schema writes it', () => {
  expect(readFileSync(join(root, 'schema.json'), 'utf8')).toBe(configJsonSchemaText());
});

it('is a draft-07 schema with a description for every key, which editors show', () => {
  expect(committed.$schema).toBe('http://json-schema.org/draft-07/schema#');
  const undescribed: string[] = [];
  const visit = (node: Record<string, unknown>, path: string) => {
    for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
      if (typeof child.description !== 'string' || child.description.length < 20) undescribed.push(`${path}${key}`);
      visit(child, `${path}${key}.`);
      if (typeof child.additionalProperties === 'object') visit(child.additionalProperties as Record<string, unknown>, `${path}${key}[key].`);
    }
  };
  visit(configJsonSchema(), '');
  expect(undescribed).toEqual([]);
});

it('is shipped in the npm package', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
  expect(manifest.files).toContain('schema.json');
});

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const readmeJson = [...readme.matchAll(/^## Configuration[\s\S]*?(?=^## )/gm)][0]![0].match(/```json\n[\s\S]*?```/g)!.map((block) => JSON.parse(block.slice(8, -3)) as unknown);

describe.each([
  ['an empty config', { given: {}, valid: true }],
  ['this project\'s config', { given: JSON.parse(readFileSync(join(root, 'md-codegen.config.json'), 'utf8')), valid: true }],
  ['the example of the README', { given: readmeJson[0], valid: true }],
  ['the bad example of the README', { given: readmeJson[1], valid: false }],
  ['the example of the issue', { given: issueExample, valid: true }],
  ['every limit', { given: { limits: { fileSize: 1, rows: 2, columns: 3, cellLength: Number.MAX_SAFE_INTEGER } }, valid: true }],
  ['a prerelease version', { given: { package: { version: '1.0.0-rc.1+build.2' } }, valid: true }],
  ['an unknown key', { given: { seed: 'docs' }, valid: false }],
  ['an unknown nested key', { given: { package: { nmae: 'x' } }, valid: false }],
  ['an unknown key in a table', { given: { tables: { 'a.md#A': { knd: 'http' } } }, valid: false }],
  ['a package name with spaces and capitals', { given: { package: { name: 'Acme Codes' } }, valid: false }],
  ['a package name starting with a dot', { given: { package: { name: '.codes' } }, valid: false }],
  ['a package name of 215 characters', { given: { package: { name: 'a'.repeat(215) } }, valid: false }],
  ['a version with a v', { given: { package: { version: 'v1.2.0' } }, valid: false }],
  ['a version with a leading zero', { given: { package: { version: '1.02.0' } }, valid: false }],
  ['an unknown style', { given: { style: 'constant' }, valid: false }],
  ['an unknown member case', { given: { memberCase: 'camel' }, valid: false }],
  ['a command on two lines', { given: { command: 'a\nb' }, valid: false }],
  ['a table key without a table', { given: { tables: { 'docs/order.md': {} } }, valid: false }],
  ['an export name with a space', { given: { tables: { 'a.md#A': { name: 'Order Status' } } }, valid: false }],
  ['a field name with a dash', { given: { tables: { 'a.md#A': { columns: { fields: { 备注: 'the-note' } } } } }, valid: false }],
  ['seeds as an empty array', { given: { seeds: [] }, valid: false }],
  ['seeds with a number', { given: { seeds: ['docs', 3] }, valid: false }],
  ['a zero limit', { given: { limits: { rows: 0 } }, valid: false }],
  ['a fractional limit', { given: { limits: { rows: 1.5 } }, valid: false }],
  ['a limit beyond 2^53 - 1', { given: { limits: { rows: 2 ** 60 } }, valid: false }],
  ['strict as a string', { given: { strict: 'yes' }, valid: false }],
  ['an array', { given: [], valid: false }],
])('%s', (_name, { given, valid }) => {
  it(valid ? 'is accepted by editors and by loading' : 'is refused by editors and by loading', async () => {
    expect(editor(given)).toBe(valid);
    expect(await loads(given)).toBe(valid);
  });
});

// What a JSON Schema cannot say: npm's reserved names, SPDX licence
// expressions, versions npm cannot hold. Editors accept these; loading refuses them.
describe.each([
  ['a core module name as the package name', { package: { name: 'http' } }],
  ['node_modules as the package name', { package: { name: 'node_modules' } }],
  ['a licence that is no SPDX expression', { package: { license: 'Mine' } }],
  ['a version whose numbers npm cannot hold', { package: { version: '9007199254740993.0.0' } }],
])('%s', (_name, given) => {
  it('is accepted by editors and refused by loading', async () => {
    expect(editor(given)).toBe(true);
    expect(await loads(given)).toBe(false);
  });
});
