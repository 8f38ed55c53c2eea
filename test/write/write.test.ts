// Writing is all or nothing: a failure at any step leaves the previous output
// exactly as it was (bytes and modification times), and is reported.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';
import { nodeIo, type WriteIo, writePlan } from '../../generator/write/write.js';
import { runCli, seedBytes, tempProject, writeFiles } from '../helpers.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

/** A project with `generated/` written from the given seeds. */
async function generatedProject(seeds: Record<string, string | Uint8Array>): Promise<string> {
  const { dir, cleanup } = tempProject(seeds);
  cleanups.push(cleanup);
  const result = await generate({ cwd: dir });
  expect(result.ok).toBe(true);
  return dir;
}

/** Every entry under `dir` with its bytes and modification time (links as their target): equal before and after means untouched. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const entries = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  return Object.fromEntries(
    entries.map((path) => {
      const stat = lstatSync(join(dir, path));
      if (stat.isSymbolicLink()) return [path, 'link'];
      return [path, stat.isFile() ? `${readFileSync(join(dir, path), 'utf8')} @${stat.mtimeMs}` : 'folder'];
    }),
  );
}

const otherSeed = '# Other\n\nCode | Description\n---|---\n100001 Order Locked|订单已锁定\n';
const newSeed = '# New\n\nCode | Description\n---|---\n200001 Fresh|new\n';
const changedSeed = seedBytes.toString('utf8').replace('正常响应', '正常响应 (changed)');

/** An io that fails at its `failAt`-th call (1-based) and counts the calls. */
function failingIo(failAt: number): WriteIo & { calls: number } {
  const io = { calls: 0 } as WriteIo & { calls: number };
  for (const name of Object.keys(nodeIo) as (keyof WriteIo)[]) {
    (io as unknown as Record<string, unknown>)[name] = async (...args: string[]) => {
      io.calls++;
      if (io.calls === failAt) throw Object.assign(new Error(`injected failure of ${name}`), { code: 'EIO' });
      return (nodeIo[name] as (...args: string[]) => Promise<unknown>)(...args);
    };
  }
  return io;
}

describe('writePlan', () => {
  it('leaves the output exactly as it was when any single step fails, then succeeds', async () => {
    const dir = await generatedProject({ 'http-status.md': seedBytes, 'other.md': otherSeed });
    const out = join(dir, 'generated');
    rmSync(join(dir, 'seeds/other.md'));
    writeFiles(join(dir, 'seeds'), { 'http-status.md': changedSeed, 'new-codes.md': newSeed });
    const { plan, ok } = await generate({ cwd: dir, check: true });
    expect(ok).toBe(false);
    expect(plan!.changed.length).toBeGreaterThan(0);
    expect(plan!.missing.length).toBeGreaterThan(0);
    expect(plan!.orphaned.length).toBeGreaterThan(0);
    const before = snapshot(out);

    let failures = 0;
    for (let failAt = 1; ; failAt++) {
      const io = failingIo(failAt);
      const outcome = await writePlan(out, plan!, io).then(
        () => undefined,
        (error: Error & { path?: string; dest?: string }) => error,
      );
      // Once every step that changes the output has passed, a failure (of removing a backup) is ignored.
      if (outcome === undefined) break;
      failures++;
      // The error names the file or folder that failed, never a temporary or backup file beside it.
      expect(outcome.message).toMatch(/^EIO: /);
      for (const text of [outcome.message, outcome.path, outcome.dest]) expect(text).not.toMatch(/\.md-codegen-\d+-|\.(tmp|bak)$/);
      expect(outcome.path!.startsWith(out)).toBe(true);
      expect(snapshot(out), `after a failure at step ${failAt}`).toEqual(before);
    }
    expect(failures).toBeGreaterThan(20);
    // A backup left by that ignored failure is known by its name: the next run removes it.
    expect((await generate({ cwd: dir })).ok).toBe(true);
    expect((await generate({ cwd: dir, check: true })).ok).toBe(true);
    expect(readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((path) => /\.(tmp|bak)$/.test(path))).toEqual([]);
  });
});

describe('writePlan, when flushing the temporary files fails', () => {
  it('names the file whose temporary file failed, and leaves the output as it was', async () => {
    const dir = await generatedProject({ 'http-status.md': seedBytes });
    const out = join(dir, 'generated');
    writeFiles(join(dir, 'seeds'), { 'http-status.md': changedSeed, 'new-codes.md': newSeed });
    const { plan } = await generate({ cwd: dir, check: true });
    const before = snapshot(out);
    let failed: string | undefined;
    const io: WriteIo = {
      ...nodeIo,
      syncFiles: async (paths) => {
        failed = paths[1];
        throw Object.assign(new Error('injected'), { code: 'EIO', at: paths[1] });
      },
    };
    const error = await writePlan(out, plan!, io).then(() => undefined, (failure: Error & { path?: string }) => failure);
    // `.<name>.md-codegen-<pid>-<random>.tmp` beside the file it stands for.
    const target = join(failed!, '..', /^\.(.+)\.md-codegen-\d+-[0-9a-f]{8}\.tmp$/.exec(basename(failed!))![1]!);
    expect(error?.message).toBe(`EIO: ${target}`);
    expect(error?.path).toBe(target);
    expect(snapshot(out)).toEqual(before);
  });
});

