import { lstatSync } from 'node:fs';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { GeneratedFile } from '../emit/print.js';
import { toShownPath } from '../paths.js';
import { checkHeld, FolderChanged, folderGuard, type HeldFolder } from './folder.js';
import { acquireLock, isLockFile, lockName } from './lock.js';
import { byRun, describeIoError, describeRefusal, describeSides, outermost } from './messages.js';
import { isRunning } from './names.js';
import { describeKind, hasDrift, type Plan, planOutput } from './plan.js';
import { ignoreMatcher, scanOutput } from './scan.js';
import { type Guard, nodeIo, sweepSideFiles, writePlan } from './write.js';

/** What to compare or write, and where. */
export interface OutputRequest {
  /** The output folder, absolute, as given. */
  readonly out: string;
  /** The output folder as it was resolved at the start of the run: where the run reads and writes. */
  readonly held: HeldFolder;
  /** The working directory, that messages show paths relative to. */
  readonly cwd: string;
  readonly files: readonly GeneratedFile[];
  /** Compare only (`check`), or write. */
  readonly check: boolean;
  /** Globs, relative to the output folder, of what is the user's there. */
  readonly ignore: readonly string[];
  /** How long to wait for another run's lock on the folder, in milliseconds. */
  readonly lockWait: number;
  /** The command the drift report tells people to run. */
  readonly command: string;
}

/** What {@link updateOutput} found and did. */
export interface OutputResult {
  readonly ok: boolean;
  /** The comparison with the output folder, when it could be read. */
  readonly plan: Plan | undefined;
  /** With `check`: the drift report, empty when in sync. */
  readonly drift: string;
  readonly written: readonly string[];
  readonly removed: readonly string[];
}

const failed: OutputResult = { ok: false, plan: undefined, drift: '', written: [], removed: [] };

/**
 * Compare the generated files with the output folder and, unless `check`,
 * make the folder what they are, holding the folder's lock all along (see
 * `lock.ts`): runs on one folder exclude each other, and `check` never reads
 * a folder half-written. Everything in the folder that the generator would
 * not produce, and that `ignore` does not declare the user's, is an error:
 * `check` fails and nothing is written. Findings are reported on `outFile`;
 * an I/O failure is reported too, never thrown.
 */
export async function updateOutput(request: OutputRequest, outFile: VFile): Promise<OutputResult> {
  const { out, held, cwd, check } = request;
  try {
    // The folder, resolved at the start of the run, must still be where the path leads: a link swapped in since is never followed.
    checkHeld(held, out);
    const existing = lstatSync(held.path, { throwIfNoEntry: false });
    if (existing && !existing.isDirectory()) {
      report(outFile, 'error', 'out-path', `Could not read the output folder: \`${outFile.path}\` (ENOTDIR); expected a folder there, or nothing: move what is in the way, then generate again`);
      return failed;
    }
    const lock = await acquireLock(held.path, { wait: request.lockWait, create: !check });
    if ('kind' in lock) {
      // Where no lock can be taken, `check` reads on: a folder that is missing, or that no run can write, is not being written.
      if (check && (lock.kind === 'missing' || lock.kind === 'unwritable')) return await compareOrWrite(request, outFile, lock.kind === 'unwritable', () => checkHeld(held, out));
      report(outFile, 'error', 'lock', describeRefusal(lock, `${outFile.path}/${lockName}`, toShownPath(cwd, out)));
      return failed;
    }
    try {
      checkHeld(held, out);
      for (const owner of lock.tookOver) {
        report(outFile, 'info', 'lock', `Took over the lock of the md-codegen run with pid ${owner.pid} (started ${owner.started}), which is no longer running`);
      }
      return await compareOrWrite(request, outFile, true, folderGuard(held));
    } finally {
      lock.release();
    }
  } catch (error) {
    if (!(error instanceof FolderChanged)) throw error;
    const leadsTo = error.leadsTo === undefined ? '' : ` (to \`${toShownPath(cwd, error.leadsTo)}\`)`;
    report(
      outFile,
      'error',
      'out-path',
      `Found the output folder \`${outFile.path}\` changed while md-codegen ran: ${error.what}${leadsTo}; expected it to stay the folder it was at the start: ${error.whileWriting ? 'the write stopped there, and what it had written is in the folder it wrote to' : 'nothing was written'}; check what changed it, then run again`,
    );
    return failed;
  }
}

