// `md-codegen generate --watch`: regenerates on edits (in place and by
// rename), keeps running through an error and recovers, removes the files of a
// deleted seed, and exits 0 on Ctrl-C.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, seedBytes, seedWith, tempProject } from './helpers.js';

const timeout = 20_000;

/** Wait until `check()` holds, polling; fail with `what` after {@link timeout}. */
async function until(check: () => boolean, what: string): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');

describe('generate --watch', () => {
  const project = tempProject();
  const seed = join(project.dir, 'seeds/http-status.md');
  const map = join(project.dir, 'generated/src/http-status/map.ts');
  // What consumers import: the compiled package is written on every change too.
  const esm = join(project.dir, 'generated/dist/esm/http-status/map.js');
  const cjs = join(project.dir, 'generated/dist/cjs/http-status/map.js');
  const declarations = join(project.dir, 'generated/dist/cjs/http-status/map.d.ts');
  /** Whether the source and both compiled modules hold `text`. */
  const everywhere = (text: string) => [map, esm, cjs].every((path) => read(path).includes(text));
  const original = seedBytes.toString('utf8');
  const edited = (marker: string) => original.replace('200 OK|正常响应', `200 OK|正常响应 ${marker}`);
  let child: ChildProcess;
  let stderr = '';
  let exit: Promise<number | null>;

  beforeAll(async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.GITHUB_ACTIONS;
    child = spawn(process.execPath, [bin, 'generate', '--watch'], { cwd: project.dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    exit = new Promise((done) => child.on('exit', (code) => done(code)));
    await until(() => stderr.includes('watching seeds for changes'), 'the first run');
  });

  afterAll(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    project.cleanup();
  });

  it('generates at start, the compiled package included', () => {
    expect(everywhere('description: "正常响应"')).toBe(true);
    expect(read(declarations)).toContain('export declare function getHttpStatus(code: number): HttpStatusInfo | undefined;');
  });

  it('regenerates when a seed is saved in place', async () => {
    writeFileSync(seed, edited('in-place'));
    await until(() => everywhere('正常响应 in-place'), 'the edit');
  });

  it('regenerates when an editor saves through a temporary file and a rename', async () => {
    const temp = join(project.dir, 'seeds/.http-status.md.tmp');
    writeFileSync(temp, edited('renamed'));
    renameSync(temp, seed);
    await until(() => everywhere('正常响应 renamed'), 'the rename save');
    // The watcher still sees the seed that replaced the old one.
    writeFileSync(seed, edited('after-rename'));
    await until(() => everywhere('正常响应 after-rename'), 'an edit after the rename save');
  });

  it('reports an error, keeps running and writes nothing, then recovers when the seed is fixed', async () => {
    const before = [map, esm, cjs].map(read);
    const printed = stderr.length;
    writeFileSync(seed, edited('broken').replace('201 Created|资源创建成功', '201 Created|资源创建成功|extra'));
    await until(() => stderr.slice(printed).includes('row-cells'), 'the error report');
    expect([map, esm, cjs].map(read)).toEqual(before);
    expect(child.exitCode).toBeNull();
    writeFileSync(seed, edited('fixed'));
    await until(() => everywhere('正常响应 fixed'), 'the recovery');
  });

  it('generates an added seed and removes the files of a deleted one', async () => {
    const extra = join(project.dir, 'seeds/extra-codes.md');
    const extraEnums = ['src/extra-codes/enum.ts', 'dist/esm/extra-codes/enum.js', 'dist/cjs/extra-codes/enum.d.ts'].map((path) => join(project.dir, 'generated', path));
    writeFileSync(extra, seedWith(['100001 Order Locked|订单已锁定']));
    await until(() => extraEnums.every((path) => existsSync(path)), 'the added seed');
    rmSync(extra);
    const folders = ['src', 'dist/esm', 'dist/cjs'].map((folder) => join(project.dir, 'generated', folder, 'extra-codes'));
    await until(() => folders.every((folder) => !existsSync(folder)), 'the orphans removed');
    expect(everywhere('正常响应 fixed')).toBe(true);
  });

  it('generates a document in a subfolder made while watching, and watches that folder too', async () => {
    const folder = join(project.dir, 'seeds/v2');
    const orders = join(folder, 'orders.md');
    const ordersMap = join(project.dir, 'generated/src/v2/orders/map.ts');
    mkdirSync(folder);
    writeFileSync(orders, seedWith(['100001 Order Locked|订单已锁定']));
    await until(() => read(ordersMap).includes('订单已锁定'), 'the document in the new folder');
    writeFileSync(orders, seedWith(['100001 Order Locked|订单已锁定 again']));
    await until(() => read(ordersMap).includes('订单已锁定 again'), 'an edit in the new folder');
    rmSync(folder, { recursive: true });
    await until(() => !existsSync(join(project.dir, 'generated/src/v2')), 'the folder removed');
  });

  it('exits 0 on Ctrl-C', async () => {
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(stderr).not.toContain('internal error');
  });
});
