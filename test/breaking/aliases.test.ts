// `breaking.keepRenamedAliases`: generate keeps the old name of a member
// renamed since `breaking.against` as a deprecated alias, carries the
// aliases kept at that ref forward, check agrees, and breaking then calls
// the rename a warning.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import type { JsonMessage } from '../../generator/report/json.js';
import { typecheckProject } from '../compile.js';
import { runCli, seedBytes, writeFiles } from '../helpers.js';
import { type TestRepo, testRepo } from './git-repo.js';

const seed = seedBytes.toString('utf8');
const rename = (text: string, from: string, to: string) => text.replace(`413 ${from}|`, `413 ${to}|`);

let repos: TestRepo[] = [];
afterEach(() => {
  for (const repo of repos) repo.cleanup();
  repos = [];
});

/** A repository whose `main` holds the seed and its package, generated with aliases kept since `main`. */
function project(config: Record<string, unknown> = {}): TestRepo {
  const repo = testRepo();
  repos.push(repo);
  repo.write({ 'seeds/http-status.md': seed, 'md-codegen.config.json': JSON.stringify({ breaking: { against: 'main', keepRenamedAliases: true }, ...config }) });
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'seed');
  expect(runCli(['generate'], repo.dir).status).toBe(0);
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'generated');
  return repo;
}

const read = (repo: TestRepo, path: string) => readFileSync(join(repo.dir, path), 'utf8');
const record = (repo: TestRepo) => (JSON.parse(read(repo, 'generated/aliases.json')) as { aliases: unknown }).aliases;

/** The generated enum module, compiled to CommonJS and run. */
function runEnum(repo: TestRepo): Record<string | number, string | number> {
  const { outputText } = ts.transpileModule(read(repo, 'generated/src/http-status/enum.ts'), { compilerOptions: { module: ts.ModuleKind.CommonJS } });
  const exports: Record<string, Record<string | number, string | number>> = {};
  new Function('exports', outputText)(exports);
  return exports.HttpStatus!;
}

