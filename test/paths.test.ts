// The output folder must really lie inside the working directory, apart from
// the seeds folder: symbolic links are followed before deciding.
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPaths } from '../generator/paths.js';
import { runCli, tempDir, tempProject } from './helpers.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

function project(): string {
  const { dir, cleanup } = tempProject();
  cleanups.push(cleanup);
  return dir;
}

describe('checkPaths', () => {
  describe.each([
    ['the working directory', { out: '.', says: 'Found --out pointing at the working directory' }],
    ['the seeds folder', { out: 'seeds', says: 'Found --out `seeds` overlapping the seeds folder' }],
    ['a folder inside the seeds folder', { out: 'seeds/out', says: 'overlapping the seeds folder' }],
    ['a folder holding the seeds folder', { out: '..', says: 'overlapping the seeds folder' }],
    ['a folder outside the working directory', { out: '../elsewhere', says: 'outside the working directory; expected a folder inside it (pass --allow-outside' }],
  ])('--out %s', (_name, { out, says }) => {
    it('is refused', () => {
      const cwd = project();
      expect(checkPaths(cwd, join(cwd, 'seeds'), join(cwd, out), false)).toContain(says);
    });
  });

  it('allows a folder outside the working directory with --allow-outside, never the seeds folder', () => {
    const cwd = project();
    expect(checkPaths(cwd, join(cwd, 'seeds'), join(cwd, '../elsewhere'), true)).toBeUndefined();
    expect(checkPaths(cwd, join(cwd, 'seeds'), join(cwd, 'seeds'), true)).toContain('overlapping the seeds folder');
  });

  it('refuses a symbolic link into the seeds folder', () => {
    const cwd = project();
    symlinkSync(join(cwd, 'seeds'), join(cwd, 'generated'));
    expect(checkPaths(cwd, join(cwd, 'seeds'), join(cwd, 'generated'), true)).toMatch(/^Found --out `generated` \(through a symbolic link, to `.*seeds`\) overlapping the seeds folder/);
  });

  it('refuses a symbolic link, anywhere on the way, out of the working directory', () => {
    const cwd = project();
    const elsewhere = tempDir();
    cleanups.push(elsewhere.cleanup);
    mkdirSync(join(cwd, 'build'));
    symlinkSync(elsewhere.dir, join(cwd, 'build/link'));
    expect(checkPaths(cwd, join(cwd, 'seeds'), join(cwd, 'build/link/generated'), false)).toContain('(through a symbolic link, to');
    expect(checkPaths(cwd, join(cwd, 'seeds'), join(cwd, 'build/link/generated'), true)).toBeUndefined();
  });

  it('accepts the default layout, also when the working directory is reached through a link', () => {
    const cwd = project();
    const link = tempDir();
    cleanups.push(link.cleanup);
    symlinkSync(cwd, join(link.dir, 'project'));
    const via = join(link.dir, 'project');
    expect(checkPaths(via, join(via, 'seeds'), join(via, 'generated'), false)).toBeUndefined();
  });
});

describe('md-codegen generate', () => {
  it.each([['.'], ['seeds'], ['../out']])('refuses --out %s with exit status 2 and writes nothing', (out) => {
    const cwd = project();
    const run = runCli(['generate', '--out', out], cwd);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^md-codegen: Found --out /);
    expect(existsSync(join(cwd, out, 'package.json'))).toBe(false);
    expect(readdirSync(join(cwd, 'seeds'))).toEqual(['http-status.md']);
  });
});
