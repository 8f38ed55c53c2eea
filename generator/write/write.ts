import * as fs from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from '../emit/print.js';
import { sideName } from './names.js';
import { fail, flushAll } from './flush.js';
import { foldersOf, type Plan } from './plan.js';

/** What a write did. */
export interface WriteResult {
  readonly written: readonly string[];
  readonly removed: readonly string[];
  /** Of the plan's empty folders, those removed. */
  readonly removedFolders: readonly string[];
}

/** The file system calls a write makes; tests pass their own to inject failures. */
export interface WriteIo {
  readonly lstat: (path: string) => Promise<unknown>;
  readonly mkdir: (path: string) => Promise<unknown>;
  /** Create `path` (never replacing a file) holding `text`. */
  readonly writeFile: (path: string, text: string) => Promise<void>;
  /** Flush files' bytes to the disk, all of `paths`; a failure names its file in `at`. */
  readonly syncFiles: (paths: readonly string[]) => Promise<void>;
  /** Flush folders' entries (names created, renamed, removed) to the disk, all of `paths`; a failure names its folder in `at`. */
  readonly syncFolders: (paths: readonly string[]) => Promise<void>;
  readonly rename: (from: string, to: string) => Promise<void>;
  /** Make `path` a second name of `existing` (a hard link, or a copy with the same times where links are not supported). */
  readonly backup: (existing: string, path: string) => Promise<void>;
  readonly unlink: (path: string) => Promise<void>;
  readonly rmdir: (path: string) => Promise<void>;
}

/**
 * The calls of {@link writePlan} on the real file system: synchronous
 * underneath (no thread-pool trip per call), as the seed reads are, but for
 * the flushes, which wait on the disk: one syncfs(2) per file system where
 * it can stand in (flush.ts), otherwise side by side in the pool.
 */
export const nodeIo: WriteIo = {
  lstat: async (path) => fs.lstatSync(path),
  mkdir: async (path) => fs.mkdirSync(path),
  writeFile: async (path, text) => fs.writeFileSync(path, text, { flag: 'wx' }),
  syncFiles: (paths) => flushAll(paths, (path) => flushOne(path, 'datasync')),
  // Windows opens no folder as a file, and NTFS journals its names itself.
  syncFolders: async (paths) => (process.platform === 'win32' ? undefined : flushAll(paths, (path) => flushOne(path, 'sync'), { folderOf: (path) => path })),
  rename: async (from, to) => fs.renameSync(from, to),
  backup: async (existing, path) => {
    try {
      fs.linkSync(existing, path);
    } catch {
      fs.copyFileSync(existing, path, fs.constants.COPYFILE_EXCL);
      const { atime, mtime } = fs.statSync(existing);
      fs.utimesSync(path, atime, mtime);
    }
  },
  unlink: async (path) => fs.unlinkSync(path),
  rmdir: async (path) => fs.rmdirSync(path),
};

/**
 * Apply a plan so that it happens entirely or not at all, and lasts. Every
 * new or changed file is first written to a temporary file beside its target
 * and flushed to the disk; then, one by one, orphaned generated files are
 * moved aside, each changed file keeps a hard-linked backup, and each
 * temporary file is renamed onto its target; then every folder changed is
 * flushed, and only then are the backups removed. When any step fails,
 * everything done so far is undone in reverse (backups renamed back, so even
 * modification times are as before; temporary files, new files and folders
 * removed, a temporary file that failed half-written too) and the error is
 * thrown, its `path` naming the file or folder that failed, never a
 * temporary one. Unchanged files are never touched.
 */
