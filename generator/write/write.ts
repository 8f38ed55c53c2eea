import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { GeneratedFile } from '../emit/print.js';
import type { Plan } from './plan.js';

/** What a write did. */
export interface WriteResult {
  readonly written: readonly string[];
  readonly removed: readonly string[];
}

/** The file system calls a write makes; tests pass their own to inject failures. */
export interface WriteIo {
  readonly lstat: (path: string) => Promise<unknown>;
  readonly mkdir: (path: string) => Promise<unknown>;
  readonly writeFile: (path: string, text: string) => Promise<void>;
  readonly rename: (from: string, to: string) => Promise<void>;
  /** Make `path` a second name of `existing` (a hard link, or a copy with the same times where links are not supported). */
  readonly backup: (existing: string, path: string) => Promise<void>;
  readonly unlink: (path: string) => Promise<void>;
  readonly rmdir: (path: string) => Promise<void>;
}

/** The calls of {@link writePlan} on the real file system: synchronous underneath (no thread-pool trip per call), as the seed reads are. */
export const nodeIo: WriteIo = {
  lstat: async (path) => fs.lstatSync(path),
  mkdir: async (path) => fs.mkdirSync(path),
  writeFile: async (path, text) => fs.writeFileSync(path, text, { flag: 'wx' }),
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
 * Apply a plan so that it happens entirely or not at all. Every new or changed
 * file is first written to a temporary file beside its target; then, one by
 * one, orphaned generated files are moved aside, each changed file keeps a
 * hard-linked backup, and each temporary file is renamed onto its target.
 * When any step fails, everything done so far is undone in reverse (backups
 * renamed back, so even modification times are as before; new files and
 * folders removed) and the error is thrown, its `path` naming the file or
 * folder that failed. Unchanged files are never touched.
 */
export async function writePlan(out: string, plan: Plan, io: WriteIo = nodeIo): Promise<WriteResult> {
  const files: readonly GeneratedFile[] = [...plan.missing, ...plan.changed];
  const changed = new Set(plan.changed.map((file) => file.path));
  const undo: (() => Promise<unknown>)[] = [];
  const cleanup: (() => Promise<unknown>)[] = [];
  let at = out;
  try {
    for (const path of plan.orphaned) {
      const target = (at = join(out, path));
      const backup = sibling(target, 'bak');
      await io.rename(target, backup);
      undo.push(() => io.rename(backup, target));
      cleanup.push(() => io.unlink(backup));
    }
    const staged: { temp: string; target: string; path: string }[] = [];
    // Folders seen or made: each is looked up once, not once per file in it.
    const present = new Set<string>();
    for (const file of files) {
      const target = (at = join(out, file.path));
      for (const folder of await missingFolders(dirname(target), io, present)) {
        await io.mkdir((at = folder));
        present.add(folder);
        undo.push(() => io.rmdir(folder));
      }
      const temp = sibling((at = target), 'tmp');
      await io.writeFile(temp, file.text);
      undo.push(() => io.unlink(temp));
      staged.push({ temp, target, path: file.path });
    }
    for (const { temp, target, path } of staged) {
      at = target;
      if (changed.has(path)) {
        const backup = sibling(target, 'bak');
        await io.backup(target, backup);
        undo.push(() => io.unlink(backup));
        cleanup.push(() => io.unlink(backup));
        await io.rename(temp, target);
        undo.push(() => io.rename(backup, target));
      } else {
        await io.rename(temp, target);
        undo.push(() => io.unlink(target));
      }
    }
  } catch (error) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    // Name the file or folder that failed, not a temporary file beside it.
    throw error instanceof Error ? Object.assign(error, { path: at, dest: at }) : error;
  }
  for (const step of cleanup) await step().catch(() => undefined);
  await removeEmptyFolders(out, plan.orphaned, io);
  return { written: files.map((file) => file.path).sort(), removed: [...plan.orphaned] };
}

/** A hidden, unique name beside `target`: `.enum.ts.<pid>.<random>.tmp`. */
function sibling(target: string, suffix: 'tmp' | 'bak'): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.${suffix}`);
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

async function removeEmptyFolders(out: string, removed: readonly string[], io: WriteIo): Promise<void> {
  const folders = new Set(removed.flatMap((path) => path.split('/').slice(0, -1).map((_, index, parts) => parts.slice(0, index + 1).join('/'))));
  for (const folder of [...folders].sort().reverse()) {
    await io.rmdir(join(out, folder)).catch(() => undefined);
  }
}
