// The output folder is resolved once, at the start of a run, and held: a
// symbolic link or another folder swapped in for it while the run goes on is
// never followed or written; the run refuses, and says so.
import { existsSync, mkdirSync, readdirSync, renameSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type GenerateOptions, generate } from '../../generator/generate.js';
import { folderGuard, holdFolder } from '../../generator/write/folder.js';
import { nodeIo, type WriteIo, writePlan } from '../../generator/write/write.js';
import { contents, manySeeds, setSeeds, temporaries } from './projects.js';

const { project, folder: outside } = temporaries();

/**
 * Options whose `emit` is read once the seeds are read, before anything is
 * emitted or written (as `generate` reads its options): `swap` runs there,
 * in the middle of the run. (Not to be spread: that reads it.)
 */
function swappingDuringTheRun(cwd: string, out: string, swap: () => void): GenerateOptions {
  return {
    cwd,
    out,
    get emit() {
      swap();
      return {};
    },
  };
}

describe.each([
  ['a symbolic link to a folder outside, for the output folder', true, (out: string, elsewhere: string) => {
    renameSync(out, `${out}.moved`);
    symlinkSync(elsewhere, out);
  }],
  ['a symbolic link to a folder outside, where there was no output folder', false, (out: string, elsewhere: string) => symlinkSync(elsewhere, out)],
  ['another folder, for the output folder', true, (out: string) => {
    renameSync(out, `${out}.moved`);
    mkdirSync(out);
  }],
  ['a symbolic link for a folder above the output folder', false, (out: string, elsewhere: string) => {
    renameSync(join(out, '..'), `${join(out, '..')}.moved`);
    symlinkSync(elsewhere, join(out, '..'));
  }],
])('%s, swapped in while the seeds are read', (_name, existed, swap) => {
  it('makes the run refuse and write nothing, there or anywhere', async () => {
    const dir = project(manySeeds(3, 0));
    // The output folder is `build/generated`, so that a folder above it can be swapped too.
    const out = join(dir, 'build/generated');
    mkdirSync(join(dir, 'build'));
    if (existed) expect((await generate({ cwd: dir, out: 'build/generated' })).ok).toBe(true);
    setSeeds(dir, manySeeds(3, 1));
    const before = existed ? contents(out) : {};
    const elsewhere = outside();
    const result = await generate(swappingDuringTheRun(dir, 'build/generated', () => swap(out, elsewhere)));
    expect(result.ok).toBe(false);
    const messages = result.reports.at(-1)!.messages;
    expect(messages.map((message) => message.ruleId)).toEqual(['out-path']);
    expect(messages[0]!.reason).toMatch(/^Found the output folder `build\/generated` changed while md-codegen ran: .*; expected it to stay the folder it was at the start: nothing was written;/);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(result.written).toEqual([]);
    if (existed && existsSync(`${out}.moved`)) expect(contents(`${out}.moved`)).toEqual(before);
    if (existsSync(out)) expect(readdirSync(out)).toEqual([]);
  });
});

describe('the output folder swapped for a link in the middle of writing', () => {
  it('stops the write before the next change: nothing is written through the link', async () => {
    const dir = project(manySeeds(3, 0));
    const out = join(dir, 'generated');
    expect((await generate({ cwd: dir })).ok).toBe(true);
    setSeeds(dir, manySeeds(3, 1));
    const { plan } = await generate({ cwd: dir, check: true });
    const elsewhere = outside();
    const held = holdFolder(out);
    let renames = 0;
    const io: WriteIo = {
      ...nodeIo,
      rename: async (from, to) => {
        await nodeIo.rename(from, to);
        if (++renames === 3) {
          renameSync(out, `${out}.moved`);
          symlinkSync(elsewhere, out);
        }
      },
    };
    const error = await writePlan(held.path, plan!, io, folderGuard(held)).then(() => undefined, (failure: Error) => failure);
    expect(error?.constructor.name).toBe('FolderChanged');
    expect(renames).toBe(3);
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});

describe('a folder inside the output folder swapped for a link after the guard checked it', () => {
  /** An output folder with `dist/esm`, the guard of its run, which has checked `dist/esm` once, and that folder's path. */
  function checkedOnce() {
    const out = join(project(), 'generated');
    mkdirSync(join(out, 'dist/esm'), { recursive: true });
    const guard = folderGuard(holdFolder(out));
    const esm = join(holdFolder(out).path, 'dist/esm');
    guard(esm);
    return { out, guard, esm };
  }
  const changed = 'the output folder changed while md-codegen ran: `dist` in it is no longer a folder';

  it('is caught at the next change in it: the link leads to another folder', () => {
    const { out, guard, esm } = checkedOnce();
    const elsewhere = outside();
    mkdirSync(join(elsewhere, 'esm'));
    renameSync(join(out, 'dist'), join(out, 'dist.moved'));
    symlinkSync(elsewhere, join(out, 'dist'));
    expect(() => guard(esm)).toThrow(changed);
  });

  it('is caught when the link leads to the very folder, moved out of the output folder', () => {
    const { out, guard, esm } = checkedOnce();
    const moved = join(outside(), 'dist');
    renameSync(join(out, 'dist'), moved);
    symlinkSync(moved, join(out, 'dist'));
    expect(() => guard(esm)).toThrow(changed);
  });
});

describe('an output folder that is a symbolic link from the start', () => {
  it('is resolved once, and written where it leads', async () => {
    const dir = project();
    mkdirSync(join(dir, 'build/real'), { recursive: true });
    symlinkSync(join(dir, 'build/real'), join(dir, 'generated'));
    const result = await generate({ cwd: dir });
    expect(result.ok).toBe(true);
    expect(existsSync(join(dir, 'build/real/package.json'))).toBe(true);
    expect((await generate({ cwd: dir, check: true })).ok).toBe(true);
  });
});
