import { printable } from '../diagnostics.js';
import { boundedPatch, windowLines } from './patch.js';
import { hasDrift, type Plan } from './plan.js';

/** How many diff lines are shown per file. */
export const diffLineLimit = 40;

/**
 * The drift report of `check`: every differing, missing and orphaned file, a
 * unified diff of each (at most {@link diffLineLimit} lines), and the command
 * that fixes it. Empty when in sync.
 */
export function describeDrift(plan: Plan, out: string, fix: string): string {
  if (!hasDrift(plan)) return '';
  // Paths come from the file system (any name a folder may hold) and from --out: each is made printable, so that none starts a line of its own.
  const shown = (path: string) => printable(`${out}/${path}`);
  const lines: string[] = [`${printable(out)}/ is not what the seeds produce:`];
  for (const file of plan.changed) lines.push(`  differs:  ${shown(file.path)}`);
  for (const file of plan.missing) lines.push(`  missing:  ${shown(file.path)}`);
  for (const path of plan.orphaned) lines.push(`  orphaned: ${shown(path)} (no seed produces it)`);
  for (const path of plan.blocked) lines.push(`  not generated: ${shown(path)} (a hand-written file where a generated one belongs)`);
  for (const file of [...plan.changed, ...plan.missing.map((missing) => ({ ...missing, current: '' }))]) {
    const { patchLines, cut } = boundedPatch(shown(file.path), file.current, file.text);
    lines.push('', ...patchLines.slice(0, diffLineLimit));
    if (cut) lines.push(`... more diff lines (the diff above covers the first ${windowLines} differing lines)`);
    else if (patchLines.length > diffLineLimit) lines.push(`... ${patchLines.length - diffLineLimit} more diff lines`);
  }
  lines.push('', `Fix: run \`${fix}\` and commit the result.`);
  return lines.join('\n');
}