describe('generate, when the file system is in the way', () => {
  it('reports a folder where a generated file belongs, and changes nothing', async () => {
    const dir = await generatedProject({ 'http-status.md': seedBytes });
    const out = join(dir, 'generated');
    rmSync(join(out, 'src/http-status/map.ts'));
    mkdirSync(join(out, 'src/http-status/map.ts'));
    writeFileSync(join(out, 'src/http-status/map.ts/notes.txt'), 'mine\n');
    writeFiles(join(dir, 'seeds'), { 'http-status.md': changedSeed, 'a-codes.md': newSeed });
    const before = snapshot(out);
    const run = runCli(['generate'], dir);
    expect(run.status).toBe(1);
    expect(existsSync(join(out, 'src/a-codes'))).toBe(false);
    expect(run.stderr).toContain('Found `generated/src/http-status/map.ts` (a folder) where a generated file belongs');
    // What the folder holds goes with it: not named on its own.
    expect(run.stderr).not.toContain('notes.txt');
    expect(snapshot(out)).toEqual(before);
  });

  it('reports a hand-written file where a generated folder belongs, and changes nothing', async () => {
    const dir = await generatedProject({ 'http-status.md': seedBytes });
    const out = join(dir, 'generated');
    writeFileSync(join(out, 'src/new-codes'), 'mine\n');
    writeFiles(join(dir, 'seeds'), { 'http-status.md': changedSeed, 'new-codes.md': newSeed });
    const before = snapshot(out);
    const run = runCli(['generate'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Found `generated/src/new-codes` (a file without the generated mark) where a generated folder belongs');
    expect(snapshot(out)).toEqual(before);
  });

  it('never follows, replaces or removes a symbolic link in the output folder', async () => {
    const dir = await generatedProject({ 'http-status.md': seedBytes });
    const out = join(dir, 'generated');
    writeFileSync(join(dir, 'outside.txt'), 'Code generated by md-codegen from x. DO NOT EDIT.\n');
    rmSync(join(out, 'src/http-status/enum.ts'));
    symlinkSync(join(dir, 'outside.txt'), join(out, 'src/http-status/enum.ts'));
    symlinkSync(join(dir, 'outside.txt'), join(out, 'src/orphan.ts'));
    writeFiles(join(dir, 'seeds'), { 'http-status.md': changedSeed });
    const before = snapshot(out);
    const run = runCli(['generate'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Found `generated/src/http-status/enum.ts` (a symbolic link) where a generated file belongs');
    expect(run.stderr).toContain('Found `generated/src/orphan.ts` (a symbolic link), which the generator does not write');
    expect(snapshot(out)).toEqual(before);
    expect(readFileSync(join(dir, 'outside.txt'), 'utf8')).toBe('Code generated by md-codegen from x. DO NOT EDIT.\n');
  });

  it('never writes through a symbolic link to a folder, not even into the seeds folder', async () => {
    const dir = await generatedProject({ 'http-status.md': seedBytes });
    const out = join(dir, 'generated');
    rmSync(join(out, 'src'), { recursive: true });
    symlinkSync(join(dir, 'seeds'), join(out, 'src'));
    const seeds = snapshot(join(dir, 'seeds'));
    const run = runCli(['generate'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Found `generated/src` (a symbolic link) where a generated folder belongs');
    expect(snapshot(join(dir, 'seeds'))).toEqual(seeds);
  });

  it('compares bytes: a file whose invalid UTF-8 reads as U+FFFD is not taken as unchanged', async () => {
    const dir = await generatedProject({ 'http-status.md': seedBytes.toString('utf8').replace('正常响应', '正常响应 \ufffd') });
    const map = join(dir, 'generated/src/http-status/map.ts');
    const bytes = readFileSync(map);
    const at = bytes.indexOf(Buffer.from('\ufffd', 'utf8'));
    writeFileSync(map, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at + 3)]));
    expect(readFileSync(map, 'utf8')).toBe(bytes.toString('utf8'));
    const result = await generate({ cwd: dir, check: true });
    expect(result.ok).toBe(false);
    expect(result.plan!.changed.map((file) => file.path)).toEqual(['src/http-status/map.ts']);
  });
});

describe('generate, on the compiled files under dist/', () => {
  it('checks, rewrites and removes them like every generated file, and takes a hand-written one for an error unless outIgnore lists it', async () => {
    const dir = await generatedProject({ 'http-status.md': seedBytes, 'other-codes.md': otherSeed });
    const out = join(dir, 'generated');
    writeFileSync(join(out, 'dist/esm/http-status/map.js'), `${readFileSync(join(out, 'dist/esm/http-status/map.js'), 'utf8')}// edited\n`);
    writeFiles(out, { 'dist/notes.txt': 'hand-written\n' });
    rmSync(join(dir, 'seeds/other-codes.md'));
    const check = await generate({ cwd: dir, check: true });
    expect(check.ok).toBe(false);
    expect(check.plan!.changed.map((file) => file.path).filter((path) => path.includes('/http-status/'))).toEqual(['dist/esm/http-status/map.js']);
    expect(check.plan!.orphaned.filter((path) => path.startsWith('dist/')).length).toBeGreaterThan(0);
    expect(check.plan!.foreign.map((entry) => entry.path)).toEqual(['dist/notes.txt']);
    expect((await generate({ cwd: dir })).ok).toBe(false);
    const result = await generate({ cwd: dir, outIgnore: ['node_modules/**', 'dist/notes.txt'] });
    expect(result.ok).toBe(true);
    expect(existsSync(join(out, 'dist/esm/other-codes'))).toBe(false);
    expect(existsSync(join(out, 'dist/cjs/other-codes'))).toBe(false);
    expect(readFileSync(join(out, 'dist/esm/http-status/map.js'), 'utf8')).not.toContain('// edited');
    expect(readFileSync(join(out, 'dist/notes.txt'), 'utf8')).toBe('hand-written\n');
    expect((await generate({ cwd: dir, check: true, outIgnore: ['node_modules/**', 'dist/notes.txt'] })).ok).toBe(true);
    expect((await generate({ cwd: dir, check: true })).ok).toBe(false);
  });
});
