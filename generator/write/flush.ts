import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import { release } from 'node:os';
import { dirname } from 'node:path';

// Flushing many files to the disk at once. A write flushes every file it
// makes before renaming it into place (write.ts); one `fdatasync` per file
// costs a journal commit each on ext4, and on 200 seeds (6,610 files) the
// flushes took 0.8 to 1.3 s even side by side. Linux flushes a whole file
// system in one call, syncfs(2): about 70 ms for the same files. Node.js has
// no binding for it, and needs none: `sync -f` (coreutils, BusyBox) is that
// call. It is used where it reports write errors (Linux 5.8 and later) and
// where the program is found at its absolute path (never looked up in PATH,
// which `npm run` fills with packages' programs); anywhere else, or when it
// fails, every file is flushed on its own, as before.

/** Where coreutils puts `sync`, on merged and split `/usr` alike. */
const syncPrograms = ['/usr/bin/sync', '/bin/sync'];

/** `sync`, when syncfs(2) can stand in for flushing files one by one on this system. */
let program: string | undefined | null = null;

/** The `sync` program to flush with on this system, or `undefined` to flush file by file. */
export function syncfsProgram(): string | undefined {
  if (program !== null) return program;
  program = undefined;
  if (process.platform !== 'linux' || !reportsWriteErrors(release())) return program;
  program = syncPrograms.find((path) => fs.statSync(path, { throwIfNoEntry: false })?.isFile());
  return program;
}

/** Whether syncfs(2) of this kernel release (`uname -r`) returns write errors: since Linux 5.8 it does; before, it returned 0 whatever happened. */
export function reportsWriteErrors(kernel: string): boolean {
  const [major = 0, minor = 0] = /^(\d+)\.(\d+)/.exec(kernel)?.slice(1).map(Number) ?? [];
  return major > 5 || (major === 5 && minor >= 8);
}

/**
 * One path of each file system that `paths` (files or folders) lie on: the
 * folder of the first path found on each device. A folder that cannot be
 * read stands for itself, so that its failure is not hidden.
 */
export function oneFolderPerDevice(paths: readonly string[], folderOf: (path: string) => string): string[] {
  const byDevice = new Map<number | string, string>();
  const folders = new Set(paths.map(folderOf));
  for (const folder of folders) {
    const device = fs.statSync(folder, { throwIfNoEntry: false })?.dev ?? folder;
    if (!byDevice.has(device)) byDevice.set(device, folder);
  }
  return [...byDevice.values()];
}

/** Flush the file systems of `folders` with syncfs(2) through `program`; resolves `false` when that failed. */
function syncFileSystems(program: string, folders: readonly string[]): Promise<boolean> {
  return new Promise((done) => {
    // `-f`, not `--file-system`: BusyBox's `sync` (Alpine) knows the short option only.
    execFile(program, ['-f', '--', ...folders], { windowsHide: true }, (error) => done(error === null));
  });
}

/**
 * Flush `paths` to the disk: their bytes for files, their entries for
 * folders (`folderOf` gives the folder a path lies in: its parent for a
 * file, itself for a folder). With syncfs(2) through `program`, one call per
 * file system, for {@link syncfsFrom} paths or more; otherwise, or when that
 * fails, `each` on every path
 * ({@link flushesAtOnce} at a time), and the first failure is thrown once all
 * have settled, tagged with its path (`at`).
 */
export async function flushAll(
  paths: readonly string[],
  each: (path: string) => Promise<void>,
  options: { readonly folderOf?: (path: string) => string; readonly program?: string | undefined } = {},
): Promise<void> {
  if (paths.length === 0) return;
  const { folderOf = dirname } = options;
  // A `program` given as `undefined` means none: flush file by file.
  const program = 'program' in options ? options.program : syncfsProgram();
  if (paths.length >= syncfsFrom && program !== undefined && (await syncFileSystems(program, oneFolderPerDevice(paths, folderOf)))) return;
  await settleAll(paths.map((path) => () => each(path).catch((error: unknown) => fail(error, path))));
}

/**
 * From how many paths one syncfs is used: starting `sync` takes 5 to 12 ms
 * here, about what 10 to 30 flushes side by side take (a regenerated seed in
 * watch mode writes about 10 files).
 */
export const syncfsFrom = 32;

/** How many flushes wait on the disk at once: enough to keep the thread pool busy, few open files. */
const flushesAtOnce = 8;

/** Run the steps, {@link flushesAtOnce} at a time; once all have settled, throw the first failure, if any. */
async function settleAll(steps: readonly (() => Promise<unknown>)[]): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const worker = async () => {
    while (next < steps.length) await steps[next++]!().catch((error: unknown) => failures.push(error));
  };
  await Promise.all(Array.from({ length: Math.min(flushesAtOnce, steps.length) }, worker));
  if (failures.length > 0) throw failures[0];
}

/** Tag an error with the file or folder it concerns, and throw it. */
function fail(error: unknown, at: string): never {
  throw error instanceof Error ? Object.assign(error, { at }) : error;
}
