// `npm run schema`: write schema.json, and the README's tables of config keys,
// of rules and of breaking-change rules, from the config schema
// (generator/config/schema.ts), the rules (generator/rules.ts) and the
// breaking-change rules (generator/breaking/rules/), built into dist/.
// test/config/json-schema.test.ts, test/config/keys.test.ts, test/rules.test.ts
// and test/breaking/readme.test.ts hold them equal to it.
import { readFileSync, writeFileSync } from 'node:fs';
import { breakingRulesTable } from '../dist/breaking/readme.js';
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
writeFileSync('README.md', between(between(between(readme, 'config keys', configKeysTable()), 'rules', rulesTable()), 'breaking rules', breakingRulesTable()));
