import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { isRunning } from './names.js';

// One run at a time on an output folder: `generate`, `check` and each run of
// `watch` hold `<out>/.md-codegen.lock` while they read or write the folder.
//
// Taking it: write a record (pid, host, start, a random id) to a file of our
// own, then hard-link it as the lock, which succeeds for exactly one run and
// makes the lock appear whole, never half-written. A lock whose owner is gone
// (same host, no such process) is taken over through a claim named after the
// stale record's id: the one run that creates the claim checks that the lock
// still holds that record, removes it and its claim, and then races for the
// lock as anyone does; so two takers never both win, and a fresh lock is
// never removed. A claim whose own owner died is taken over the same way.

/** The lock's name in the output folder; every name of the lock's files starts with it. */
export const lockName = '.md-codegen.lock';

/** How long a run waits for another run's lock, by default: longer than a run of hundreds of seeds takes. */
export const defaultLockWait = 30_000;

/** Whether an entry at the root of the output folder (its name) is one of the lock's files. */
export function isLockFile(name: string): boolean {
  return name === lockName || name.startsWith(`${lockName}.`);
}

/** What a lock file says about its owner. */
export interface LockRecord {
  readonly pid: number;
  readonly host: string;
  /** When the owner took it (ISO 8601, UTC). */
  readonly started: string;
  /** Random: tells two records of one process apart. */
  readonly id: string;
}

/** A lock this run holds. */
export interface HeldLock {
  readonly record: LockRecord;
  /** Stale locks (and claims) of runs that are gone, taken over on the way. */
  readonly tookOver: readonly LockRecord[];
  /** Remove the lock (and any folder made for it that is still empty). */
  readonly release: () => void;
}

/** Why the lock was not taken. */
export type LockRefusal =
  /** Another run holds it and did not let go within the wait; or its owner is gone (`stale`), but it could not be taken over. */
  | { readonly kind: 'busy'; readonly owner: LockRecord; readonly stale: boolean }
  /** Something else is at the lock's name. */
  | { readonly kind: 'foreign' }
  /** The folder does not exist (and was not to be made). */
  | { readonly kind: 'missing' }
  /** The folder cannot be written (`EROFS`, `EACCES`, ...), or it has no hard links. */
  | { readonly kind: 'unwritable'; readonly code: string };

/** How to take the lock. */
export interface LockOptions {
  /** How long to wait for another run, in milliseconds. */
  readonly wait: number;
  /** Make the folder (and its parents) when it is missing. */
  readonly create: boolean;
}

/** Take the lock of `folder`, waiting for another run at most `options.wait` ms. */
export async function acquireLock(folder: string, options: LockOptions): Promise<HeldLock | LockRefusal> {
  const made = options.create ? makeFolder(folder) : undefined;
  if (made instanceof Error) return { kind: 'unwritable', code: codeOf(made) };
  const created = made;
  const record: LockRecord = { pid: process.pid, host: hostname(), started: new Date().toISOString(), id: randomBytes(8).toString('hex') };
  const mine = join(folder, `${lockName}.${record.pid}-${record.id}`);
  try {
    fs.writeFileSync(mine, `${JSON.stringify(record)}\n`, { flag: 'wx' });
  } catch (error) {
    removeFolders(created);
    if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR') return { kind: 'missing' };
    return { kind: 'unwritable', code: codeOf(error) };
  }
  const lock = join(folder, lockName);
  const tookOver: LockRecord[] = [];
  const deadline = Date.now() + options.wait;
  const giveUp = (refusal: LockRefusal): LockRefusal => {
    unlinkQuietly(mine);
    removeFolders(created);
    return refusal;
  };
  for (;;) {
    try {
      fs.linkSync(mine, lock);
      break;
    } catch (error) {
      if (codeOf(error) !== 'EEXIST') return giveUp({ kind: 'unwritable', code: codeOf(error) });
    }
    const owner = readRecord(lock);
    if (owner === 'gone') continue;
    if (owner === undefined) return giveUp({ kind: 'foreign' });
    const stale = isStale(owner);
    if (stale && removeStale(folder, lock, owner, mine)) {
      tookOver.push(owner);
      continue;
    }
    if (Date.now() >= deadline) return giveUp({ kind: 'busy', owner, stale });
    await sleep(stale ? 5 : 20 + Math.random() * 30);
  }
  unlinkQuietly(mine);
  sweepStrays(folder, record);
  return {
    record,
    tookOver,
    release: () => {
      const current = readRecord(lock);
      if (typeof current === 'object' && current.id === record.id) unlinkQuietly(lock);
      removeFolders(created);
    },
  };
}

