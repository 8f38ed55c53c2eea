import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

/** `path` as shown in messages and generated files: relative to `cwd`, with `/` separators. */
export function toShownPath(cwd: string, path: string): string {
  const shown = relative(cwd, path);
  return (shown === '' ? '.' : shown).split(sep).join('/');
}

/**
 * Where an absolute path really leads: symbolic links resolved in the part
 * that exists, the rest appended as written.
 */
export function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), basename(path));
  }
}

/**
 * Why the output folder may not be used, or `undefined`: it must lie inside
 * the working directory (unless allowed) and be neither that directory nor the
 * seeds folder, nor contain it, nor lie inside it. Paths are compared where
 * they really lead, so a symbolic link cannot point the output folder
 * elsewhere (into the seeds folder, or outside the working directory).
 */
export function checkPaths(cwd: string, seeds: string, out: string, allowOutside: boolean): string | undefined {
  const inside = (parent: string, child: string) => {
    const path = relative(parent, child);
    return path === '' || (!path.startsWith('..') && !isAbsolute(path));
  };
  const [realCwd, realSeeds, realOut] = [realPath(cwd), realPath(seeds), realPath(out)];
  const linked = realOut === join(realCwd, relative(cwd, out)) ? '' : ` (through a symbolic link, to \`${realOut}\`)`;
  if (realOut === realCwd) return `Found --out pointing at the working directory${linked}; expected a folder inside it, such as \`generated\``;
  if (inside(realOut, realSeeds) || inside(realSeeds, realOut)) return `Found --out \`${toShownPath(cwd, out)}\`${linked} overlapping the seeds folder; expected a separate folder: the seeds folder is never written`;
  if (!allowOutside && !inside(realCwd, realOut)) return `Found --out \`${out}\`${linked} outside the working directory; expected a folder inside it (pass --allow-outside to write there anyway)`;
  return undefined;
}
