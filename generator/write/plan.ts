import { readFile } from 'node:fs/promises';
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
  /** Files without the generated mark where the generator would write: an error, never overwritten. */
  readonly blocked: readonly string[];
  /** How many files are already as generated. */
  readonly unchanged: number;
}

/** Compare the generated files with the output folder, byte for byte. */
export async function planOutput(out: string, files: readonly GeneratedFile[]): Promise<Plan> {
  const found = new Map<string, FoundFile>((await scanOutput(out)).map((file) => [file.path, file]));
  const plan = { missing: [] as GeneratedFile[], changed: [] as (GeneratedFile & { current: string })[], blocked: [] as string[], unchanged: 0 };
  for (const file of files) {
    const existing = found.get(file.path);
    found.delete(file.path);
    if (!existing) plan.missing.push(file);
    else if (!existing.generated) plan.blocked.push(file.path);
    else {
      const current = await readFile(join(out, file.path), 'utf8');
      if (current === file.text) plan.unchanged++;
      else plan.changed.push({ ...file, current });
    }
  }
  const rest = [...found.values()];
  return {
    ...plan,
    orphaned: rest.filter((file) => file.generated).map((file) => file.path),
    handWritten: rest.filter((file) => !file.generated).map((file) => file.path),
  };
}
