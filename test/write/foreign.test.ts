// The output folder is the generator's: anything in it that the generator
// would not write makes `check` fail and `generate` refuse, naming the path,
// unless outIgnore declares it the user's. Nothing is followed.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';
import { runCli } from '../helpers.js';
import { temporaries } from './projects.js';

const temp = temporaries();

/** A project with the committed `generated/` (no build output). */
const project = () => temp.project(undefined, true);

/** Every entry under `dir` with its kind and, for files, bytes and modification time: equal before and after means untouched. */
function snapshot(dir: string): Record<string, string> {
  const entries = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  return Object.fromEntries(
    entries.map((path) => {
      const stat = lstatSync(join(dir, path));
      const kind = stat.isFile() ? `${readFileSync(join(dir, path), 'utf8')} @${stat.mtimeMs}` : stat.isDirectory() ? 'folder' : `other @${stat.mtimeMs}`;
      return [path, kind];
    }),
  );
}

/** A secret outside the output folder, which must never reach it. */
function secret(): string {
  const path = join(temp.folder(), '.npmrc');
  writeFileSync(path, '//registry.npmjs.org/:_authToken=secret\n');
  return path;
}

/** A Unix socket left behind by a process that exited without closing it. */
function socketAt(path: string): void {
  execFileSync(process.execPath, ['-e', `require('node:net').createServer().listen(${JSON.stringify(path)}, () => process.exit(0))`]);
}

describe.each([
  ['a hand-added file', 'src/evil.ts', 'src/evil.ts', '(a file without the generated mark)', (out: string) => writeFileSync(join(out, 'src/evil.ts'), 'export const evil = 1;\n')],
  ['an empty file', 'src/http-status/notes.ts', 'src/http-status/notes.ts', '(a file without the generated mark)', (out: string) => writeFileSync(join(out, 'src/http-status/notes.ts'), '')],
  ['a symbolic link to a file outside', 'src/http-status/config.ts', 'src/http-status/config.ts', '(a symbolic link)', (out: string) => symlinkSync(secret(), join(out, 'src/http-status/config.ts'))],
  ['a named pipe', 'src/pipe', 'src/pipe', '(a named pipe)', (out: string) => execFileSync('mkfifo', [join(out, 'src/pipe')])],
  ['a socket', 'src/socket', 'src/socket', '(a socket)', (out: string) => socketAt(join(out, 'src/socket'))],
  ['an extra folder, named once for all it holds', 'extra', 'extra/**', '(a folder)', (out: string) => {
    mkdirSync(join(out, 'extra/deeper'), { recursive: true });
    writeFileSync(join(out, 'extra/a.ts'), 'export const a = 1;\n');
    writeFileSync(join(out, 'extra/deeper/b.ts'), 'export const b = 1;\n');
  }],
  ['a build folder of another tool, which is not skipped by its name', 'lib', 'lib/**', '(a folder)', (out: string) => {
    mkdirSync(join(out, 'lib/esm'), { recursive: true });
    writeFileSync(join(out, 'lib/esm/index.d.ts'), 'export {};\n');
  }],
  ['a build info file', 'tsconfig.tsbuildinfo', '**/*.tsbuildinfo', '(a file without the generated mark)', (out: string) => writeFileSync(join(out, 'tsconfig.tsbuildinfo'), '{}\n')],
])('%s in the output folder', (_name, path, glob, kind, add) => {
  it('fails check and makes generate refuse, naming it and what to do; changes nothing and follows nothing', () => {
    const dir = project();
    const out = join(dir, 'generated');
    add(out);
    const before = snapshot(out);
    const check = runCli(['check'], dir);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(`Found \`generated/${path}\` ${kind}, which the generator does not write; expected only generated files in \`generated\`: move it out of the folder, or declare it yours in outIgnore (--out-ignore <glob>)`);
    expect(check.stderr).toContain(`not generated: generated/${path} `);
    const run = runCli(['generate'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Found \`generated/${path}\` ${kind}`);
    expect(run.stderr).toContain('Nothing was written');
    expect(snapshot(out)).toEqual(before);
    expect(run.stderr).not.toContain('secret');
  });

  it(`is the user's with outIgnore ${glob}: check passes, generate leaves it`, async () => {
    const dir = project();
    const out = join(dir, 'generated');
    add(out);
    const entry = snapshot(out)[path];
    expect((await generate({ cwd: dir, check: true, outIgnore: [glob] })).ok).toBe(true);
    const result = await generate({ cwd: dir, outIgnore: [glob] });
    expect(result.ok).toBe(true);
    expect(result.written).toEqual([]);
    expect(snapshot(out)[path]).toBe(entry);
  });
});

describe('an empty folder the generator does not make', () => {
  it('fails check; generate removes it, and says so', () => {
    const dir = project();
    mkdirSync(join(dir, 'generated/src/old/empty'), { recursive: true });
    const check = runCli(['check'], dir);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('Found the empty folder `generated/src/old`, which the generator does not make');
    const run = runCli(['generate'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('Removed the empty folder `generated/src/old`');
    expect(existsSync(join(dir, 'generated/src/old'))).toBe(false);
    expect(runCli(['check'], dir).status).toBe(0);
  });
});

describe('a stray file that carries the generated mark', () => {
  it('fails check as orphaned; generate removes it', () => {
    const dir = project();
    writeFileSync(join(dir, 'generated/src/stray.ts'), '// Code generated by md-codegen. DO NOT EDIT.\nexport const stray = 1;\n');
    const check = runCli(['check'], dir);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('orphaned: generated/src/stray.ts');
    expect(runCli(['generate'], dir).status).toBe(0);
    expect(existsSync(join(dir, 'generated/src/stray.ts'))).toBe(false);
  });
});

describe('outIgnore', () => {
  it('defaults to node_modules/**', () => {
    const dir = project();
    mkdirSync(join(dir, 'generated/node_modules/typescript'), { recursive: true });
    writeFileSync(join(dir, 'generated/node_modules/typescript/package.json'), '{}\n');
    expect(runCli(['check'], dir).status).toBe(0);
  });

  it('covers a folder with all it holds, and only what it names', () => {
    const dir = project();
    mkdirSync(join(dir, 'generated/docs/more'), { recursive: true });
    writeFileSync(join(dir, 'generated/docs/more/a.md'), 'mine\n');
    writeFileSync(join(dir, 'generated/docs/b.txt'), 'mine\n');
    const run = runCli(['check', '--out-ignore', 'docs/**/*.md'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Found `generated/docs/b.txt` (a file without the generated mark)');
    expect(run.stderr).not.toContain('docs/more');
  });

  it('is a usage error when empty', () => {
    const run = runCli(['check', '--out-ignore', ''], project());
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--out-ignore takes a glob, not an empty string');
  });
});
