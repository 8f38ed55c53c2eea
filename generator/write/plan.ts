import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedFile } from '../emit/print.js';
import { type FoundFile, scanOutput } from './scan.js';

/** What writing `files` into the output folder would change. */
export interface Plan {
  /** Files to create. */
  readonly missing: readonly GeneratedFile[];
  /** Generated files whose bytes differ, with what is on disk now. */
  readonly changed: readonly (GeneratedFile & { readonly current: string })[];
  /** Generated files no seed produces any more: removed by `generate`. */
  readonly orphaned: readonly string[];
  /** Files without the generated mark that the generator does not produce: never touched. */
  readonly handWritten: readonly string[];
  /**
   * Entries without the generated mark where the generator would write a file
   * or make a folder (hand-written files, symbolic links): an error, never
   * overwritten, removed or followed.
   */
  readonly blocked: readonly string[];
  /** How many files are already as generated. */
  readonly unchanged: number;
}

/** Compare the generated files with the output folder, byte for byte. */
export async function planOutput(out: string, files: readonly GeneratedFile[]): Promise<Plan> {
  const found = new Map<string, FoundFile>((await scanOutput(out)).map((file) => [file.path, file]));
  const plan = { missing: [] as GeneratedFile[], changed: [] as (GeneratedFile & { current: string })[], blocked: new Set<string>(), unchanged: 0 };
  const produced = new Set(files.map((file) => file.path));
  for (const file of files) {
    const obstacle = folders(file.path).find((folder) => found.has(folder) && !found.get(folder)!.generated);
    const existing = found.get(file.path);
    if (obstacle !== undefined) plan.blocked.add(obstacle);
    else if (!existing) plan.missing.push(file);
    else if (!existing.generated) plan.blocked.add(file.path);
    else {
      const current = readFileSync(join(out, file.path));
      if (current.equals(Buffer.from(file.text, 'utf8'))) plan.unchanged++;
      else plan.changed.push({ ...file, current: current.toString('utf8') });
    }
  }
  const rest = [...found.values()].filter((file) => !produced.has(file.path) && !plan.blocked.has(file.path));
  return {
    ...plan,
    blocked: [...plan.blocked].sort(),
    orphaned: rest.filter((file) => file.generated).map((file) => file.path),
    handWritten: rest.filter((file) => !file.generated).map((file) => file.path),
  };
}

/** The folders a path lies in, outermost first: `a/b/c.ts` → `a`, `a/b`. */
function folders(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

/** Whether the output folder differs from what the seeds produce. */
export function hasDrift(plan: Plan): boolean {
  return plan.missing.length + plan.changed.length + plan.orphaned.length + plan.blocked.length > 0;
}
