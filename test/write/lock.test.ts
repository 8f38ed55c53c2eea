// Runs on one output folder exclude each other: a lock with the owner's pid,
// host and start; a stale lock is taken over by exactly one run; a live one
// makes the next run wait, then fail naming the pid. `check` and `watch` hold
// it too.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';
import { watch } from '../../generator/watch.js';
import { bin, root } from '../helpers.js';
import { cleanOutput, contents, manySeeds, setSeeds, temporaries } from './projects.js';

/** What the CLI's runs name in their banners (the command that was run), for runs through the API beside them. */
const cli = { command: 'npx md-codegen generate' };

const { project, folder, onCleanup } = temporaries();

/** A process's exit status and what it printed on stderr. */
interface Exit {
  readonly status: number | null;
  readonly stderr: string;
}

/** Start `node args` in `cwd`; resolves when it exits. */
function start(args: readonly string[], cwd: string): { child: ChildProcess; exit: Promise<Exit> } {
  const child = spawn(process.execPath, [...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = new Promise<Exit>((done) => child.on('close', (status) => done({ status, stderr })));
  return { child, exit };
}

/** A process holding the lock of `folder` until it is killed; resolves once it holds it. */
async function holder(folder: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(root, 'test/write/hold-lock.mjs'), folder], { stdio: ['ignore', 'pipe', 'inherit'] });
  onCleanup(() => child.kill('SIGKILL'));
  await new Promise<void>((done, fail) => {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => chunk.includes('held') && done());
    child.on('exit', () => fail(new Error('the lock holder exited')));
  });
  return child;
}

/** Kill `child` and wait until it is gone. */
async function kill(child: ChildProcess): Promise<void> {
  const gone = new Promise((done) => child.on('exit', done));
  child.kill('SIGKILL');
  await gone;
}

/** A lock record of a run that is gone (a pid above Linux's largest), as a crash leaves it. */
const staleRecord = { pid: 99_999_999, host: hostname(), started: '2024-01-02T03:04:05.000Z', id: '0123456789abcdef' };

describe('two generate runs on one folder at once', () => {
  it('never lose a file: after each of 20 rounds the folder is a clean generate, with nothing else in it', async () => {
    const count = 100;
    const states = [manySeeds(count, 0), manySeeds(count, 1)] as const;
    const clean = [await cleanOutput(states[0]), await cleanOutput(states[1])] as const;
    const dir = project(states[0]);
    const out = join(dir, 'generated');
    for (let round = 0; round < 20; round++) {
      const state = ((round + 1) % 2) as 0 | 1;
      setSeeds(dir, states[state]);
      // Every fourth round, a check runs beside them: it reads the folder before or after a write, never during one.
      const runs = [start([bin, 'generate'], dir), start([bin, 'generate'], dir), ...(round % 4 === 3 ? [start([bin, 'check'], dir)] : [])];
      const [first, second, check] = await Promise.all(runs.map((run) => run.exit));
      const context = `round ${round}: ${first!.stderr}\n${second!.stderr}`;
      expect([first!.status, second!.status], context).toEqual([0, 0]);
      // One run wrote; the other waited for it, then found the folder up to date.
      const summaries = [first!.stderr, second!.stderr].map((stderr) => /generated: \d+ files, (up to date|wrote \d+, removed \d+)/.exec(stderr)?.[1]);
      expect(summaries.filter((summary) => summary === 'up to date'), context).toHaveLength(1);
      expect(summaries.filter((summary) => summary?.startsWith('wrote')), context).toHaveLength(1);
      expect(contents(out), context).toEqual(clean[state]);
      if (check) {
        expect(check.stderr).not.toMatch(/left beside|temporary|backup/);
        expect([0, 1]).toContain(check.status);
        if (check.status === 1) expect(check.stderr).toContain('is not what the seeds produce');
      }
    }
  }, 600_000);

  it('in one process, take turns', async () => {
    const dir = project(manySeeds(5, 0));
    const [first, second] = await Promise.all([generate({ cwd: dir, emit: cli }), generate({ cwd: dir, emit: cli })]);
    expect([first.ok, second.ok]).toEqual([true, true]);
    expect([first.written.length, second.written.length].sort((a, b) => a - b)).toEqual([0, first.files.length]);
    expect(existsSync(join(dir, 'generated/.md-codegen.lock'))).toBe(false);
  });
});

