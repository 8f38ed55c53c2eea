// `npm run schema`: write schema.json, and the README's tables of config keys
// and of breaking-change rules, from the config schema
// (generator/config/schema.ts) and the rules (generator/breaking/rules/),
// built into dist/. test/config/json-schema.test.ts, test/config/keys.test.ts
// and test/breaking/readme.test.ts hold them equal to it.
import { readFileSync, writeFileSync } from 'node:fs';
import { breakingRulesTable } from '../dist/breaking/readme.js';
import { configJsonSchemaText } from '../dist/config/json-schema.js';
import { configKeysTable } from '../dist/config/keys.js';

/** `text` with what stands between the markers `start` and `end` replaced by `table`. */
function between(text, start, end, table) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`schema: README.md needs the markers ${start} and ${end}`);
  return `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`;
}

writeFileSync('schema.json', configJsonSchemaText());
let readme = readFileSync('README.md', 'utf8');
readme = between(readme, '<!-- config keys: written by `npm run schema` -->', '<!-- end of config keys -->', configKeysTable());
readme = between(readme, '<!-- breaking rules: written by `npm run schema` -->', '<!-- end of breaking rules -->', breakingRulesTable());
writeFileSync('README.md', readme);
