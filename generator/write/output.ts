import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { GeneratedFile } from '../emit/print.js';
import { toShownPath } from '../paths.js';
import { describeKind, hasDrift, type Plan, planOutput } from './plan.js';
import { ignoreMatcher, scanOutput } from './scan.js';
import { isRunning } from './names.js';
import { sweepSideFiles, writePlan } from './write.js';

/** What to compare or write, and where. */
export interface OutputRequest {
  /** The output folder, absolute. */
  readonly out: string;
  /** The working directory, that messages show paths relative to. */
  readonly cwd: string;
  readonly files: readonly GeneratedFile[];
  /** Compare only (`check`), or write. */
  readonly check: boolean;
  /** Globs, relative to the output folder, of what is the user's there. */
  readonly ignore: readonly string[];
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

/**
 * Compare the generated files with the output folder and, unless `check`,
 * make the folder what they are. Everything in the folder that the generator
 * would not produce, and that `ignore` does not declare the user's, is an
 * error: `check` fails and nothing is written. Findings are reported on
 * `outFile`; an I/O failure is reported too, never thrown.
 */
export async function updateOutput(request: OutputRequest, outFile: VFile): Promise<OutputResult> {
  const { out, cwd, files, check } = request;
  const shownOut = outFile.path;
  const result = { ok: false, plan: undefined, drift: '', written: [], removed: [] };
  let plan: Plan;
  try {
    plan = planOutput(out, files, scanOutput(out, ignoreMatcher(request.ignore)));
  } catch (error) {
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
  for (const side of live) {
    report(
      outFile,
      'error',
      'write',
      `Found a ${sideKind(side.kind)} file of the md-codegen run with pid ${side.pid}, which is still running, beside \`${shownOut}/${side.target}\`; expected no other run writing here: wait for it to end (or, if pid ${side.pid} is no md-codegen run, delete the hidden \`.md-codegen-${side.pid}-\` files beside it), then generate again`,
    );
  }
  if (check) {
    for (const side of plan.sideFiles.filter((each) => !live.includes(each))) {
      report(outFile, 'error', 'write', `Found a ${sideKind(side.kind)} file that an interrupted run (pid ${side.pid}) left beside \`${shownOut}/${side.target}\`; expected none: generate removes it`);
    }
    for (const path of outermost(plan.emptyFolders)) report(outFile, 'error', 'write', `Found the empty folder \`${shownOut}/${path}\`, which the generator does not make; expected only what it writes: generate removes it`);
    if (!hasDrift(plan)) return { ...result, ok: true, plan };
    // The diff library loads only when there is a drift to show.
    const { describeDrift } = await import('./drift.js');
    return { ...result, plan, drift: describeDrift(plan, shownOut, 'npm run generate') };
  }
  if (plan.blocked.length + plan.foreign.length + live.length > 0) return { ...result, plan };
  try {
    await sweepSideFiles(out, plan.sideFiles);
    for (const side of plan.sideFiles) report(outFile, 'info', 'write', `Removed a ${sideKind(side.kind)} file that an interrupted run (pid ${side.pid}) left beside \`${shownOut}/${side.target}\``);
    const { written, removed, removedFolders } = await writePlan(out, plan);
    for (const path of outermost(removedFolders)) report(outFile, 'info', 'write', `Removed the empty folder \`${shownOut}/${path}\`, which the generator does not make`);
    return { ...result, ok: true, plan, written, removed };
  } catch (error) {
    report(outFile, 'error', 'write', `Could not write ${describeIoError(error, cwd)}; nothing was changed: fix the cause and generate again`);
    return { ...result, plan };
  }
}

function sideKind(kind: 'tmp' | 'bak'): string {
  return kind === 'tmp' ? 'temporary' : 'backup';
}

/** The folders of `folders` (sorted) that lie in none of the others. */
function outermost(folders: readonly string[]): string[] {
  return folders.filter((path, index) => !folders.slice(0, index).some((other) => path.startsWith(`${other}/`)));
}

/**
 * An I/O error as messages show it, without absolute or temporary paths: ``
 * `generated/README.md` (EISDIR) ``. Anything but an I/O error is a bug, and
 * thrown again.
 */
function describeIoError(error: unknown, cwd: string): string {
  const { code, dest, path } = error as NodeJS.ErrnoException & { dest?: string };
  if (typeof code !== 'string') throw error;
  const where = dest ?? path;
  return `${where ? `\`${toShownPath(cwd, where)}\`` : 'the output folder'} (${code})`;
}