describe('a lock left by a crash', () => {
  it('is taken over, and said so; nothing of it is left', async () => {
    const dir = project();
    mkdirSync(join(dir, 'generated'));
    writeFileSync(join(dir, 'generated/.md-codegen.lock'), `${JSON.stringify(staleRecord)}\n`);
    // A record file of the crashed run, not linked yet.
    writeFileSync(join(dir, 'generated/.md-codegen.lock.99999999-fedcba9876543210'), '');
    const result = await generate({ cwd: dir, emit: cli });
    expect(result.ok).toBe(true);
    expect(result.reports.at(-1)!.messages.map((message) => message.reason)).toContain(
      'Took over the lock of the md-codegen run with pid 99999999 (started 2024-01-02T03:04:05.000Z), which is no longer running',
    );
    expect(readdirSync(join(dir, 'generated')).filter((name) => name.startsWith('.md-codegen'))).toEqual([]);
    expect((await generate({ cwd: dir, emit: cli, check: true })).ok).toBe(true);
  });

  it('is taken over by exactly one of many runs at once: they hold it one after another', async () => {
    const dir = folder();
    writeFileSync(join(dir, '.md-codegen.lock'), `${JSON.stringify(staleRecord)}\n`);
    const log = join(folder(), 'log');
    const runs = Array.from({ length: 6 }, () => start([join(root, 'test/write/hold-lock.mjs'), dir, '--log', log], dir));
    const exits = await Promise.all(runs.map((run) => run.exit));
    expect(exits.map((exit) => exit.status)).toEqual([0, 0, 0, 0, 0, 0]);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(12);
    for (let at = 0; at < lines.length; at += 2) {
      expect(lines[at]).toMatch(/^enter \d+$/);
      expect(lines[at + 1]).toBe(lines[at]!.replace('enter', 'leave'));
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a lock of a live run', () => {
  it('makes generate wait, then fail naming the pid; once the run is gone, generate takes it over', async () => {
    const dir = project();
    const out = join(dir, 'generated');
    const child = await holder(out);
    const started = Date.now();
    const result = await generate({ cwd: dir, emit: cli, lockWait: 300 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(result.ok).toBe(false);
    const message = result.reports.at(-1)!.messages.map(String).join('\n');
    expect(message).toContain(`Found \`generated\` locked by the md-codegen run with pid ${child.pid} on ${hostname()} (started `);
    expect(message).toContain('still running after the wait');
    expect(readdirSync(out).filter((name) => !name.startsWith('.md-codegen.lock'))).toEqual([]);
    const check = await generate({ cwd: dir, emit: cli, check: true, lockWait: 0 });
    expect(check.ok).toBe(false);
    expect(check.reports.at(-1)!.messages.map((each) => each.ruleId)).toEqual(['lock']);
    await kill(child);
    const after = await generate({ cwd: dir, emit: cli });
    expect(after.ok).toBe(true);
    expect(after.reports.at(-1)!.messages.map((message) => message.reason)).toContainEqual(expect.stringContaining(`Took over the lock of the md-codegen run with pid ${child.pid}`));
  });

  it('is held by watch as by generate: a run of watch waits for it too', async () => {
    const dir = project();
    const child = await holder(join(dir, 'generated'));
    const controller = new AbortController();
    const results: string[][] = [];
    const done = watch({ cwd: dir, lockWait: 100 }, (result) => {
      results.push(result.reports.at(-1)!.messages.map((message) => message.ruleId ?? ''));
      controller.abort();
    }, controller.signal);
    expect(await done).toBe(0);
    expect(results).toEqual([['lock']]);
    await kill(child);
  });
});
