// Compile the templates of this repository's seeds and test fixtures, the
// common shapes of code tables, and keep what their modules print through
// ts-morph, in dist/emit/built.json, which the generator reads instead of
// compiling and printing what it finds there (generator/emit/built.ts): a run
// of those shapes never loads ts-morph. scripts/build.mjs
// runs it once it has emitted dist/; `node scripts/templates.mjs` alone
// rebuilds the table. Each document is generated (checked: nothing written)
// in a temporary project of its own; a document with errors gives nothing.
// An installed copy has no fixtures: the table then holds the seeds'
// templates, and a shape not in it is compiled when it is met, as before.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The table of the templates of every seed and fixture of `root`, from
 * `generate` and `compileTemplates` (those of dist/, or of the sources in a
 * test), its entries in the order of their keys.
 */
export async function harvestTemplates({ generate, compileTemplates, printsOfThisRun, toolVersions, builtOptions }, from = root) {
  const documents = documentsOf(from);
  const scratch = mkdtempSync(join(tmpdir(), 'md-codegen-templates-'));
  const sources = [];
  const prints = new Map();
  try {
    for (const [index, document] of documents.entries()) {
      const cwd = join(scratch, String(index));
      mkdirSync(join(cwd, 'seeds'), { recursive: true });
      copyFileSync(document, join(cwd, 'seeds/codes.md'));
      const { files } = await generate({ cwd, check: true });
      sources.push(...files.filter((file) => file.path.startsWith('src/')));
      // Each generate is one emit run: what it printed (what printed as it is, `null`, is left out).
      for (const [key, text] of printsOfThisRun()) if (text !== null) prints.set(key, text);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const byKey = ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0);
  return { tools: toolVersions(), options: builtOptions, templates: compileTemplates(sources).sort(byKey), prints: [...prints].sort(byKey), documents: documents.length };
}

/** The seeds and fixture documents of `from`: the rule fixtures' inputs, and every document of the real-shaped ones (test/shapes). */
function documentsOf(from) {
  const fixtures = join(from, 'test/fixtures');
  const shapes = join(from, 'test/shapes');
  return [
    ...markdownIn(join(from, 'seeds')),
    ...(existsSync(fixtures) ? readdirSync(fixtures).sort().map((name) => join(fixtures, name, 'input.md')) : []),
    ...(existsSync(shapes) ? filesIn(shapes).filter((path) => path.endsWith('.md')).sort() : []),
  ].filter((path) => existsSync(path));
}

/**
 * Build the table from dist/ and write it beside its compile stage (whole, or
 * not at all). With `ifStale`, only when it is older than a module of dist/,
 * a document it is built from or their folders (a fixture added or removed), or this script (the build rewrites only the
 * modules that changed): `undefined` when it was up to date.
 */
export async function buildTemplates({ ifStale = false } = {}) {
  const module = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
  const built = await module('emit/built.js');
  const target = fileURLToPath(new URL(built.builtFile, pathToFileURL(join(root, 'dist/emit/built.js'))));
  if (ifStale && existsSync(target)) {
    const inputs = [...filesIn(join(root, 'dist')).filter((path) => path.endsWith('.js')), ...documentsOf(root), join(root, 'seeds'), join(root, 'test/fixtures'), join(root, 'test/shapes'), fileURLToPath(import.meta.url)].filter((path) => existsSync(path));
    const builtAt = statSync(target).mtimeMs;
    if (inputs.every((path) => statSync(path).mtimeMs < builtAt)) return undefined;
  }
  // dist/'s stages read the tables on first use: without the old ones, they compile and print everything afresh.
  rmSync(target, { force: true });
  const stages = { ...built, ...(await module('generate.js')), ...(await module('emit/package/compile.js')), ...(await module('emit/print.js')) };
  const { documents, ...table } = await harvestTemplates(stages);
  writeFileSync(`${target}.tmp`, `${JSON.stringify(table)}\n`);
  renameSync(`${target}.tmp`, target);
  return { documents, templates: table.templates.length, prints: table.prints.length };
}

function filesIn(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

function markdownIn(folder) {
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md')).sort().map((name) => join(folder, name)) : [];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { documents, templates, prints } = await buildTemplates();
  process.stdout.write(`built: ${templates} templates and ${prints} prints from ${documents} documents\n`);
}
