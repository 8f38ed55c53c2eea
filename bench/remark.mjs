// The remark plugin on every keystroke: its own time (the transformer:
// reading, validation, control comments) against remark's parse of the same
// document, in one process, as a language server runs them on each change.
// `npm run build:generator && node bench/remark.mjs` writes its section of
// bench/RESULTS.md (after the Notes, which `npm run bench` keeps).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { remark } from 'remark';
import { VFile } from 'vfile';
import { syntheticSeed } from './inputs.mjs';
import { median } from './stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { 'no-write': { type: 'boolean', default: false } } });
const pluginPath = join(root, 'dist/remark/index.js');
if (!existsSync(pluginPath)) throw new Error('bench: build the generator first (npm run build:generator)');
const { default: remarkMdCodegen } = await import(pluginPath);

const inputs = [
  { name: 'seed', text: readFileSync(join(root, 'seeds/http-status.md'), 'utf8'), runs: 400 },
  { name: 'rows-1000', text: syntheticSeed(1000), runs: 100 },
  { name: 'rows-10000', text: syntheticSeed(10000), runs: 20 },
];

/**
 * Parse `text` and run the plugin on the tree, `runs` times after as many
 * unmeasured (warm-up), each on a fresh file as a language server makes one
 * per change. Returns the median times in ms, and the messages of the last run.
 */
async function measure(text, runs) {
  const processor = remark().use(remarkMdCodegen).freeze();
  const parse = [];
  const run = [];
  let messages = 0;
  for (let index = 0; index < 2 * runs; index++) {
    const file = new VFile({ path: 'seeds/document.md', value: text });
    const start = performance.now();
    const tree = processor.parse(file);
    const parsed = performance.now();
    await processor.run(tree, file);
    const done = performance.now();
    if (index < runs) continue;
    parse.push(parsed - start);
    run.push(done - parsed);
    messages = file.messages.length;
  }
  return { parse: median(parse), run: median(run), messages };
}

const rows = [];
for (const { name, text, runs } of inputs) {
  const { parse, run, messages } = await measure(text, runs);
  rows.push(`| ${name} | ${text.length.toLocaleString('en')} | ${runs} | ${messages} | ${parse.toFixed(2)} | ${run.toFixed(2)} | ${(run / parse).toFixed(2)} |`);
}
const commit = (await import('node:child_process')).spawnSync('git', ['describe', '--always', '--dirty'], { cwd: root, encoding: 'utf8' }).stdout.trim() || 'unknown';
const section = [
  '## The remark plugin',
  '',
  `\`node bench/remark.mjs\` (after \`npm run build:generator\`), measured at ${commit}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
  'In one process, as a language server runs it on every change: a fresh file, remark\'s parse (`remark().use(md-codegen/remark)`: remark-parse with the GFM and front-matter syntax the plugin adds), then the plugin\'s transformer (the raw-text checks, reading, naming, validation, control comments).',
  'Medians of the measured runs, after as many unmeasured ones; *plugin / parse* is the plugin\'s own time over the parse of the same document.',
  '',
  '| input | characters | runs | messages | parse ms | plugin ms | plugin / parse |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
].join('\n');
process.stdout.write(`${section}\n`);

if (!values['no-write']) {
  const path = join(root, 'bench/RESULTS.md');
  const previous = readFileSync(path, 'utf8');
  const at = previous.indexOf('\n## The remark plugin\n');
  const next = at === -1 ? -1 : previous.indexOf('\n## ', at + 1);
  const before = at === -1 ? previous.trimEnd() : previous.slice(0, at).trimEnd();
  const after = next === -1 ? '' : `\n${previous.slice(next).trimEnd()}`;
  writeFileSync(path, `${before}\n\n${section}\n${after}${after ? '\n' : ''}`);
  process.stderr.write('bench: wrote the remark plugin section of bench/RESULTS.md\n');
}
