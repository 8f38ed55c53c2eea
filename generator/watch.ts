import { type FSWatcher, readdirSync, statSync, watch as watchFolder } from 'node:fs';
import { join } from 'node:path';
import { type GenerateOptions, type GenerateResult, generate } from './generate.js';
import { isMarkdownName, seedList, seedRoots } from './inputs.js';
import { toShownPath } from './paths.js';

/**
 * How long the seeds folder must stay quiet after a change before generating,
 * in milliseconds: long enough to take an editor's save (write a temporary
 * file, rename it over the seed: microseconds apart) as one change, short
 * enough not to be felt. A run that still catches a save halfway is followed
 * by another once the save is done, and writes nothing partial either way.
 */
export const debounceMs = 5;

/** How often to look for a seeds folder that is missing or was replaced, in milliseconds. */
const rearmMs = 250;

/**
 * Whether a change to the entry `name` (a path inside a seeds folder) can
 * change the output: a document, a folder (a name without an extension), or
 * a name the system did not give.
 */
function concernsSeeds(name: string | null): boolean {
  return name === null || isMarkdownName(name) || !/\.[^/]*$/.test(name.slice(name.lastIndexOf('/') + 1));
}

/** A folder and every folder below it, but hidden ones and `node_modules`, as the seeds are read. */
function subfolders(root: string): string[] {
  const found = [root];
  for (let index = 0; index < found.length; index++) {
    let entries;
    try {
      entries = readdirSync(found[index]!, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') found.push(join(found[index]!, entry.name));
    }
  }
  return found;
}

/** The seeds folder's inode, or `undefined` when it is missing. */
function folderId(path: string): number | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats?.isDirectory() ? stats.ino : undefined;
}

/**
 * Generate, then generate again after every change to the seeds folder (a seed
 * added, changed, deleted or renamed, an editor's temporary-file-and-rename
 * save), once the folder has been quiet for {@link debounceMs}. Runs never
 * overlap, and a change during a run starts another after it; each is a run
 * of `generate`: it writes atomically, holding the output folder's lock. The
 * parser and ts-morph stay loaded between runs. Errors are reported through
 * `onResult` and watching goes on; a missing or replaced seeds folder is
 * watched again once it is back. Resolves with exit status 0 on Ctrl-C
 * (SIGINT), SIGTERM or when `signal` aborts, after the run in progress, if
 * any, has finished.
 */
export function watch(options: GenerateOptions, onResult: (result: GenerateResult) => void | Promise<void>, signal?: AbortSignal): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const roots = seedRoots(cwd, seedList(options.seeds)).map((path) => ({ path, watchers: new Map<string, FSWatcher>(), id: undefined as number | undefined, rearm: undefined as NodeJS.Timeout | undefined }));
  let debounce: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let pending = false;
  let stopped = false;
  let announced = false;

  const run = async (): Promise<void> => {
    pending = false;
    try {
      await onResult(await generate({ ...options, check: false }));
    } catch (error) {
      // A seed deleted between listing and reading, say: the next change brings another run.
      process.stderr.write(`md-codegen: ${error instanceof Error ? error.message : String(error)}; still watching\n`);
    }
    // Folders made or removed by the change are watched, or no more, from now on.
    for (const root of roots) if (root.id !== undefined) watchFolders(root);
    if (!announced && !stopped) {
      announced = true;
      process.stderr.write(`md-codegen: watching ${roots.map((root) => toShownPath(cwd, root.path)).join(', ')} for changes (Ctrl-C to stop)\n`);
    }
  };
  const schedule = (): void => {
    pending = true;
    if (stopped || running) return;
    clearTimeout(debounce);
    debounce = setTimeout(start, debounceMs);
  };
  const start = (): void => {
    running = run().finally(() => {
      running = undefined;
      if (pending) schedule();
    });
  };

  type Root = (typeof roots)[number];
  const disarm = (root: Root): void => {
    for (const watcher of root.watchers.values()) watcher.close();
    root.watchers.clear();
    root.id = undefined;
  };
  const later = (root: Root): void => {
    clearTimeout(root.rearm);
    root.rearm = setTimeout(() => arm(root, true), rearmMs);
  };
  /**
   * Watch every folder of a seeds folder, each on its own: one watcher per
   * folder sees its entries added, removed and renamed over, as an editor's
   * save does (Node's recursive watch on Linux watches files and loses one
   * replaced by a rename).
   */
  const watchFolders = (root: Root): void => {
    const folders = new Set(subfolders(root.path));
    for (const [folder, watcher] of root.watchers) {
      if (folders.has(folder)) continue;
      watcher.close();
      root.watchers.delete(folder);
    }
    const watched = root.watchers.size > 0;
    for (const folder of folders) {
      if (root.watchers.has(folder)) continue;
      // A folder made while watching may have changed before it was watched: look at it once more.
      if (watched) schedule();
      try {
        const watcher = watchFolder(folder, (_event, name) => onChange(root, name));
        watcher.on('error', () => {
          watcher.close();
          root.watchers.delete(folder);
          if (folder === root.path) {
            disarm(root);
            later(root);
          } else schedule();
        });
        root.watchers.set(folder, watcher);
      } catch {
        // Gone already: the run after this change watches what is there.
      }
    }
  };
  /** Watch a seeds folder and its subfolders; while it is missing, look again later. Once it is back, generate again. */
  const arm = (root: Root, again: boolean): void => {
    root.rearm = undefined;
    if (stopped) return;
    const id = folderId(root.path);
    if (id !== undefined) {
      watchFolders(root);
      if (root.watchers.has(root.path)) {
        root.id = id;
        if (again) schedule();
        return;
      }
      disarm(root);
    }
    later(root);
  };
  const onChange = (root: Root, name: string | null): void => {
    if (folderId(root.path) !== root.id) {
      // The folder was deleted or replaced: its watchers see nothing more.
      disarm(root);
      later(root);
      schedule();
    } else if (concernsSeeds(name)) schedule();
  };

  return new Promise((done) => {
    const stop = (): void => {
      if (stopped) return;
      stopped = true;
      clearTimeout(debounce);
      for (const root of roots) {
        clearTimeout(root.rearm);
        disarm(root);
      }
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      signal?.removeEventListener('abort', stop);
      void (running ?? Promise.resolve()).then(() => done(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    signal?.addEventListener('abort', stop, { once: true });
    for (const root of roots) arm(root, false);
    start();
    if (signal?.aborted) stop();
  });
}
