import { toShownPath } from '../paths.js';
import type { LockRefusal } from './lock.js';
import type { SideFile } from './names.js';

// How the output stage's messages name what they found: the real files,
// never a temporary or backup file beside them, no absolute path.

/** Why the lock was not taken, as the message says it. */
export function describeRefusal(refusal: LockRefusal, shownLock: string, shownOut: string): string {
  switch (refusal.kind) {
    case 'busy': {
      const { owner, stale } = refusal;
      const who = `the md-codegen run with pid ${owner.pid} on ${owner.host} (started ${owner.started})`;
      return stale
        ? `Found \`${shownLock}\` of ${who}, which is no longer running, and could not take it over; expected to: delete it, then generate again`
        : `Found \`${shownOut}\` locked by ${who}, still running after the wait; expected one run at a time on a folder: wait for it to end and run again, or, if no such run exists, delete \`${shownLock}\``;
    }
    case 'foreign':
      return `Found \`${shownLock}\`, which is not a lock md-codegen writes; expected a lock record there, or nothing: delete it if no md-codegen run is going, then run again`;
    case 'missing':
      return `Could not take the lock \`${shownLock}\`: the output folder is gone; expected it to stay while the run goes on: run again`;
    case 'unwritable':
      return `Could not take the lock \`${shownLock}\` (${refusal.code}); expected a folder the run can write, on a file system with hard links: fix the cause, then generate again`;
  }
}

/** Side files by the run that made them, in the order found. */
export function byRun(sides: readonly SideFile[]): Map<number, SideFile[]> {
  const runs = new Map<number, SideFile[]>();
  for (const side of sides) runs.set(side.pid, [...(runs.get(side.pid) ?? []), side]);
  return runs;
}

/**
 * `a temporary file <whose>, beside `generated/x``, or `3 temporary and
 * backup files <whose>, beside `generated/x` and 2 more files`: the real
 * files, never the side files' names.
 */
export function describeSides(sides: readonly SideFile[], shownOut: string, whose: string): string {
  const kinds = [...new Set(sides.map((side) => (side.kind === 'tmp' ? 'temporary' : 'backup')))].join(' and ');
  const first = `\`${shownOut}/${sides[0]!.target}\``;
  const more = sides.length - 1;
  return `${sides.length === 1 ? `a ${kinds} file` : `${sides.length} ${kinds} files`} ${whose}, beside ${first}${more === 0 ? '' : ` and ${more} more file${more === 1 ? '' : 's'}`}`;
}

/** The folders of `folders` (sorted) that lie in none of the others. */
export function outermost(folders: readonly string[]): string[] {
  return folders.filter((path, index) => !folders.slice(0, index).some((other) => path.startsWith(`${other}/`)));
}

/**
 * An I/O error as messages show it, without absolute or temporary paths: ``
 * `generated/README.md` (EISDIR) ``. Anything but an I/O error is a bug, and
 * thrown again.
 */
export function describeIoError(error: unknown, cwd: string): string {
  const { code, dest, path } = error as NodeJS.ErrnoException & { dest?: string };
  if (typeof code !== 'string') throw error;
  const where = dest ?? path;
  return `${where ? `\`${toShownPath(cwd, where)}\`` : 'the output folder'} (${code})`;
}
