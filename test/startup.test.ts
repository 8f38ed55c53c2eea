// What a run loads: the bin is plain JavaScript, a seed with a fatal error
// exits without loading ts-morph (or the TypeScript it bundles) at all, and
// so does a seed of a shape whose templates and prints were built.
// bench/load-hook.mjs, preloaded with --import, prints the ts-morph and
// typescript modules in the require cache at exit.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bin, root, seedBytes, tempProject } from './helpers.js';

const hook = join(root, 'bench/load-hook.mjs');

let cleanup = () => {};
afterEach(() => cleanup());

/** Run `generate` on `seed` with the hook; the modules it reports and the exit status. */
function run(seed: string): { status: number | null; loaded: string } {
  const project = tempProject({ 'http-status.md': seed });
  cleanup = project.cleanup;
  const result = spawnSync(process.execPath, ['--import', hook, bin, 'generate'], { cwd: project.dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const loaded = /md-codegen-bench loaded: (.*)/.exec(result.stderr)?.[1] ?? `no report in: ${result.stderr}`;
  return { status: result.status, loaded };
}

describe('startup', () => {
  it('runs the compiled JavaScript bin, with no TypeScript loader', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(manifest.bin['md-codegen']).toBe('dist/bin.js');
    const text = readFileSync(bin, 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(text).not.toMatch(/tsx|ts-node|register/);
  });

  it('emits the seed without loading ts-morph: its templates and prints were built with md-codegen (dist/emit/built.json)', () => {
    expect(run(seedBytes.toString('utf8'))).toEqual({ status: 0, loaded: 'none' });
  });

  it('loads ts-morph to emit a shape not built with it (the hook sees it): a table with a column of its own', () => {
    const { status, loaded } = run('# Codes\n\n| Code | Name | Description | Owner team |\n| --- | --- | --- | --- |\n| 1 | One | The first | Payments |\n');
    expect(status).toBe(0);
    expect(loaded).toMatch(/ts-morph/);
  });

  it.each([
    ['a row error', seedBytes.toString('utf8').replace('200 OK|正常响应', '200 OK|正常响应|extra')],
    ['no table', '# Codes\n\nNo table here.\n'],
  ])('exits 1 on %s without loading ts-morph', (_, seed) => {
    expect(run(seed)).toEqual({ status: 1, loaded: 'none' });
  });
});
