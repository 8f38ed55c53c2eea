import { mkdir, rename, rm, rmdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from '../emit/print.js';
import type { Plan } from './plan.js';

/** What a write did. */
export interface WriteResult {
  readonly written: readonly string[];
  readonly removed: readonly string[];
}

/**
 * Apply a plan: every new or changed file is first written to a temporary file
 * beside its target; only when all of them are written are they renamed into
 * place, so a failure leaves the previous output as it was. Unchanged files
 * are not touched (their mtime is kept); orphaned generated files are removed.
 */
export async function writePlan(out: string, plan: Plan): Promise<WriteResult> {
  const files: readonly GeneratedFile[] = [...plan.missing, ...plan.changed];
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const file of files) {
      const target = join(out, file.path);
      const temp = join(dirname(target), `.${file.path.split('/').pop()}.${process.pid}.tmp`);
      await mkdir(dirname(target), { recursive: true });
      staged.push({ temp, target });
      await writeFile(temp, file.text, { flag: 'wx' });
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  for (const { temp, target } of staged) await rename(temp, target);
  for (const path of plan.orphaned) await unlink(join(out, path));
  await removeEmptyFolders(out, plan.orphaned);
  return { written: files.map((file) => file.path).sort(), removed: [...plan.orphaned] };
}

async function removeEmptyFolders(out: string, removed: readonly string[]): Promise<void> {
  const folders = new Set(removed.flatMap((path) => path.split('/').slice(0, -1).map((_, index, parts) => parts.slice(0, index + 1).join('/'))));
  for (const folder of [...folders].sort().reverse()) {
    await rmdir(join(out, folder)).catch(() => undefined);
  }
}