export async function writePlan(out: string, plan: Plan, io: WriteIo = nodeIo, guard: Guard = () => {}): Promise<WriteResult> {
  const files: readonly GeneratedFile[] = [...plan.missing, ...plan.changed];
  const changed = new Set(plan.changed.map((file) => file.path));
  const undo: (() => Promise<unknown>)[] = [];
  const cleanup: (() => Promise<unknown>)[] = [];
  /** `step`, which changes `path`, made only once `guard` has passed for its folder (undo steps too). */
  const on = (path: string, step: () => Promise<unknown>) => async () => {
    guard(dirname(path));
    return step();
  };
  /** Every folder whose entries change, to flush once the renames are done. */
  const touched = new Set<string>();
  let at = out;
  try {
    for (const path of plan.orphaned) {
      const target = (at = join(out, path));
      const backup = sideName(target, 'bak');
      await on(target, () => io.rename(target, backup))();
      undo.push(on(target, () => io.rename(backup, target)));
      cleanup.push(on(backup, () => io.unlink(backup)));
      touched.add(dirname(target));
    }
    const staged: { temp: string; target: string; path: string }[] = [];
    // Folders seen or made: each is looked up once, not once per file in it.
    const present = new Set<string>();
    for (const file of files) {
      const target = (at = join(out, file.path));
      for (const folder of await missingFolders(dirname(target), io, present)) {
        await on((at = folder), () => io.mkdir(folder))();
        present.add(folder);
        undo.push(on(folder, () => io.rmdir(folder)));
        touched.add(dirname(folder));
      }
      const temp = sideName((at = target), 'tmp');
      // Undone even when the write fails: a full disk leaves a temporary file half-written.
      undo.push(on(temp, () => io.unlink(temp)));
      await on(temp, () => io.writeFile(temp, file.text))();
      staged.push({ temp, target, path: file.path });
      touched.add(dirname(target));
    }
    const targetOf = new Map(staged.map(({ temp, target }) => [temp, target]));
    await io.syncFiles(staged.map(({ temp }) => temp)).catch((error: unknown) => fail(error, targetOf.get((error as { at?: string }).at ?? '') ?? out));
    for (const { temp, target, path } of staged) {
      at = target;
      if (changed.has(path)) {
        const backup = sideName(target, 'bak');
        undo.push(on(backup, () => io.unlink(backup)));
        await on(target, () => io.backup(target, backup))();
        cleanup.push(on(backup, () => io.unlink(backup)));
        await on(target, () => io.rename(temp, target))();
        undo.push(on(target, () => io.rename(backup, target)));
      } else {
        await on(target, () => io.rename(temp, target))();
        undo.push(on(target, () => io.unlink(target)));
      }
    }
    await io.syncFolders([...touched]);
  } catch (error) {
    // Where the folder changed under the run, every undo step is refused too: nothing more is touched.
    for (const step of undo.reverse()) await step().catch(() => undefined);
    // Name the file or folder that failed, not a temporary file beside it.
    throw named(error, (error as { at?: string }).at ?? at);
  }
  for (const step of cleanup) await step().catch(() => undefined);
  const removedFolders = await removeEmptyFolders(out, [...plan.orphaned, ...plan.emptyFolders.map((folder) => `${folder}/`)], io, guard);
  return { written: files.map((file) => file.path).sort(), removed: [...plan.orphaned], removedFolders: plan.emptyFolders.filter((folder) => removedFolders.has(folder)) };
}

/** A check before each change in the output folder, given the folder about to change; it throws to stop the write (see `folder.ts`). */
export type Guard = (folder: string) => void;

/** Open `path` (a file or a folder) and flush it: its bytes (`datasync`), or its bytes and entries (`sync`). */
async function flushOne(path: string, how: 'datasync' | 'sync'): Promise<void> {
  const handle = await fs.promises.open(path, 'r');
  try {
    await handle[how]();
  } finally {
    await handle.close();
  }
}

/**
 * An error whose `path`, `dest` and message name `at`, the file or folder
 * that failed, never a temporary or backup file beside it: `ENOSPC: /x/enum.ts`.
 */
function named(error: unknown, at: string): unknown {
  if (!(error instanceof Error)) return error;
  return Object.assign(error, { path: at, dest: at, message: `${(error as NodeJS.ErrnoException).code ?? error.name}: ${at}` });
}

/** The folders of `folder` that do not exist yet, outermost first; `present` (folders known to exist) gains those found. */
async function missingFolders(folder: string, io: WriteIo, present: Set<string>): Promise<string[]> {
  const missing: string[] = [];
  for (let current = folder; ; current = dirname(current)) {
    if (present.has(current)) return missing.reverse();
    try {
      await io.lstat(current);
      present.add(current);
      return missing.reverse();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(current) === current) throw error;
      missing.push(current);
    }
  }
}

/** Remove the folders of `removed` (paths; a folder's own path ends with `/`) that are empty now, deepest first; returns those removed. */
async function removeEmptyFolders(out: string, removed: readonly string[], io: WriteIo, guard: Guard): Promise<Set<string>> {
  const folders = new Set(removed.flatMap(foldersOf));
  const gone = new Set<string>();
  for (const folder of [...folders].sort().reverse()) {
    const path = join(out, folder);
    await (async () => {
      guard(dirname(path));
      await io.rmdir(path);
    })().then(
      () => gone.add(folder),
      () => undefined,
    );
  }
  return gone;
}

/** Remove the temporary and backup files that interrupted runs left (`paths`, relative to `out`); the first failure is thrown, naming the file they were beside. */
export async function sweepSideFiles(out: string, files: readonly { path: string; target: string }[], io: WriteIo = nodeIo, guard: Guard = () => {}): Promise<void> {
  for (const { path, target } of files) {
    guard(dirname(join(out, path)));
    await io.unlink(join(out, path)).catch((error: unknown) => {
      throw named(error, join(out, target));
    });
  }
}
