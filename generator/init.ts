// `md-codegen init`: the first step in an adopter's repository. It reads the
// documents as `generate` would, prints every code table with the name and
// kind it gets (and every finding), and writes a starter config that pins
// those names and kinds, so that the team reviews them once and later edits
// of the documents cannot rename an export by surprise. It never overwrites a
// config, and writes nothing when it finds no code table.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { printable } from './diagnostics.js';
import { findConfig } from './config/find.js';
import { npmNameProblem } from './config/schema.js';
import { validateConfig } from './config/validate.js';
import { defaultLimits } from './limits.js';
import type { NamedDocument, TableKind } from './model.js';
import { toShownPath } from './paths.js';
import { readSeeds } from './read.js';
import { plural, textReport } from './report/text.js';

/** What `init` takes from the command line. */
export interface InitFlags {
  /** `--config`: the file to write (default `md-codegen.config.json`). */
  readonly config: string | undefined;
  /** `--seeds`: where the documents are (default: the first of {@link seedCandidates} that exists). */
  readonly seeds: string | undefined;
  /** `--out`: the output folder (default: `packages/api-codes` in npm workspaces of `packages/*`, else `generated`). */
  readonly out: string | undefined;
  readonly color: boolean;
}

/** The folders `init` looks for documents in, in this order, when `--seeds` is not given. */
export const seedCandidates = ['docs', 'doc', 'seeds'] as const;

/** A decision `init` made on its own, as it prints it: `seeds: docs (the first of docs, doc, seeds that exists)`. */
interface Decision {
  readonly key: string;
  readonly value: string;
  readonly why: string;
}

