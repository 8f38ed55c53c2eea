// `npm run schema`: write schema.json and the README's table of config keys
// from the config schema (generator/config/schema.ts), and the README's rule
// table from the rules (generator/rules.ts), built into dist/.
// test/config/json-schema.test.ts, test/config/keys.test.ts and
// test/rules.test.ts hold all three equal to them.
import { readFileSync, writeFileSync } from 'node:fs';
import { configJsonSchemaText } from '../dist/config/json-schema.js';
import { configKeysTable } from '../dist/config/keys.js';
import { rulesTable } from '../dist/rules.js';

/** `readme` with the text between the markers `<!-- name: written by ... -->` and `<!-- end of name -->` replaced by `text`. */
function between(readme, name, text) {
  const start = `<!-- ${name}: written by \`npm run schema\` -->`;
  const end = `<!-- end of ${name} -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`schema: README.md needs the markers ${start} and ${end}`);
  return `${readme.slice(0, from + start.length)}\n${text}\n${readme.slice(to)}`;
}

writeFileSync('schema.json', configJsonSchemaText());
const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', between(between(readme, 'config keys', configKeysTable()), 'rules', rulesTable()));