describe('keepRenamedAliases', () => {
  it('emits the old name as a deprecated alias right before the member, with its row in the TSDoc; check agrees', () => {
    const repo = project();
    expect(record(repo)).toEqual({});
    repo.write({ 'seeds/http-status.md': rename(seed, 'Payload Too Large', 'Content Too Large') });
    expect(runCli(['generate'], repo.dir).status).toBe(0);
    expect(read(repo, 'generated/src/http-status/enum.ts')).toContain(
      [
        '  /**',
        '   * The old name of {@link HttpStatus.ContentTooLarge}: the row `413 Content Too Large` in seeds/http-status.md, line 40, renamed it.',
        '   * @deprecated Use {@link HttpStatus.ContentTooLarge}.',
        '   */',
        '  PayloadTooLarge = 413,',
        '',
        '  /**',
        '   * 请求体过大',
        '   *',
        '   * `413 Content Too Large` in seeds/http-status.md, line 40.',
        '   */',
        '  ContentTooLarge = 413,',
      ].join('\n'),
    );
    expect(record(repo)).toEqual({ HttpStatus: { PayloadTooLarge: 413 } });
    expect(runCli(['check'], repo.dir).status).toBe(0);
    // The reverse mapping gives the new name: the alias comes first.
    const status = runEnum(repo);
    expect([status.PayloadTooLarge, status.ContentTooLarge, status[413]]).toEqual([413, 413, 'ContentTooLarge']);
  });

  it('type-checks, and code written against the old name still compiles', () => {
    const repo = project();
    repo.write({ 'seeds/http-status.md': rename(seed, 'Payload Too Large', 'Content Too Large') });
    expect(runCli(['generate'], repo.dir).status).toBe(0);
    writeFiles(repo.dir, {
      'consumer/use.ts': [
        "import { HttpStatus } from '../generated/src/http-status/enum.js';",
        "import { type HttpStatusName, getHttpStatus } from '../generated/src/http-status/map.js';",
        'const old: HttpStatus.PayloadTooLarge = HttpStatus.ContentTooLarge;',
        "const name: HttpStatusName = 'PayloadTooLarge';",
        'export const used = [old, name, getHttpStatus(HttpStatus.PayloadTooLarge)?.name];',
        '',
      ].join('\n'),
      'consumer/tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2020', skipLibCheck: true, types: [] }, include: ['use.ts'] }),
    });
    expect(typecheckProject(join(repo.dir, 'generated/tsconfig.json'))).toEqual([]);
    expect(typecheckProject(join(repo.dir, 'consumer/tsconfig.json'))).toEqual([]);
  });

  it('makes member-renamed a warning in breaking, and the change a minor one', () => {
    const repo = project({ package: { version: '1.2.0' } });
    repo.write({ 'seeds/http-status.md': rename(seed, 'Payload Too Large', 'Content Too Large') });
    const run = runCli(['breaking', '--reporter', 'json'], repo.dir);
    const messages = JSON.parse(run.stdout) as JsonMessage[];
    expect(messages.map((message) => [message.severity, message.ruleId, message.message])).toEqual([
      ['warning', 'member-renamed', '413 was `PayloadTooLarge` at main:seeds/http-status.md:40, now `ContentTooLarge`: the package keeps `HttpStatus.PayloadTooLarge` as a deprecated alias of `ContentTooLarge` (breaking.keepRenamedAliases)'],
      ['warning', 'version-bump', 'The change since main needs a minor version (1 backward-compatible change), but `package.version` is 1.2.0 and was 1.2.0 at main (`generated/package.json`); expected 1.3.0 or later: set `package.version` to 1.3.0'],
    ]);
    expect(run.status).toBe(0);
  });

  it('carries the aliases kept at the ref forward, and keeps a name typed and changed again before a commit out', () => {
    const repo = project();
    repo.write({ 'seeds/http-status.md': rename(seed, 'Payload Too Large', 'Content Too Big') });
    expect(runCli(['generate'], repo.dir).status).toBe(0);
    repo.write({ 'seeds/http-status.md': rename(seed, 'Payload Too Large', 'Content Too Large') });
    expect(runCli(['generate'], repo.dir).status).toBe(0);
    expect(record(repo)).toEqual({ HttpStatus: { PayloadTooLarge: 413 } });
    repo.commit('renamed');
    // Another change later: main has the alias in its record, so it stays.
    repo.write({ 'seeds/http-status.md': rename(seed, 'Payload Too Large', 'Content Too Large').replace('|正常响应', '|成功') });
    expect(runCli(['generate'], repo.dir).status).toBe(0);
    expect(record(repo)).toEqual({ HttpStatus: { PayloadTooLarge: 413 } });
    expect(runCli(['check'], repo.dir).status).toBe(0);
    repo.commit('described');
    // Renamed again: both old names are kept.
    repo.write({ 'seeds/http-status.md': rename(seed, 'Payload Too Large', 'Request Entity Too Large') });
    expect(runCli(['generate'], repo.dir).status).toBe(0);
    expect(record(repo)).toEqual({ HttpStatus: { ContentTooLarge: 413, PayloadTooLarge: 413 } });
    // Back to a name kept: that one is a member again, not an alias.
    repo.write({ 'seeds/http-status.md': seed });
    expect(runCli(['generate'], repo.dir).status).toBe(0);
    expect(record(repo)).toEqual({ HttpStatus: { ContentTooLarge: 413 } });
  });

  it('with the const style, keeps the old name as a property of the object', () => {
    const repo = project({ style: 'const' });
    repo.write({ 'seeds/http-status.md': rename(seed, 'Payload Too Large', 'Content Too Large') });
    expect(runCli(['generate'], repo.dir).status).toBe(0);
    expect(read(repo, 'generated/src/http-status/enum.ts')).toContain('   * @deprecated Use {@link HttpStatus.ContentTooLarge}.\n   */\n  PayloadTooLarge: 413,\n');
    expect(typecheckProject(join(repo.dir, 'generated/tsconfig.json'))).toEqual([]);
  });

  it('is a git-ref error of generate and check when the ref cannot be read', () => {
    const repo = project();
    repo.write({ 'md-codegen.config.json': JSON.stringify({ breaking: { against: 'no-such-branch', keepRenamedAliases: true } }) });
    const run = runCli(['check', '--reporter', 'json'], repo.dir);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toContainEqual(expect.objectContaining({ file: 'generated', severity: 'error', ruleId: 'git-ref', message: expect.stringContaining('Found no commit `no-such-branch` in this repository') }));
  });

  it('needs breaking.against: a config without it is refused with exit 2', () => {
    const repo = project();
    repo.write({ 'md-codegen.config.json': JSON.stringify({ breaking: { keepRenamedAliases: true } }) });
    const run = runCli(['generate'], repo.dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('breaking.against: expected a git ref beside `keepRenamedAliases`: the ref whose member names are kept, found nothing');
  });
});