/**
 * Remove `path`, a lock or a claim holding the stale record `stale`, unless
 * another run does or did; `true` when this run removed it. The claim
 * `<lock>.<id>.claim`, made by linking our record, admits one run at a time.
 */
function removeStale(folder: string, path: string, stale: LockRecord, mine: string, depth = 0): boolean {
  const claim = join(folder, `${lockName}.${stale.id}.claim`);
  try {
    fs.linkSync(mine, claim);
  } catch (error) {
    if (codeOf(error) !== 'EEXIST' || depth > 2) return false;
    // Another run claims it; if that run is gone too, its claim is stale in turn.
    const claimant = readRecord(claim);
    if (typeof claimant === 'object' && isStale(claimant)) removeStale(folder, claim, claimant, mine, depth + 1);
    return false;
  }
  try {
    // Only a claimant removes a stale record, and this run is the claimant: what is read is still there to remove.
    const current = readRecord(path);
    if (typeof current !== 'object' || current.id !== stale.id) return false;
    unlinkQuietly(path);
    return true;
  } finally {
    unlinkQuietly(claim);
  }
}

/** Remove the record and claim files of runs that are gone (taken, not linked yet, or left by a crash). */
function sweepStrays(folder: string, held: LockRecord): void {
  for (const name of fs.readdirSync(folder)) {
    if (!isLockFile(name) || name === lockName) continue;
    const record = readRecord(join(folder, name));
    const pid = /^\.md-codegen\.lock\.([0-9]+)-[0-9a-f]+$/.exec(name)?.[1];
    // A record file still being written reads as nothing: it is left alone while its run lives.
    const stale = typeof record === 'object' ? record.id !== held.id && isStale(record) : pid !== undefined && Number(pid) !== process.pid && !isRunning(Number(pid));
    if (stale) unlinkQuietly(join(folder, name));
  }
}

/** Whether the owner of `record` is known to be gone: it ran on this host, and its process is not running. */
function isStale(record: LockRecord): boolean {
  return record.host === hostname() && record.pid !== process.pid && !isRunning(record.pid);
}

/** The record at `path`; `gone` when there is nothing there (any more), `undefined` when it is not a record. */
function readRecord(path: string): LockRecord | 'gone' | undefined {
  let text: string;
  try {
    const stat = fs.lstatSync(path);
    if (!stat.isFile() || stat.size > 4096) return undefined;
    text = fs.readFileSync(path, 'utf8');
  } catch (error) {
    return codeOf(error) === 'ENOENT' ? 'gone' : undefined;
  }
  try {
    const record = JSON.parse(text) as Partial<LockRecord>;
    const valid = Number.isSafeInteger(record.pid) && typeof record.host === 'string' && typeof record.started === 'string' && typeof record.id === 'string';
    return valid ? (record as LockRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** Folders made for the lock: `folder` and its parents up to the outermost one made. */
interface MadeFolders {
  readonly folder: string;
  readonly outermost: string;
}

/** Make `folder` and its missing parents; returns what was made (`undefined` when nothing was), or the error. */
function makeFolder(folder: string): MadeFolders | undefined | Error {
  try {
    const outermost = fs.mkdirSync(folder, { recursive: true });
    return outermost === undefined ? undefined : { folder, outermost };
  } catch (error) {
    return error as Error;
  }
}

/** Remove the folders made for the lock, innermost first, as far as they are empty (a run that wrote leaves them). */
function removeFolders(made: MadeFolders | undefined): void {
  if (made === undefined) return;
  for (let path = made.folder; ; path = dirname(path)) {
    try {
      fs.rmdirSync(path);
    } catch {
      return;
    }
    if (path === made.outermost) return;
  }
}

function unlinkQuietly(path: string): void {
  try {
    fs.unlinkSync(path);
  } catch {
    // Already gone.
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
