import { lstatSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { realPath } from '../paths.js';

/**
 * The output folder as it was when the run started: resolved once (symbolic
 * links followed there, and only there), so that a link swapped in later for
 * the folder or for a folder above it is never followed.
 */
export interface HeldFolder {
  /** The folder's real path, where the run reads and writes. */
  readonly path: string;
  /** Its device and inode, when it existed at the start. */
  readonly id: string | undefined;
}

/** Resolve the output folder `out` once, at the start of a run. */
export function holdFolder(out: string): HeldFolder {
  const path = realPath(out);
  const stats = lstatSync(path, { throwIfNoEntry: false });
  return { path, id: stats?.isDirectory() ? idOf(stats) : undefined };
}

/** The output folder changed under the run: nothing more may be written there. */
export class FolderChanged extends Error {
  /** Set once the write had begun: what it wrote before stays in the folder it wrote to. */
  whileWriting = false;

  /**
   * @param what - what changed, for messages (no absolute path).
   * @param leadsTo - where the folder's path leads now, when that changed.
   */
  constructor(
    readonly what: string,
    readonly leadsTo?: string,
  ) {
    super(`the output folder changed while md-codegen ran: ${what}`);
  }
}

/**
 * Throw {@link FolderChanged} unless `out` still leads to the held folder, and
 * the folder (when it existed at the start) is the same one: same real path,
 * device and inode.
 */
export function checkHeld(held: HeldFolder, out: string): void {
  const now = realPath(out);
  if (now !== held.path) throw new FolderChanged('a symbolic link on its path leads elsewhere now', now);
  const stats = lstatSync(held.path, { throwIfNoEntry: false });
  if (held.id !== undefined && (!stats?.isDirectory() || idOf(stats) !== held.id)) throw new FolderChanged(stats ? 'another folder or file is there now' : 'it is gone');
}

/**
 * A check to make before every change in the folder, once its lock is held:
 * the folder is still at its real path, the same folder as when the lock was
 * taken, and every folder from it down to the one about to change is a
 * folder, not a symbolic link swapped in. Throws {@link FolderChanged}.
 * (A swap between this check and the change itself is not caught: Node.js
 * has no `openat`; what is caught is a swap at any time before.)
 */
export function folderGuard(held: HeldFolder): (folder: string) => void {
  const root = lstatSync(held.path);
  const id = idOf(root);
  return (folder) => {
    const stats = lstatSync(held.path, { throwIfNoEntry: false });
    if (!stats?.isDirectory() || idOf(stats) !== id) throw new FolderChanged(stats ? 'another folder or file is there now' : 'it is gone');
    const now = realPath(held.path);
    if (now !== held.path) throw new FolderChanged('a symbolic link on its path leads elsewhere now', now);
    const relative = folder.startsWith(held.path) ? folder.slice(held.path.length + 1) : '';
    let at = held.path;
    for (const part of relative === '' ? [] : relative.split(/[/\\]/)) {
      at = join(at, part);
      const inner = lstatSync(at, { throwIfNoEntry: false });
      // A folder not made yet is fine: the change makes it.
      if (inner && !inner.isDirectory()) throw new FolderChanged(`\`${at.slice(held.path.length + 1).split(/[/\\]/).join('/')}\` in it is no longer a folder`);
    }
  };
}

function idOf(stats: Stats): string {
  return `${stats.dev}:${stats.ino}`;
}
