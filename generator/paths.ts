import { isAbsolute, relative, sep } from 'node:path';

/** `path` as shown in messages and generated files: relative to `cwd`, with `/` separators. */
export function toShownPath(cwd: string, path: string): string {
  const shown = relative(cwd, path);
  return (shown === '' ? '.' : shown).split(sep).join('/');
}

/**
 * Why the output folder may not be used, or `undefined`: it must lie inside
 * the working directory (unless allowed) and be neither that directory nor the
 * seeds folder, nor contain it, nor lie inside it.
 */
export function checkPaths(cwd: string, seeds: string, out: string, allowOutside: boolean): string | undefined {
  const inside = (parent: string, child: string) => {
    const path = relative(parent, child);
    return path === '' || (!path.startsWith('..') && !isAbsolute(path));
  };
  if (out === cwd) return `Found --out pointing at the working directory; expected a folder inside it, such as \`generated\``;
  if (inside(out, seeds) || inside(seeds, out)) return `Found --out \`${toShownPath(cwd, out)}\` overlapping the seeds folder; expected a separate folder: the seeds folder is never written`;
  if (!allowOutside && !inside(cwd, out)) return `Found --out \`${out}\` outside the working directory; expected a folder inside it (pass --allow-outside to write there anyway)`;
  return undefined;
}
