// Watch-mode latency: from a seed's save to its generated file on disk.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, sleep } from './stats.mjs';

const pollMs = 1;
const warmUp = 3;

/** Poll until `check()` is true; the time it became true (ms), or an error after `timeout` ms. */
async function pollUntil(check, timeout, what) {
  const start = performance.now();
  for (;;) {
    if (check()) return performance.now();
    if (performance.now() - start > timeout) throw new Error(`bench: timed out waiting for ${what}`);
    await sleep(pollMs);
  }
}

/** A check that `path` holds `text`, reading it only when its modification time or size changed (polling stays light). */
const contains = (path, text) => {
  let seen = '';
  return () => {
    const stats = statSync(path, { throwIfNoEntry: false });
    const stamp = stats ? `${stats.mtimeMs} ${stats.size} ${stats.ino}` : '';
    if (stamp === seen) return false;
    seen = stamp;
    try {
      return readFileSync(path, 'utf8').includes(text);
    } catch {
      return false;
    }
  };
};

/**
 * Start `generate --watch` on a copy of the seed, wait for the first output,
 * make three edits unmeasured (warm-up), then `edits` times: change one
 * description, save (in place, or every other
 * time as editors do: write a temporary file and rename it over the seed) and
 * poll the compiled map (dist/esm) for the change. Ends the watcher with SIGINT.
 */
export async function measureWatch({ bin, dir, seed, edits }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  const seedPath = join(dir, 'seeds/http-status.md');
  copyFileSync(seed, seedPath);
  const original = readFileSync(seedPath, 'utf8');
  // What a consumer imports: the compiled ES module, written with the rest of the package on every change.
  const output = join(dir, 'generated/dist/esm/http-status/map.js');
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), bin, 'generate', '--watch'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((done) => child.on('exit', (code, signal) => done(code ?? signal)));
  const latencies = [];
  try {
    await pollUntil(() => existsSync(output), 60_000, 'the first output');
    await sleep(500);
    // The first runs after start compile the pipeline's code; the watcher is for the long haul.
    for (let edit = -warmUp; edit < edits; edit++) {
      const marker = `bench-edit-${edit}`;
      const text = original.replace('200 OK|正常响应', `200 OK|正常响应 ${marker}`);
      const start = performance.now();
      if (edit % 2 === 0) writeFileSync(seedPath, text);
      else {
        const temp = join(dir, 'seeds/.http-status.md.swp');
        writeFileSync(temp, text);
        renameSync(temp, seedPath);
      }
      const end = await pollUntil(contains(output, marker), 30_000, `edit ${edit}`);
      if (edit >= 0) latencies.push(end - start);
      process.stderr.write('.');
      await sleep(200);
    }
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${error.message}; the watcher's last output:\n${stderr.slice(-1500)}`);
  }
  child.kill('SIGINT');
  const exitCode = await exited;
  return { edits, pollMs, median: median(latencies), min: Math.min(...latencies), max: Math.max(...latencies), exitCode };
}
