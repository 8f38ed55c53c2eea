import { printable } from '../diagnostics.js';
import { boundedPatch, windowLines } from './patch.js';
import { describeKind, hasDrift, type Plan } from './plan.js';

/** How many diff lines are shown per file. */
export const diffLineLimit = 40;

/**
 * The drift report of `check`: every differing, missing and orphaned file and
 * everything else the generator does not write, a unified diff of each file
 * (at most {@link diffLineLimit} lines), and the command that fixes it. Empty
 * when in sync. With `staged`, the comparison was with the index
 * (`check --staged`): the report says so, and the fix ends with `git add`.
 */
export function describeDrift(plan: Plan, out: string, fix: string, staged = false): string {
  if (!hasDrift(plan)) return '';
  // Paths come from the file system (any name a folder may hold) and from --out: each is made printable, so that none starts a line of its own.
  const shown = (path: string) => printable(`${out}/${path}`);
  const lines: string[] = [staged ? `${printable(out)}/ as staged is not what the staged seeds produce:` : `${printable(out)}/ is not what the seeds produce:`];
  for (const file of plan.changed) lines.push(`  differs:  ${shown(file.path)}`);
  for (const file of plan.missing) lines.push(`  missing:  ${shown(file.path)}`);
  for (const path of plan.orphaned) lines.push(`  orphaned: ${shown(path)} (no seed produces it)`);
  for (const entry of plan.blocked) lines.push(`  in the way: ${shown(entry.path)} (${describeKind(entry)}, where a generated one belongs: move it away)`);
  for (const entry of plan.foreign) lines.push(`  not generated: ${shown(entry.path)} (${describeKind(entry)}: move it out, or list it in outIgnore)`);
  for (const side of plan.sideFiles) lines.push(`  left over: a ${side.kind === 'tmp' ? 'temporary' : 'backup'} file beside ${shown(side.target)} (from the run with pid ${side.pid})`);
  for (const path of plan.emptyFolders) lines.push(`  empty folder: ${shown(path)} (the generator does not make it)`);
  for (const file of [...plan.changed, ...plan.missing.map((missing) => ({ ...missing, current: '' }))]) {
    const { patchLines, cut } = boundedPatch(shown(file.path), file.current, file.text);
    lines.push('', ...patchLines.slice(0, diffLineLimit));
    if (cut) lines.push(`... more diff lines (the diff above covers the first ${windowLines} differing lines)`);
    else if (patchLines.length > diffLineLimit) lines.push(`... ${patchLines.length - diffLineLimit} more diff lines`);
  }
  lines.push('', staged ? `Fix: run \`${fix}\`, then \`git add ${printable(out)}\`.` : `Fix: run \`${fix}\` and commit the result.`);
  return lines.join('\n');
}