/** The comparison, and unless `check` the write, on a folder that is locked (or cannot be written); `exists` is false for a folder known to be missing. */
async function compareOrWrite(request: OutputRequest, outFile: VFile, exists: boolean, guard: Guard): Promise<OutputResult> {
  const { cwd, files, check } = request;
  const out = request.held.path;
  const shownOut = outFile.path;
  const result = failed;
  let plan: Plan;
  try {
    const skip = (path: string) => !path.includes('/') && isLockFile(path);
    // The plan reads every file the generator would write whole, and its mark with it.
    const produced = new Set(files.map((file) => file.path));
    plan = planOutput(out, files, exists ? scanOutput(out, ignoreMatcher(request.ignore), skip, (path) => !produced.has(path)) : [], guard);
  } catch (error) {
    if (error instanceof FolderChanged) throw error;
    report(outFile, 'error', 'out-path', `Could not read the output folder: ${describeIoError(error, cwd)}; expected a folder there, or nothing: move what is in the way, then generate again`);
    return result;
  }
  for (const entry of plan.blocked) {
    report(outFile, 'error', 'hand-written', `Found \`${shownOut}/${entry.path}\` (${describeKind(entry)}) where a generated ${files.some((file) => file.path === entry.path) ? 'file' : 'folder'} belongs; expected the generator's: move it away, then generate again`);
  }
  for (const entry of plan.foreign) {
    report(
      outFile,
      'error',
      'hand-written',
      `Found \`${shownOut}/${entry.path}\` (${describeKind(entry)}), which the generator does not write; expected only generated files in \`${shownOut}\`: move it out of the folder, or declare it yours in outIgnore (--out-ignore <glob>)`,
    );
  }
  // A side file of a live run is never touched (under the lock, only a run that does not take it can be writing).
  const live = plan.sideFiles.filter((side) => side.pid !== process.pid && isRunning(side.pid));
  const left = plan.sideFiles.filter((side) => !live.includes(side));
  for (const [pid, sides] of byRun(live)) {
    report(
      outFile,
      'error',
      'write',
      `Found ${describeSides(sides, shownOut, `of the md-codegen run with pid ${pid}, which is still running`)}; expected no other run writing here: wait for it to end (or, if pid ${pid} is no md-codegen run, delete the hidden \`.md-codegen-${pid}-\` files), then generate again`,
    );
  }
  if (check) {
    for (const [pid, sides] of byRun(left)) report(outFile, 'error', 'write', `Found ${describeSides(sides, shownOut, `that an interrupted run (pid ${pid}) left`)}; expected none: generate removes them`);
    for (const path of outermost(plan.emptyFolders)) report(outFile, 'error', 'write', `Found the empty folder \`${shownOut}/${path}\`, which the generator does not make; expected only what it writes: generate removes it`);
    if (!hasDrift(plan)) return { ...result, ok: true, plan };
    // The diff library loads only when there is a drift to show.
    const { describeDrift } = await import('./drift.js');
    return { ...result, plan, drift: describeDrift(plan, shownOut, request.command) };
  }
  if (plan.blocked.length + plan.foreign.length + live.length > 0) return { ...result, plan };
  try {
    await sweepSideFiles(out, left, nodeIo, guard);
    for (const [pid, sides] of byRun(left)) report(outFile, 'info', 'write', `Removed ${describeSides(sides, shownOut, `that an interrupted run (pid ${pid}) left`)}`);
    const { written, removed, removedFolders } = await writePlan(out, plan, nodeIo, guard);
    for (const path of outermost(removedFolders)) report(outFile, 'info', 'write', `Removed the empty folder \`${shownOut}/${path}\`, which the generator does not make`);
    return { ...result, ok: true, plan, written, removed };
  } catch (error) {
    if (error instanceof FolderChanged) throw Object.assign(error, { whileWriting: true });
    report(outFile, 'error', 'write', `Could not write ${describeIoError(error, cwd)}; nothing was changed: fix the cause and generate again`);
    return { ...result, plan };
  }
}
