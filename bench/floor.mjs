// The floor: what any run of md-codegen must pay. Start Node, load the parser
// (unified, remark-parse, remark-gfm) and ts-morph, read and parse every seed
// of the folder given, and do nothing else. With --parser-only, ts-morph is
// not loaded: the floor of a run that stops at an error.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const [seeds = 'seeds', flag] = process.argv.slice(2);
if (flag !== '--parser-only') await import('ts-morph');
const processor = unified().use(remarkParse).use(remarkGfm);
for (const name of readdirSync(seeds).filter((entry) => entry.endsWith('.md')).sort()) {
  processor.parse(readFileSync(join(seeds, name), 'utf8'));
}
