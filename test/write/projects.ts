// Helpers for the tests of concurrent and interrupted runs: projects of many
// small seeds in two states, and the exact contents of an output folder.
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { generate } from '../../generator/generate.js';
import { tempDir, tempProject, writeFiles } from '../helpers.js';

/**
 * Temporary projects and folders for the tests of one file, each removed
 * after its test (call at the top of the file): `project` has the given seeds
 * (default: the project's seed) and optionally a copy of `generated/`;
 * `folder` is empty. `onCleanup` adds a step of its own.
 */
export function temporaries() {
  let cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.reverse()) cleanup();
    cleanups = [];
  });
  const keep = (temp: { dir: string; cleanup: () => void }) => {
    cleanups.push(temp.cleanup);
    return temp.dir;
  };
  return {
    project: (seeds?: Record<string, string>, withGenerated = false) => keep(tempProject(seeds, withGenerated)),
    folder: () => keep(tempDir()),
    onCleanup: (cleanup: () => void) => cleanups.push(cleanup),
  };
}

/**
 * `count` small seeds; `state` 1 differs from state 0 as a typical edit does:
 * the first tenth of the seeds are gone, as many new ones come after the
 * last, and every other seed has a changed row.
 */
export function manySeeds(count: number, state: 0 | 1): Record<string, string> {
  const seeds: Record<string, string> = {};
  const first = state === 0 ? 0 : Math.ceil(count / 10);
  for (let index = first; index < first + count; index++) {
    const changed = state === 1 && index % 2 === 0 ? ' (changed)' : '';
    const code = 100_000 + index * 10;
    seeds[`seed-${String(index).padStart(3, '0')}.md`] =
      `# Seed ${index}\n\nCode | Description\n---|---\n${code + 1} Order Locked|订单已锁定${changed}\n${code + 2} Order Gone|订单不存在\n${code + 3} Paid|已支付\n`;
  }
  return seeds;
}

/** Replace the seeds of the project at `dir` with `seeds`. */
export function setSeeds(dir: string, seeds: Record<string, string>): void {
  rmSync(join(dir, 'seeds'), { recursive: true, force: true });
  writeFiles(join(dir, 'seeds'), seeds);
}

/** Every entry under `dir`, with a file's text and any other entry's kind; `{}` when `dir` does not exist. */
export function contents(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const paths = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  return Object.fromEntries(
    paths.map((path) => {
      const stat = lstatSync(join(dir, path));
      return [path.split('\\').join('/'), stat.isFile() ? readFileSync(join(dir, path), 'utf8') : stat.isDirectory() ? '<folder>' : '<other>'];
    }),
  );
}

/** What a clean `generate` of `seeds` writes, as {@link contents} shows it. */
export async function cleanOutput(seeds: Record<string, string>): Promise<Record<string, string>> {
  const project = tempProject(seeds);
  try {
    // As the CLI writes it: its banners name the command that was run.
    const result = await generate({ cwd: project.dir, emit: { command: 'npx md-codegen generate' } });
    expect(result.ok).toBe(true);
    return contents(join(project.dir, 'generated'));
  } finally {
    project.cleanup();
  }
}
