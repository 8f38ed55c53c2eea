// remark-cli runs the plugin from a `.remarkrc`, as a doc author runs it: the
// messages of `generate`, at the same places, `--frail` fails on warnings, and
// nothing is written.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { root, seedBytes } from '../helpers.js';
import { editorProject, generateMessages } from './project.js';

const remarkCli = join(root, 'node_modules/remark-cli/cli.js');

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

function project(...args: Parameters<typeof editorProject>): string {
  const { dir, cleanup } = editorProject(...args);
  cleanups.push(cleanup);
  return dir;
}

/** Run remark-cli in `dir`; its messages as `line:column[-line:column] severity rule-id`. */
function remark(dir: string, args: readonly string[]) {
  const run = spawnSync(process.execPath, [remarkCli, ...args, '--no-stdout', '--no-color'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const messages = [...run.stderr.matchAll(/^(\d+:\d+(?:-\d+:\d+)?) +(error|warning|info) +.*? ([a-z-]+) +md-codegen$/gm)].map(([, place, severity, ruleId]) => `${place} ${severity} ${ruleId}`);
  return { status: run.status, stderr: run.stderr, messages };
}

/** What generate reports, in remark-cli's words. */
async function wanted(dir: string): Promise<string[]> {
  return (await generateMessages(dir)).map((message) => `${message.line}:${message.column}${message.endLine === null ? '' : `-${message.endLine}:${message.endColumn}`} ${message.severity} ${message.ruleId}`);
}

describe('remark-cli with {"plugins": ["md-codegen/remark"]}', () => {
  it('reports the messages of generate at the same places, exits 1 with --frail, and writes nothing', async () => {
    const dir = project({ plugins: ['md-codegen/remark'] });
    const want = await wanted(dir);
    expect(want.length).toBeGreaterThan(10);
    const run = remark(dir, ['seeds/http-status.md', '--frail']);
    expect(run.messages.sort(), run.stderr).toEqual(want.sort());
    expect(run.status).toBe(1);
    expect(readFileSync(join(dir, 'seeds/http-status.md'))).toEqual(seedBytes);
    expect(readdirSync(dir).sort()).toEqual(['.remarkrc.json', 'node_modules', 'seeds']);
    expect(readdirSync(join(dir, 'node_modules')).sort()).toEqual(['md-codegen', 'remark-gfm']);
    expect(readdirSync(join(dir, 'seeds'))).toEqual(['http-status.md']);
  });

  it('exits 0 without --frail on warnings, and 1 on an error', async () => {
    expect(remark(project({ plugins: ['md-codegen/remark'] }), ['seeds']).status).toBe(0);
    const broken = project({ plugins: ['remark-gfm', 'md-codegen/remark'] }, { 'codes.md': '[//]:# "2024/11/7 14:33|api"\n\n# HTTP status codes\n\nCode | Description\n---|---\n200 OK|fine|extra\n' });
    const run = remark(broken, ['seeds']);
    expect(run.messages).toEqual(['7:1-7:18 error row-cells']);
    expect(run.status).toBe(1);
  });

  it('runs the same with --no-config --use md-codegen/remark', async () => {
    const dir = project({});
    const run = remark(dir, ['--no-config', '--use', 'md-codegen/remark', 'seeds/http-status.md']);
    expect(run.messages.sort()).toEqual((await wanted(dir)).sort());
  });

  it('takes severities from the options', () => {
    const dir = project({ plugins: [['md-codegen/remark', { rules: { 'registry-phrase': 'off', 'code-range': 'error', 'registry-unofficial': 0 } }]] });
    const run = remark(dir, ['seeds/http-status.md']);
    expect(run.messages.filter((message) => /registry-phrase|registry-unofficial/.test(message))).toEqual([]);
    expect(run.messages).toContain('70:1-70:12 error code-range');
    expect(run.status).toBe(1);
  });

  it('reports a bad option as a remark-options error, not a crash', () => {
    const run = remark(project({ plugins: [['md-codegen/remark', { rules: { 'registry-phrse': 'off' } }]] }), ['seeds/http-status.md']);
    expect(run.messages).toContain('1:1 error remark-options');
    expect(run.stderr).toContain('did you mean "registry-phrase"?');
    expect(run.status).toBe(1);
  });
});

describe('remark-cli with {"plugins": ["md-codegen"]}', () => {
  it('loads the plugin through remark-md-codegen (remark tries the remark- prefix first)', async () => {
    const dir = project({ plugins: ['remark-gfm', 'md-codegen'] }, undefined, true);
    const run = remark(dir, ['seeds/http-status.md']);
    expect(run.messages.sort(), run.stderr).toEqual((await wanted(dir)).sort());
  });

  it('without remark-md-codegen installed, fails to load the plugin (md-codegen itself is not one)', () => {
    const run = remark(project({ plugins: ['md-codegen'] }), ['seeds/http-status.md']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Cannot process file');
    expect(run.messages).toEqual([]);
  });
});
