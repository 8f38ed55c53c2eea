// Which files of a git tree or of the index are documents of the seeds: as
// the folder walk of the working tree chooses them. Light on purpose (no
// parser): the fast path of `check --staged` chooses with it too.
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import { globChars, type Input, isMarkdownName, seedRoots } from '../inputs.js';
import { toShownPath } from '../paths.js';

/**
 * The documents among `shown` (paths of regular files, relative to `cwd`)
 * that the seeds name, less those `ignore` matches, sorted by shown path,
 * each once, with the path that names its module.
 */
export function chooseInputs(cwd: string, seeds: readonly string[], ignore: readonly string[], shown: readonly string[]): Input[] {
  const ignored = ignore.length === 0 ? () => false : picomatch(ignore as string[], { dot: true });
  const inputs = new Map<string, Input>();
  const add = (path: string, relative: string) => {
    if (!ignored(path) && !inputs.has(path)) inputs.set(path, { path, shown: path, relative });
  };
  for (const seed of seeds) {
    const base = toShownPath(cwd, seedRoots(cwd, [seed])[0]!);
    const inside = (path: string) => (base === '.' ? path : path.startsWith(`${base}/`) ? path.slice(base.length + 1) : undefined);
    if (globChars.test(seed)) {
      const matches = picomatch(seed.replace(/^\.\//, ''), { dot: false });
      for (const path of shown) if (matches(path)) add(path, inside(path) ?? path);
      continue;
    }
    const root = toShownPath(cwd, resolve(cwd, seed));
    for (const path of shown) {
      if (path === root) add(path, path.slice(path.lastIndexOf('/') + 1));
      const relative = inside(path);
      // As the folder walk of the working tree: no hidden entry, no `node_modules`, Markdown names only.
      if (relative === undefined || relative.split('/').some((part) => part.startsWith('.') || part === 'node_modules') || !isMarkdownName(relative)) continue;
      add(path, relative);
    }
  }
  return [...inputs.values()].sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
}
