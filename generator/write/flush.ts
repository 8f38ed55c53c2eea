import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { release } from 'node:os';
import { dirname } from 'node:path';

// Flushing many files to the disk at once. A write flushes every file it
// makes before renaming it into place (write.ts); one `fdatasync` per file
// costs a journal commit each on ext4, and on 200 seeds (6,610 files) the
// flushes took 0.8 to 1.3 s even side by side. Linux flushes a whole file
// system in one call, syncfs(2): about 70 ms for the same files. Node.js has
// no binding for it, and needs none: GNU coreutils' `sync -f` is that call.
// It is used only where it is known to flush and to say when it failed:
// Linux 5.8 and later (syncfs returned 0 whatever happened before), the
// program at its absolute path (never looked up in PATH, which `npm run`
// fills with packages' programs) and GNU's (toybox's `sync`, and BusyBox's
// in some builds, ignore their arguments and call sync(2), which reports no
// error), on local file systems whose syncfs writes what the file system
// holds (FUSE's asks its program for nothing, network file systems flush on
// fsync only). Anywhere else, or when it fails, every file is flushed on its
// own, as before.

/** Where coreutils puts `sync`, on merged and split `/usr` alike. */
const syncPrograms = ['/usr/bin/sync', '/bin/sync'];

/** `sync`, when syncfs(2) can stand in for flushing files one by one on this system. */
let program: string | undefined | null = null;

/** The `sync` program to flush with on this system, or `undefined` to flush file by file. */
export function syncfsProgram(): string | undefined {
  if (program !== null) return program;
  program = undefined;
  if (process.platform !== 'linux' || !reportsWriteErrors(release())) return program;
  for (const path of syncPrograms) {
    if (!fs.statSync(path, { throwIfNoEntry: false })?.isFile()) continue;
    try {
      if (isGnuSync(execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }))) program = path;
    } catch {
      // Not a `sync` that knows `--version`: not GNU's.
    }
    break;
  }
  return program;
}

/** Whether `sync --version` printed GNU coreutils' `sync`, 8.24 or later (which has `-f`). */
export function isGnuSync(version: string): boolean {
  const match = /^sync \(GNU coreutils\) (\d+)\.(\d+)/.exec(version);
  if (!match) return false;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  return major > 8 || (major === 8 && minor >= 24);
}

/** Whether syncfs(2) of this kernel release (`uname -r`) returns write errors: since Linux 5.8 it does; before, it returned 0 whatever happened. */
export function reportsWriteErrors(kernel: string): boolean {
  const [major = 0, minor = 0] = /^(\d+)\.(\d+)/.exec(kernel)?.slice(1).map(Number) ?? [];
  return major > 5 || (major === 5 && minor >= 8);
}

/** statfs(2) types of the local file systems whose syncfs writes and waits for all they hold: ext2/3/4, XFS, Btrfs, F2FS, tmpfs (nothing to write). */
export const syncfsFileSystems: ReadonlySet<number> = new Set([0xef53, 0x58465342, 0x9123683e, 0xf2f52010, 0x01021994]);

/**
 * One folder of each file system that `paths` (files or folders) lie on,
 * `folderOf` giving the folder of a path; `undefined` when any of them is
 * on a file system not in `types`, or cannot be looked at (its error is then
 * met, and named, by flushing its files one by one).
 */
export function fileSystemsOf(paths: readonly string[], folderOf: (path: string) => string, types: ReadonlySet<number> = syncfsFileSystems): string[] | undefined {
  const byDevice = new Map<number, string>();
  for (const folder of new Set(paths.map(folderOf))) {
    try {
      const { dev } = fs.statSync(folder);
      if (byDevice.has(dev)) continue;
      if (!types.has(fs.statfsSync(folder).type)) return undefined;
      byDevice.set(dev, folder);
    } catch {
      return undefined;
    }
  }
  return [...byDevice.values()];
}

/** Flush the file systems of `folders` with syncfs(2) through `program`; resolves `false` when that failed. */
function syncFileSystems(program: string, folders: readonly string[]): Promise<boolean> {
  return new Promise((done) => {
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
  const program = paths.length < syncfsFrom ? undefined : 'program' in options ? options.program : syncfsProgram();
  const folders = program === undefined ? undefined : fileSystemsOf(paths, folderOf);
  if (program !== undefined && folders !== undefined && (await syncFileSystems(program, folders))) return;
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
export function fail(error: unknown, at: string): never {
  throw error instanceof Error ? Object.assign(error, { at }) : error;
}
