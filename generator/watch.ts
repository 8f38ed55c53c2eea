import { watch as watchFolder } from 'node:fs';
import { resolve } from 'node:path';
import { type GenerateOptions, type GenerateResult, generate } from './generate.js';

/** How long to wait after the last change before regenerating, in milliseconds. */
export const debounceMs = 30;

/**
 * Generate, then generate again after every change under the seeds folder
 * (added, changed, deleted or renamed files), debounced. Errors are reported
 * and watching goes on; the parser and ts-morph stay loaded between runs.
 * Resolves with exit status 0 when the process is interrupted (Ctrl-C) or
 * `signal` aborts.
 */
export function watch(options: GenerateOptions, onResult: (result: GenerateResult) => void, signal?: AbortSignal): Promise<number> {
  const seeds = resolve(options.cwd ?? process.cwd(), options.seeds ?? 'seeds');
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const run = () => {
    running = running.then(async () => onResult(await generate({ ...options, check: false })));
  };
  return new Promise((done) => {
    const watcher = watchFolder(seeds, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(run, debounceMs);
    });
    const stop = () => {
      clearTimeout(timer);
      watcher.close();
      process.off('SIGINT', stop);
      void running.then(() => done(0));
    };
    process.on('SIGINT', stop);
    signal?.addEventListener('abort', stop, { once: true });
    run();
  });
}
