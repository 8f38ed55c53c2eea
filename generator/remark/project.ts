// The project of a document the plugin lints: the md-codegen config of the
// nearest folder that has one, from the document's folder up, so that the
// editor reads each document as `generate` run in that folder does (its
// limits, member case, and its `tables` for this document), and with the path
// `generate` gives it there.
import { statSync } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import type { VFile } from 'vfile';
import { configure } from '../config/configure.js';
import { findConfig } from '../config/find.js';
import { formatProblem } from '../config/problem.js';
import type { GenerateOptions } from '../generate.js';
import { seedRoots } from '../inputs.js';
import { toShownPath } from '../paths.js';
import { type Limits, defaultLimits, resolveLimits } from '../limits.js';
import { documentOverrides, tableOverrides } from '../read.js';
import type { ReadOptions } from '../seeds.js';

/** How to read one document: its path inside its seeds folder (which names its module), the limits, and the reading options; `reportUnused` warns of the config's `tables` keys for it that named no table. */
export interface Project {
  readonly relativePath: string;
  readonly limits: Limits;
  readonly options: ReadOptions;
  readonly reportUnused: (file: VFile) => void;
  /** What was wrong with the config, when there is one that cannot be read (the document is then read with the defaults). */
  readonly problem?: { readonly config: string; readonly message: string };
}

/** Configs read, by path, with the size and time of the file they were read from: the editor lints on every change. */
const cache = new Map<string, { readonly stamp: string; readonly configured: Awaited<ReturnType<typeof configure>> }>();

/** The project of `file`: the defaults when it has no path or no folder above it has a config. */
export async function projectOf(file: VFile): Promise<Project> {
  const defaults: Project = { relativePath: file.basename ?? 'document.md', limits: defaultLimits, options: {}, reportUnused: () => {} };
  if (file.path === undefined) return defaults;
  const path = resolve(file.cwd, file.path);
  for (let folder = dirname(path); ; folder = dirname(folder)) {
    const found = findConfig(folder, undefined);
    if ('problem' in found) return { ...defaults, problem: { config: folder, message: found.problem } };
    if (found.file !== undefined) {
      const configured = await readConfigured(found.file.path, folder);
      if ('problems' in configured) return { ...defaults, problem: { config: found.file.path, message: configured.problems.map(formatProblem).join('; ') } };
      return fromOptions(configured.options, folder, path);
    }
    if (dirname(folder) === folder) return defaults;
  }
}

/** The config at `path` as `generate` run in `folder` takes it, read again only when the file changed. */
async function readConfigured(path: string, folder: string): Promise<Awaited<ReturnType<typeof configure>>> {
  const stats = statSync(path, { throwIfNoEntry: false });
  const stamp = stats ? `${stats.size} ${stats.mtimeMs}` : '';
  const known = cache.get(path);
  if (known?.stamp === stamp) return known.configured;
  const result = await configure(folder, undefined, {}, 'md-codegen generate');
  cache.set(path, { stamp, configured: result });
  return result;
}

/** The project of the document at `path` under the options of a run in `folder`. */
function fromOptions(options: GenerateOptions, folder: string, path: string): Project {
  const seeds = typeof options.seeds === 'string' ? [options.seeds] : (options.seeds ?? ['seeds']);
  const root = seedRoots(folder, seeds).find((each) => path.startsWith(each.endsWith(sep) ? each : `${each}${sep}`));
  const shown = toShownPath(folder, path);
  const { tables, reportUnused } = documentOverrides(shown, tableOverrides(options.tables ?? {}).get(shown));
  return {
    relativePath: root === undefined ? basename(path) : toShownPath(root, path),
    limits: resolveLimits(options.limits),
    options: { tables, memberCase: options.emit?.memberCase ?? 'pascal' },
    reportUnused,
  };
}
