import { type FSWatcher, statSync, watch as watchFolder } from 'node:fs';
import { resolve } from 'node:path';
import { type GenerateOptions, type GenerateResult, generate } from './generate.js';
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

/** Whether a change to the entry `name` of the seeds folder can change the output: a seed, or a name the system did not give. */
function concernsSeeds(name: string | null): boolean {
  return name === null || name.endsWith('.md');
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
  const seeds = resolve(cwd, options.seeds ?? 'seeds');
  let watcher: FSWatcher | undefined;
  let watchedId: number | undefined;
  let debounce: NodeJS.Timeout | undefined;
  let rearm: NodeJS.Timeout | undefined;
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
    if (!announced && !stopped) {
      announced = true;
      process.stderr.write(`md-codegen: watching ${toShownPath(cwd, seeds)} for changes (Ctrl-C to stop)\n`);
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

  const disarm = (): void => {
    watcher?.close();
    watcher = undefined;
    watchedId = undefined;
  };
  /** Watch the seeds folder; while it is missing, look again later. Once it is back, generate again. */
  const arm = (again: boolean): void => {
    rearm = undefined;
    if (stopped) return;
    const id = folderId(seeds);
    if (id !== undefined) {
      try {
        watcher = watchFolder(seeds, (_event, name) => onChange(name));
        watcher.on('error', () => {
          disarm();
          clearTimeout(rearm);
          rearm = setTimeout(() => arm(true), rearmMs);
        });
        watchedId = id;
        if (again) schedule();
        return;
      } catch {
        disarm();
      }
    }
    rearm = setTimeout(() => arm(true), rearmMs);
  };
  const onChange = (name: string | null): void => {
    if (folderId(seeds) !== watchedId) {
      // The folder was deleted or replaced: its watcher sees nothing more.
      disarm();
      clearTimeout(rearm);
      rearm = setTimeout(() => arm(true), rearmMs);
      schedule();
    } else if (concernsSeeds(name)) schedule();
  };

  return new Promise((done) => {
    const stop = (): void => {
      if (stopped) return;
      stopped = true;
      clearTimeout(debounce);
      clearTimeout(rearm);
      disarm();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      signal?.removeEventListener('abort', stop);
      void (running ?? Promise.resolve()).then(() => done(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    signal?.addEventListener('abort', stop, { once: true });
    arm(false);
    start();
    if (signal?.aborted) stop();
  });
}
