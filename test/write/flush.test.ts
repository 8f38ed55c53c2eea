// Flushing a write's files: one syncfs(2) per file system where it reports
// write errors, each file on its own anywhere else or when that fails.
import { existsSync, mkdirSync, statfsSync, writeFileSync } from 'node:fs';
import { release } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSystemsOf, flushAll, isGnuSync, reportsWriteErrors, syncfsFrom, syncfsProgram } from '../../generator/write/flush.js';
import { temporaries } from './projects.js';

const { folder } = temporaries();

/** `count` files (three unless given) in two folders of a new temporary folder. */
function threeFiles(count = 3): string[] {
  const dir = folder();
  mkdirSync(join(dir, 'a'));
  const paths = [join(dir, 'one.txt'), ...Array.from({ length: count - 1 }, (_, index) => join(dir, `a/${index}.txt`))];
  for (const path of paths) writeFileSync(path, path);
  return paths;
}

/** A flush of each file that records the paths it was given. */
function recording(fail?: string) {
  const flushed: string[] = [];
  const each = async (path: string) => {
    flushed.push(path);
    if (path === fail) throw Object.assign(new Error('injected'), { code: 'EIO' });
  };
  return { flushed, each };
}

describe('reportsWriteErrors', () => {
  it('is true from Linux 5.8 on, whose syncfs returns write errors, and false before or for what it cannot read', () => {
    expect(['5.8.0', '5.10.16-arch1', '6.18.44-fc-v1045', '10.0.0'].map(reportsWriteErrors)).toEqual([true, true, true, true]);
    expect(['5.7.19', '4.19.0-27-amd64', '3.10.0', '', 'unknown'].map(reportsWriteErrors)).toEqual([false, false, false, false, false]);
  });
});

describe('fileSystemsOf', () => {
  it('keeps one folder of each device, on the file systems it knows only, and none for a folder it cannot look at', () => {
    const [one, two] = threeFiles();
    const folderOf = (path: string) => join(path, '..');
    const here = statfsSync(folderOf(one!)).type;
    // The temporary folders are on one device: one folder stands for both.
    expect(fileSystemsOf([one!, two!], folderOf, new Set([here]))).toEqual([folderOf(one!)]);
    expect(fileSystemsOf([one!, two!], folderOf, new Set())).toBeUndefined();
    expect(fileSystemsOf([one!, join(folder(), 'gone/file.txt')], folderOf, new Set([here]))).toBeUndefined();
  });
});

describe('isGnuSync', () => {
  it('takes GNU coreutils from 8.24 on, which has -f, and nothing else', () => {
    expect(['sync (GNU coreutils) 9.1\nCopyright', 'sync (GNU coreutils) 8.24', 'sync (GNU coreutils) 10.0'].map(isGnuSync)).toEqual([true, true, true]);
    expect(['sync (GNU coreutils) 8.23', 'BusyBox v1.36.1 multi-call binary.', 'toybox 0.8.9', 'sync (uutils coreutils) 0.0.28', ''].map(isGnuSync)).toEqual([false, false, false, false, false]);
  });
});

describe('flushAll', () => {
  it('flushes every file on its own when there is no program for syncfs, and throws the first failure with its path once all settled', async () => {
    const paths = threeFiles();
    const { flushed, each } = recording(paths[1]);
    const error = await flushAll(paths, each, { program: undefined }).then(() => undefined, (failure: Error & { at?: string }) => failure);
    expect(flushed.sort()).toEqual([...paths].sort());
    expect(error?.message).toBe('injected');
    expect(error?.at).toBe(paths[1]);
  });

  it('falls back to flushing each file when the program fails', async () => {
    const paths = threeFiles(syncfsFrom);
    const { flushed, each } = recording();
    await flushAll(paths, each, { program: '/bin/false' });
    expect(flushed.sort()).toEqual([...paths].sort());
  });

  it.runIf(syncfsProgram() !== undefined)('flushes with one syncfs where the system has it, calling nothing per file', async () => {
    const paths = threeFiles(syncfsFrom);
    const { flushed, each } = recording();
    await flushAll(paths, each);
    expect(flushed).toEqual([]);
  });

  it('flushes fewer files than it takes to pay for starting a program on their own, and nothing at all for no file', async () => {
    const paths = threeFiles(syncfsFrom - 1);
    const { flushed, each } = recording();
    await flushAll(paths, each, { program: '/bin/false' });
    await flushAll(paths, each);
    await flushAll([], each);
    expect(flushed.sort()).toEqual([...paths, ...paths].sort());
  });
});

describe('syncfsProgram', () => {
  it("is GNU's at its absolute path on Linux that reports write errors, and is not used anywhere else", () => {
    const usable = process.platform === 'linux' && reportsWriteErrors(release());
    const installed = ['/usr/bin/sync', '/bin/sync'].find((path) => existsSync(path));
    const gnu = installed !== undefined && isGnuSync(execFileSync(installed, ['--version'], { encoding: 'utf8' }));
    expect(syncfsProgram()).toBe(usable && gnu ? installed : undefined);
  });
});
