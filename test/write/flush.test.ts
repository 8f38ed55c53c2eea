// Flushing a write's files: one syncfs(2) per file system where it reports
// write errors, each file on its own anywhere else or when that fails.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { release } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flushAll, oneFolderPerDevice, reportsWriteErrors, syncfsFrom, syncfsProgram } from '../../generator/write/flush.js';
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

describe('oneFolderPerDevice', () => {
  it('keeps the first folder of each device, and a folder it cannot read as itself', () => {
    const [one, two] = threeFiles();
    const missing = join(folder(), 'gone/file.txt');
    const folders = oneFolderPerDevice([one!, two!, missing], (path) => join(path, '..'));
    // The two temporary folders are on one device; the missing one stands for itself.
    expect(folders).toEqual([join(one!, '..'), join(missing, '..')]);
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
  it('is found at its absolute path on Linux that reports write errors, and is not used anywhere else', () => {
    const usable = process.platform === 'linux' && reportsWriteErrors(release());
    const installed = ['/usr/bin/sync', '/bin/sync'].find((path) => existsSync(path));
    expect(syncfsProgram()).toBe(usable ? installed : undefined);
  });
});
