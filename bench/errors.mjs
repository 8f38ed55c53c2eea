// "Errors are fast": a seed with a fatal error exits 1 without loading ts-morph.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './stats.mjs';

/**
 * Run `generate` on the project's seed with one broken row (an extra cell, a row
 * error), `runs` times, with bench/load-hook.mjs preloaded; and the floor
 * without ts-morph on the same seed. `measure(args, cwd, status)` runs one process.
 */
export function measureErrorRun({ root, bin, dir, floorScript, measure, runs = 5 }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  const seed = join(dir, 'seeds/http-status.md');
  copyFileSync(join(root, 'seeds/http-status.md'), seed);
  writeFileSync(seed, readFileSync(seed, 'utf8').replace('200 OK|正常响应', '200 OK|正常响应|extra'));
  const hook = join(root, 'bench/load-hook.mjs');
  const runsOf = (args, status) => Array.from({ length: runs }, () => measure(args, dir, status));
  const errorRuns = runsOf(['--import', hook, bin, 'generate'], 1);
  const floorRuns = runsOf([floorScript, 'seeds', '--parser-only'], 0);
  const loaded = errorRuns.map((run) => /md-codegen-bench loaded: (.*)/.exec(run.stderr)?.[1] ?? 'unknown');
  return { ms: median(errorRuns.map((run) => run.ms)), floorMs: median(floorRuns.map((run) => run.ms)), loaded: [...new Set(loaded)].join('; ') };
}