/** Run `md-codegen init` in `cwd`; prints to stderr and returns the exit status (2: a config exists or nothing to read; 1: no code table). */
export async function runInit(cwd: string, flags: InitFlags): Promise<number> {
  const fail = (status: number, message: string) => {
    process.stderr.write(`md-codegen init: ${printable(message)}\n`);
    return status;
  };
  const target = resolve(cwd, flags.config ?? 'md-codegen.config.json');
  const shownTarget = toShownPath(cwd, target);
  if (extname(target) !== '.json') return fail(2, `Found --config \`${shownTarget}\`; expected a file ending in .json: init writes a JSON config (a .ts or .js config can import defineConfig and start from it)`);
  const found = findConfig(cwd, undefined);
  const existing = existsSync(target) ? shownTarget : 'file' in found ? found.file?.shown : undefined;
  if (existing !== undefined) return fail(2, `Found the config \`${existing}\`; expected none: init never overwrites a config. Edit it, or move it away and run init again`);
  if (!existsSync(dirname(target))) return fail(2, `Found no folder \`${toShownPath(cwd, dirname(target))}\` for --config \`${shownTarget}\`; expected an existing folder: create it, or choose another path`);

  const decisions: Decision[] = [];
  const pkg = readPackageJson(cwd);
  let seeds = flags.seeds;
  if (seeds === undefined) {
    seeds = seedCandidates.find((name) => isFolder(join(cwd, name)));
    if (seeds === undefined) return fail(2, `Found none of the folders ${seedCandidates.map((name) => `\`${name}\``).join(', ')}; expected the folder of the Markdown documents: pass --seeds <dir or glob>`);
    decisions.push({ key: 'seeds', value: seeds, why: `the first of ${seedCandidates.join(', ')} that exists` });
  }
  let out = flags.out;
  if (out === undefined) {
    const workspaces = Array.isArray(pkg?.workspaces) ? pkg.workspaces : [];
    out = workspaces.includes('packages/*') ? 'packages/api-codes' : 'generated';
    decisions.push({ key: 'out', value: out, why: out === 'generated' ? 'the default' : "package.json's workspaces include packages/*" });
  }
  const scope = typeof pkg?.name === 'string' ? /^(@[^/]+)\//.exec(pkg.name)?.[1] : undefined;
  const packageName = scope !== undefined && npmNameProblem(`${scope}/api-codes`) === undefined ? `${scope}/api-codes` : 'api-codes';
  decisions.push({ key: 'package.name', value: packageName, why: scope === undefined ? 'no scope in package.json to use' : `the scope of package.json's name \`${pkg!.name as string}\`` });

  const read = await readSeeds(cwd, [seeds], { limits: defaultLimits, memberCase: 'pascal' });
  const report = await textReport(read, { color: flags.color, strict: false });
  if (report !== '') process.stderr.write(`${report}\n\n`);
  const named = read.tables.filter((table) => table.name !== undefined);
  if (named.length === 0) return fail(1, `Found no code table md-codegen can read in \`${seeds}\`; nothing was written: add a table with a column of codes, or pass --seeds <dir or glob>`);

  const { pinned, unpinned } = pinTables(read.documents);
  const configDir = dirname(target);
  const schemaPath = relative(configDir, join(cwd, 'node_modules/md-codegen/schema.json')).split(sep).join('/');
  const config = {
    $schema: schemaPath.startsWith('.') ? schemaPath : `./${schemaPath}`,
    seeds: [seeds],
    out,
    package: { name: packageName, version: '0.1.0' },
    style: 'enum',
    memberCase: 'pascal',
    // Each table's export name and kind, pinned: rename a table here, not by editing its heading.
    tables: Object.fromEntries(pinned.map((table) => [table.key, { name: table.name, kind: table.kind }])),
  };
  // What init writes must load: it goes through the validation every run does.
  const valid = await validateConfig(config, { path: target, shown: shownTarget }, () => undefined);
  if ('problems' in valid) throw new Error(`init made a config that does not validate: ${valid.problems.map((problem) => problem.message).join('; ')}`);
  try {
    // `wx`: never overwrite, even a config made since the check above.
    writeFileSync(target, `${JSON.stringify(config, null, 2)}\n`, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return fail(code === 'EEXIST' ? 2 : 1, `Could not write \`${shownTarget}\` (${code}); nothing was written${code === 'EEXIST' ? ': a config appeared there meanwhile, and init never overwrites one' : ''}`);
  }
  const lines = [
    ...decisions.map((decision) => `${decision.key}: ${decision.value} (${decision.why})`),
    ...unpinned.map((table) => `not pinned: ${table.path}:${table.line} ${table.name} (${table.why})`),
    `Wrote ${shownTarget}: ${plural(pinned.length, 'code table')} of ${plural(new Set(pinned.map((table) => table.path)).size, 'document')} in ${seeds}, each with the name and kind above pinned under \`tables\`.`,
    `Next: review it, then run \`npx md-codegen generate\`.`,
  ];
  process.stderr.write(`${lines.map(printable).join('\n')}\n`);
  return 0;
}

/** A table as the config's `tables` names it, by its document's path and its heading (or the name its comment gives, or, alone in its document, its export name). */
interface Pinned {
  readonly key: string;
  readonly path: string;
  readonly name: string;
  readonly kind: TableKind;
}

/** A table `init` cannot give a key, and why. */
interface Unpinned {
  readonly path: string;
  readonly line: number;
  readonly name: string;
  readonly why: string;
}

/**
 * The `tables` entries of the documents read without errors: each table is
 * keyed as `generate` finds it (see extractDocument), by the first of its
 * heading, its comment's name, and (alone in its document) its export name;
 * a heading shared by several tables of a document names none of them.
 */
export function pinTables(documents: readonly NamedDocument[]): { readonly pinned: readonly Pinned[]; readonly unpinned: readonly Unpinned[] } {
  const pinned: Pinned[] = [];
  const unpinned: Unpinned[] = [];
  for (const document of documents) {
    const headings = document.tables.map((table) => table.heading?.trim());
    for (const table of document.tables) {
      const heading = table.heading?.trim();
      const shared = heading !== undefined && headings.filter((each) => each === heading).length > 1;
      const by = (shared ? undefined : heading) ?? table.directive?.name ?? (document.tables.length === 1 ? table.exportName : undefined);
      const line = table.span.start.line;
      if (document.path.includes('#')) unpinned.push({ path: document.path, line, name: table.exportName, why: 'its document has `#` in its path, which a table key cannot hold' });
      else if (by === undefined) unpinned.push({ path: document.path, line, name: table.exportName, why: shared ? `its heading \`${heading}\` is another table's too: give it a heading of its own, or a \`<!-- md-codegen name="..." -->\` comment` : 'it has no heading: give it one, or a `<!-- md-codegen name="..." -->` comment' });
      else pinned.push({ key: `${document.path}#${by}`, path: document.path, name: table.exportName, kind: table.reading.kind });
    }
  }
  return { pinned, unpinned };
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function readPackageJson(cwd: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
