import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { toShownPath } from './paths.js';

/** One input document. */
export interface Input {
  /** Its absolute path. */
  readonly path: string;
  /** Its path as reported, relative to the working directory (`seeds/v2/orders.md`). */
  readonly shown: string;
  /** Its path inside its seeds folder (or below the fixed part of its glob): `v2/orders.md`, which names its module. */
  readonly relative: string;
}

/** An entry of a seeds folder that is not read, and why. */
export interface Passed {
  readonly shown: string;
  readonly reason: string;
}

/** What {@link listInputs} found. */
export interface Inputs {
  readonly inputs: readonly Input[];
  /** Seeds folders that do not exist (shown paths). */
  readonly missing: readonly string[];
  /** Entries that look like documents but are not read: symbolic links, and the like. */
  readonly passed: readonly Passed[];
}

/** A Markdown file by its name: `.md` or `.markdown`, in any case (`README.MD`). */
export function isMarkdownName(name: string): boolean {
  return /\.(?:md|markdown)$/i.test(name);
}

/** Characters that make a seed a glob rather than a folder or file. */
export const globChars = /[*?[\]{}()!]/;

/** The seeds option as a list: `seeds` by default. */
export function seedList(seeds: string | readonly string[] | undefined): readonly string[] {
  return typeof seeds === 'string' ? [seeds] : (seeds ?? ['seeds']);
}

/** The folders that hold the seeds, absolute: each seeds folder, or the part of a glob before its first pattern (`docs/errors` of `docs/errors/**\/*.md`). */
export function seedRoots(cwd: string, seeds: readonly string[]): string[] {
  return seeds.map((seed) => (isGlob(cwd, seed) ? resolve(cwd, seed.split('/').filter((_, index, parts) => !parts.slice(0, index + 1).some((part) => globChars.test(part))).join('/') || '.') : resolve(cwd, seed)));
}

/** Whether a seeds entry is a glob: it has glob characters and names no folder or file as written (`docs (old)` may be a folder). */
function isGlob(cwd: string, seed: string): boolean {
  return globChars.test(seed) && statSync(resolve(cwd, seed), { throwIfNoEntry: false }) === undefined;
}

/**
 * The documents of the seeds: every Markdown file under each seeds folder,
 * subfolders included (but not hidden ones, `.git`, nor `node_modules`), or
 * every file a glob (`docs/errors/**\/*.md`) matches, less those an `ignore`
 * glob matches; sorted by shown path (code unit order, any locale), each
 * once. Symbolic links are never followed: one where a document could be is
 * passed over, and said so.
 */
export async function listInputs(cwd: string, seeds: readonly string[], ignore: readonly string[] = []): Promise<Inputs> {
  const inputs = new Map<string, Input>();
  const missing: string[] = [];
  const passed: Passed[] = [];
  const ignored = ignore.length === 0 ? () => false : (await import('picomatch')).default(ignore as string[], { dot: true });
  const add = (path: string, relative: string) => {
    const shown = toShownPath(cwd, path);
    if (!ignored(shown) && !inputs.has(shown)) inputs.set(shown, { path, shown, relative });
  };
  for (const seed of seeds) {
    const root = resolve(cwd, seed);
    if (!isGlob(cwd, seed)) {
      const stats = statSync(root, { throwIfNoEntry: false });
      if (stats?.isDirectory()) walk(root, '', add, passed, cwd);
      else if (stats?.isFile()) add(root, root.slice(root.lastIndexOf('/') + 1));
      else missing.push(toShownPath(cwd, root));
      continue;
    }
    const { glob } = await import('tinyglobby');
    const base = seedRoots(cwd, [seed])[0]!;
    for (const match of await glob(seed, { cwd, onlyFiles: true, followSymbolicLinks: false, dot: false, expandDirectories: false })) {
      const path = resolve(cwd, match);
      if (!statSync(path, { throwIfNoEntry: false })?.isFile()) continue;
      add(path, toShownPath(base, path));
    }
  }
  const sorted = [...inputs.values()].sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
  return { inputs: sorted, missing, passed };
}

function walk(root: string, relative: string, add: (path: string, relative: string) => void, passed: Passed[], cwd: string): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, relative), { withFileTypes: true });
  } catch (error) {
    passed.push({ shown: toShownPath(cwd, join(root, relative)), reason: `a folder that cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}), so its documents are not read` });
    return;
  }
  for (const entry of entries) {
    const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(root, path);
    if (entry.isDirectory()) walk(root, path, add, passed, cwd);
    else if (entry.isSymbolicLink()) {
      if (isMarkdownName(entry.name) || statSync(full, { throwIfNoEntry: false })?.isDirectory()) passed.push({ shown: toShownPath(cwd, full), reason: 'a symbolic link where a document or folder could be; it is not followed, so that nothing outside the seeds is read' });
    } else if (!isMarkdownName(entry.name)) continue;
    else if (entry.isFile()) add(full, path);
    else passed.push({ shown: toShownPath(cwd, full), reason: 'a special file (not a regular file) where a document could be; it is not read' });
  }
}
