import { dirname, join } from 'node:path';
import type { GeneratedFile } from '../emit/print.js';
import { parseSideName, type SideFile } from './names.js';
import { type EntryKind, type FoundEntry, readGeneratedFile } from './scan.js';

/** An entry of the output folder that the generator would not produce. */
export interface ForeignEntry {
  /** Path relative to the output folder. */
  readonly path: string;
  readonly kind: EntryKind;
}

/** What writing `files` into the output folder would change, and what is in the way. */
export interface Plan {
  /** Files to create. */
  readonly missing: readonly GeneratedFile[];
  /** Generated files whose bytes differ, with what is on disk now. */
  readonly changed: readonly (GeneratedFile & { readonly current: string })[];
  /** Generated files no seed produces any more: removed by `generate`. */
  readonly orphaned: readonly string[];
  /**
   * Entries without the generated mark where the generator would write a file
   * or make a folder (hand-written files, symbolic links, folders): an error,
   * never overwritten, removed or followed.
   */
  readonly blocked: readonly ForeignEntry[];
  /**
   * Everything else in the output folder that the generator would not produce
   * and that is not ignored: files without the mark, symbolic links, pipes,
   * sockets, devices, and folders holding nothing but such entries (named
   * once, as the folder). An error: the output folder is the generator's.
   */
  readonly foreign: readonly ForeignEntry[];
  /** Temporary and backup files that runs left (an interrupted run, or one writing now without the lock), by their names: removed by `generate`. */
  readonly sideFiles: readonly SideFile[];
  /** Folders the generator does not make that hold nothing (but empty folders and side files), each of them, sorted: removed by `generate`. */
  readonly emptyFolders: readonly string[];
  /** How many files are already as generated. */
  readonly unchanged: number;
}

/**
 * Compare the generated files with what was found in the output folder, byte
 * for byte; `out` is where the found entries are, and `guard` is given the
 * folder of each file before it is read.
 */
export function planOutput(out: string, files: readonly GeneratedFile[], found: readonly FoundEntry[], guard: (folder: string) => void = () => {}): Plan {
  const produced = new Map(files.map((file) => [file.path, file]));
  const folders = new Set(files.flatMap((file) => foldersOf(file.path)));
  const entries = new Map(found.map((entry) => [entry.path, entry]));
  const plan = { missing: [] as GeneratedFile[], changed: [] as (GeneratedFile & { current: string })[], orphaned: [] as string[], blocked: [] as ForeignEntry[], unchanged: 0 };
  /** Folders that the generator does not make, and what they hold: `foreign` when all is foreign, `empty` when nothing, `mixed` otherwise. */
  const extra = new Map<string, 'empty' | 'foreign' | 'mixed'>();
  const holds = (path: string, what: 'foreign' | 'mixed') => {
    for (const folder of foldersOf(path)) {
      const was = extra.get(folder);
      if (was !== undefined && was !== 'mixed') extra.set(folder, was === 'empty' || was === what ? what : 'mixed');
    }
  };
  const foreignFiles: ForeignEntry[] = [];
  const sideFiles: SideFile[] = [];
  for (const entry of found) {
    // What is inside a folder in the way of a generated file goes with it.
    if (foldersOf(entry.path).some((folder) => produced.has(folder))) continue;
    const file = produced.get(entry.path);
    const side = entry.kind === 'file' && !file ? parseSideName(entry.path) : undefined;
    if (side) sideFiles.push(side);
    else if (entry.kind === 'folder') {
      if (file) plan.blocked.push(entry);
      else if (!folders.has(entry.path)) {
        extra.set(entry.path, entry.holdsIgnored ? 'mixed' : 'empty');
        if (entry.holdsIgnored) holds(entry.path, 'mixed');
      }
    } else if (file) {
      let current: Buffer | undefined;
      // Its mark and its bytes in one read, unless the scan found it has none.
      if (entry.generated !== false) {
        const path = join(out, entry.path);
        // Checked before each read: a folder swapped for a link since the listing is never read through.
        guard(dirname(path));
        current = readGeneratedFile(path);
      }
      if (current === undefined) plan.blocked.push(entry);
      else if (current.equals(Buffer.from(file.text, 'utf8'))) plan.unchanged++;
      else plan.changed.push({ ...file, current: current.toString('utf8') });
    } else if (folders.has(entry.path)) plan.blocked.push(entry);
    else if (entry.generated) {
      plan.orphaned.push(entry.path);
      holds(entry.path, 'mixed');
    } else {
      foreignFiles.push(entry);
      holds(entry.path, 'foreign');
    }
  }
  // A folder that holds only foreign entries is named once, as a whole; the others are looked into.
  const inForeign = (path: string) => foldersOf(path).some((folder) => extra.get(folder) === 'foreign');
  const foreign = [
    ...[...extra].filter(([path, what]) => what === 'foreign' && !inForeign(path)).map(([path]) => ({ path, kind: 'folder' as const })),
    ...foreignFiles.filter((entry) => !inForeign(entry.path)),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const emptyFolders = [...extra].filter(([path, what]) => what === 'empty' && !inForeign(path)).map(([path]) => path);
  for (const file of files) {
    if (!entries.has(file.path) && !foldersOf(file.path).some((folder) => isBlocking(entries.get(folder)))) plan.missing.push(file);
  }
  return { ...plan, foreign, sideFiles, emptyFolders };
}

/** What an entry the generator did not write is, as messages say it: `a file without the generated mark`, `a symbolic link`. */
export function describeKind(entry: ForeignEntry): string {
  return entry.kind === 'file' ? 'a file without the generated mark' : `a ${entry.kind}`;
}

/** Whether an entry where a generated folder belongs is in the way (anything but a folder). */
function isBlocking(entry: FoundEntry | undefined): boolean {
  return entry !== undefined && entry.kind !== 'folder';
}

/** The folders a path lies in, outermost first: `a/b/c.ts` → `a`, `a/b`. */
export function foldersOf(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

/** Whether the output folder differs from what the seeds produce, or holds what they do not. */
export function hasDrift(plan: Plan): boolean {
  return plan.missing.length + plan.changed.length + plan.orphaned.length + plan.blocked.length + plan.foreign.length + plan.sideFiles.length + plan.emptyFolders.length > 0;
}
