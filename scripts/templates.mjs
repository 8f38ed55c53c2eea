// Compile the templates of this repository's seeds and test fixtures, the
// common shapes of code tables, into dist/emit/package/templates.json, which
// the generator reads instead of compiling the templates it finds there
// (generator/emit/package/compile.ts, `builtTemplates`). scripts/build.mjs
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
export async function harvestTemplates({ generate, compileTemplates }, from = root) {
  const documents = documentsOf(from);
  const scratch = mkdtempSync(join(tmpdir(), 'md-codegen-templates-'));
  const sources = [];
  try {
    for (const [index, document] of documents.entries()) {
      const cwd = join(scratch, String(index));
      mkdirSync(join(cwd, 'seeds'), { recursive: true });
      copyFileSync(document, join(cwd, 'seeds/codes.md'));
      const { files } = await generate({ cwd, check: true });
      sources.push(...files.filter((file) => file.path.startsWith('src/')));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const table = compileTemplates(sources);
  return { ...table, templates: [...table.templates].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), documents: documents.length };
}

/** The seeds and fixture documents of `from`. */
function documentsOf(from) {
  const fixtures = join(from, 'test/fixtures');
  return [...markdownIn(join(from, 'seeds')), ...(existsSync(fixtures) ? readdirSync(fixtures).sort().map((name) => join(fixtures, name, 'input.md')) : [])].filter((path) => existsSync(path));
}

/**
 * Build the table from dist/ and write it beside its compile stage (whole, or
 * not at all). With `ifStale`, only when it is older than a module of dist/,
 * a document it is built from or their folders (a fixture added or removed), or this script (the build rewrites only the
 * modules that changed): `undefined` when it was up to date.
 */
export async function buildTemplates({ ifStale = false } = {}) {
  const compile = join(root, 'dist/emit/package/compile.js');
  const { builtTemplatesFile, compileTemplates } = await import(pathToFileURL(compile).href);
  const target = fileURLToPath(new URL(builtTemplatesFile, pathToFileURL(compile)));
  if (ifStale && existsSync(target)) {
    const inputs = [...filesIn(join(root, 'dist')).filter((path) => path.endsWith('.js')), ...documentsOf(root), join(root, 'seeds'), join(root, 'test/fixtures'), fileURLToPath(import.meta.url)].filter((path) => existsSync(path));
    const built = statSync(target).mtimeMs;
    if (inputs.every((path) => statSync(path).mtimeMs < built)) return undefined;
  }
  const { generate } = await import(pathToFileURL(join(root, 'dist/generate.js')).href);
  const { documents, ...table } = await harvestTemplates({ generate, compileTemplates });
  writeFileSync(`${target}.tmp`, `${JSON.stringify(table)}\n`);
  renameSync(`${target}.tmp`, target);
  return { documents, templates: table.templates.length };
}

function filesIn(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

function markdownIn(folder) {
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md')).sort().map((name) => join(folder, name)) : [];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { documents, templates } = await buildTemplates();
  process.stdout.write(`templates: ${templates} from ${documents} documents\n`);
}
