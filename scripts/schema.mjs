// `npm run schema`: write schema.json and the README's table of config keys
// from the config schema (generator/config/schema.ts), built into dist/.
// test/config/json-schema.test.ts and test/config/keys.test.ts hold both equal to it.
import { readFileSync, writeFileSync } from 'node:fs';
import { configJsonSchemaText } from '../dist/config/json-schema.js';
import { configKeysTable } from '../dist/config/keys.js';

const start = '<!-- config keys: written by `npm run schema` -->';
const end = '<!-- end of config keys -->';

writeFileSync('schema.json', configJsonSchemaText());
const readme = readFileSync('README.md', 'utf8');
const from = readme.indexOf(start);
const to = readme.indexOf(end);
if (from < 0 || to < from) throw new Error(`schema: README.md needs the markers ${start} and ${end}`);
writeFileSync('README.md', `${readme.slice(0, from + start.length)}\n${configKeysTable()}\n${readme.slice(to)}`);
