// generator/config/keys.ts: the README's table of config keys is the one the
// schema gives, between the markers `npm run schema` writes it between.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { configKeysTable, notAppliedYet } from '../../generator/config/keys.js';
import { configSchema } from '../../generator/config/schema.js';
import { root } from '../helpers.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');

it('is in the README as the schema gives it', () => {
  const section = readme.match(/<!-- config keys: written by `npm run schema` -->\n([\s\S]*?)\n<!-- end of config keys -->/);
  expect(section?.[1]).toBe(configKeysTable());
});

it('has a row for every key of the schema but those not applied yet, each with a description', () => {
  const rows = configKeysTable().split('\n').slice(2);
  const keys = rows.map((row) => row.match(/^\| `([^`]+)` \|/)![1]!.split(/[.[]/)[0]);
  expect([...new Set(keys)].sort()).toEqual(Object.keys(configSchema.shape).filter((key) => !notAppliedYet.includes(key)).sort());
  for (const row of rows) expect(row).toMatch(/^\| `[^`]+` \| [^|]* \| [^|]{20,} \|$/);
});

it('shows the defaults the pipeline uses', () => {
  const table = configKeysTable();
  expect(table).toContain('| `limits.rows` | `100000` |');
  expect(table).toContain('| `package.name` | `"@md-codegen/generated"` |');
  expect(table).toContain('| `seeds` | `"seeds"` |');
});

it('shows every key when none is left out', () => {
  expect(configKeysTable(undefined, [])).toContain('| `tables[key].columns.fields` |');
  expect(configKeysTable(undefined, [])).toContain('| `memberCase` | `"pascal"` |');
});
