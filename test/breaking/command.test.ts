// `md-codegen breaking`: the seed's own history, the index, levels and
// accept comments from the config and the documents, the version bump, and
// what it refuses (exit 2) without a stack trace.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { JsonMessage } from '../../generator/report/json.js';
import { runCli, seedBytes, tempDir, writeFiles } from '../helpers.js';
import { type TestRepo, testRepo } from './git-repo.js';

const seed = seedBytes.toString('utf8');
const renamed = seed.replace('413 Payload Too Large|', '413 Content Too Large|');

let repos: TestRepo[] = [];
afterEach(() => {
  for (const repo of repos) repo.cleanup();
  repos = [];
});

/** A repository whose first commit, tagged `base`, holds `files`. */
function repoWith(files: Record<string, string>): TestRepo {
  const repo = testRepo();
  repos.push(repo);
  repo.write(files);
  repo.commit('base');
  return repo;
}

function json(repo: TestRepo, args: readonly string[]): { status: number | null; messages: JsonMessage[]; stderr: string } {
  const run = runCli(['breaking', ...args, '--reporter', 'json'], repo.dir);
  return { status: run.status, messages: run.stdout === '' ? [] : (JSON.parse(run.stdout) as JsonMessage[]), stderr: run.stderr };
}

const rules = (messages: readonly JsonMessage[]) => messages.map((message) => `${message.severity} ${message.ruleId}`);

describe("the seed's own history", () => {
  it('gives no finding against a commit where the seed is the shared original', () => {
    const repo = repoWith({ 'seeds/http-status.md': seed });
    repo.write({ 'README.md': '# A project\n' });
    repo.commit('second');
    for (const ref of ['base', 'second', 'HEAD~1']) {
      const run = json(repo, ['--against', ref]);
      expect(run.messages).toEqual([expect.objectContaining({ severity: 'info', ruleId: 'version-bump', message: `Nothing the package exports changed since ${ref}: it needs no new version` })]);
      expect(run.status).toBe(0);
    }
  });
});

describe('a project in a folder of the repository', () => {
  it('reads the seeds of its own folder at the ref, shown as the working tree shows them', () => {
    const repo = repoWith({ 'packages/api/seeds/http-status.md': seed, 'seeds/other.md': '# Other\n' });
    repo.write({ 'packages/api/seeds/http-status.md': renamed });
    const run = runCli(['breaking', '--against', 'base', '--reporter', 'json'], `${repo.dir}/packages/api`);
    const messages = JSON.parse(run.stdout) as JsonMessage[];
    expect(messages[0]).toMatchObject({ file: 'seeds/http-status.md', line: 40, ruleId: 'member-renamed' });
    expect(messages[0]!.message).toMatch(/^413 was `PayloadTooLarge` at base:seeds\/http-status\.md:40,/);
    expect(run.status).toBe(1);
  });
});

describe('--staged', () => {
  it('compares the index, not the working tree', () => {
    const repo = repoWith({ 'seeds/http-status.md': seed });
    repo.write({ 'seeds/http-status.md': renamed });
    expect(rules(json(repo, ['--against', 'base', '--staged']).messages)).toEqual(['info version-bump']);
    expect(rules(json(repo, ['--against', 'base']).messages)).toEqual(['error member-renamed', 'info version-bump']);
    repo.git('add', 'seeds/http-status.md');
    repo.write({ 'seeds/http-status.md': seed });
    const staged = json(repo, ['--against', 'base', '--staged']);
    expect(rules(staged.messages)).toEqual(['error member-renamed', 'info version-bump']);
    expect(staged.messages[0]!.message).toMatch(/^413 was `PayloadTooLarge` at base:seeds\/http-status\.md:40, now `ContentTooLarge`/);
    expect(staged.status).toBe(1);
  });
});

describe('levels and accept comments', () => {
  it('takes the level of each rule from the config: off reports nothing, and strict fails on a warning', () => {
    const repo = repoWith({ 'seeds/http-status.md': seed });
    repo.write({ 'seeds/http-status.md': seed.replace('413 Payload Too Large|', '413 Content Too Large|').replace('\n500 ', '\n499 Client Closed Request|客户端关闭请求\n500 ') });
    expect(rules(json(repo, ['--against', 'base']).messages)).toEqual(['error member-renamed', 'warning code-added', 'info version-bump']);
    repo.write({ 'md-codegen.config.json': JSON.stringify({ breaking: { rules: { 'member-renamed': 'warning', 'code-added': 'off' } } }) });
    const leveled = json(repo, ['--against', 'base']);
    expect(rules(leveled.messages)).toEqual(['warning member-renamed', 'info version-bump']);
    expect(leveled.status).toBe(0);
    // The bump follows what changed, not the level: a renamed member still needs a major version.
    expect(leveled.messages.at(-1)!.message).toContain('needs a major version (1 breaking change, 1 backward-compatible change)');
    expect(json(repo, ['--against', 'base', '--strict']).status).toBe(1);
  });

  it('reports a change a comment accepts as info, anywhere in the document; the version still follows it', () => {
    const repo = repoWith({ 'seeds/http-status.md': seed });
    repo.write({ 'seeds/http-status.md': renamed.replace('# HTTP状态码\n', '# HTTP状态码\n\n<!-- md-codegen accept member-renamed 413 -->\n') });
    const run = json(repo, ['--against', 'base']);
    expect(run.messages[0]).toMatchObject({ severity: 'info', ruleId: 'member-renamed', line: 42 });
    expect(run.messages[0]!.message).toMatch(/\(accepted by the comment on line 5\)$/);
    expect(run.messages.at(-1)!.message).toContain('needs a major version');
    expect(run.status).toBe(0);
  });

  it('accepts only what the comment names', () => {
    const repo = repoWith({ 'seeds/http-status.md': seed });
    repo.write({ 'seeds/http-status.md': `${renamed}\n<!-- md-codegen accept member-renamed 414 -->\n<!-- md-codegen accept code-removed 413 -->\n` });
    expect(rules(json(repo, ['--against', 'base']).messages)).toEqual(['error member-renamed', 'info version-bump']);
  });

  describe.each([
    ['no rule id', '<!-- md-codegen accept -->', 'Found an accept comment without a rule id; expected the rule id and what it accepts, such as `<!-- md-codegen accept member-renamed 413 -->`'],
    ['an unknown rule id', '<!-- md-codegen accept member-rename 413 -->', 'Found the rule id `member-rename` in an accept comment; expected `member-renamed` (one of '],
    ['nothing accepted', '<!-- md-codegen accept member-renamed -->', 'Found an accept comment for `member-renamed` that names nothing; expected the code (`413`) after the rule id'],
  ])('a comment with %s', (_name, comment, reason) => {
    it('is a directive error at the comment, and generate passes it over', () => {
      const repo = repoWith({ 'seeds/http-status.md': seed });
      repo.write({ 'seeds/http-status.md': `${seed}\n${comment}\n` });
      const run = json(repo, ['--against', 'base']);
      expect(run.messages[0]).toMatchObject({ file: 'seeds/http-status.md', line: `${seed}\n`.split('\n').length, column: 1, severity: 'error', ruleId: 'directive' });
      expect(run.messages[0]!.message).toContain(reason);
      expect(run.status).toBe(1);
      expect(runCli(['generate'], repo.dir).status).toBe(0);
    });
  });
});

describe('the version bump', () => {
  const config = (version: string) => JSON.stringify({ package: { version } });
  /** One repository for the cases, which run one after another: its tag v1.2.0 has the seed and the generated package at 1.2.0. */
  let released: TestRepo;
  beforeAll(() => {
    released = testRepo();
    released.write({ 'seeds/http-status.md': seed, 'md-codegen.config.json': config('1.2.0') });
    expect(runCli(['generate'], released.dir).status).toBe(0);
    released.commit('v1.2.0');
  });
  afterAll(() => released.cleanup());

  describe.each([
    ['a rename with a major version', renamed, '2.0.0', 'info', 'The change since v1.2.0 needs a major version (1 breaking change): `package.version` 2.0.0 makes it from 1.2.0 at v1.2.0'],
    ['a rename with a pre-release of the major version', renamed, '2.0.0-beta.1', 'info', 'The change since v1.2.0 needs a major version (1 breaking change): `package.version` 2.0.0-beta.1 makes it from 1.2.0 at v1.2.0'],
    ['a rename with a minor version', renamed, '1.3.0', 'warning', 'The change since v1.2.0 needs a major version (1 breaking change), but `package.version` is 1.3.0 and was 1.2.0 at v1.2.0 (`generated/package.json`); expected 2.0.0 or later: set `package.version` to 2.0.0'],
    ['a description with the same version', seed.replace('|正常响应', '|成功'), '1.2.0', 'warning', 'The change since v1.2.0 needs a patch version (1 change of text), but `package.version` is 1.2.0 and was 1.2.0 at v1.2.0 (`generated/package.json`); expected 1.2.1 or later: set `package.version` to 1.2.1'],
    ['nothing with the same version', seed, '1.2.0', 'info', 'Nothing the package exports changed since v1.2.0: it needs no new version'],
  ])('%s', (_name, text, version, severity, message) => {
    it("compares the config's package.version with the generated package.json at the ref", () => {
      released.write({ 'seeds/http-status.md': text, 'md-codegen.config.json': config(version) });
      const run = json(released, ['--against', 'v1.2.0']);
      expect(run.messages.at(-1)).toEqual({ file: 'md-codegen.config.json', line: null, column: null, endLine: null, endColumn: null, severity, ruleId: 'version-bump', message });
    });
  });

  it('reads 0.x versions as npm caret ranges do: a breaking change takes the next minor', () => {
    const repo = repoWith({ 'seeds/http-status.md': seed, 'generated/package.json': '{ "version": "0.4.2" }\n' });
    repo.write({ 'seeds/http-status.md': renamed, 'md-codegen.config.json': config('0.4.3') });
    expect(json(repo, ['--against', 'base']).messages.at(-1)!.message).toContain('expected 0.5.0 or later: set `package.version` to 0.5.0');
  });
});

describe('nothing to compare with', () => {
  it.each([
    ['a ref that does not exist', ['--against', 'no-such-branch'], 'md-codegen: Found no commit `no-such-branch` in this repository; expected a branch, tag or commit that git knows: check the name, or fetch it (`git fetch origin`; in GitHub Actions, `actions/checkout` with `fetch-depth: 0`)\n'],
    ['a ref that looks like an option', ['--against=--output=/tmp/x'], 'md-codegen: Found no commit `--output=/tmp/x` in this repository; expected a branch, tag or commit that git knows: check the name, or fetch it (`git fetch origin`; in GitHub Actions, `actions/checkout` with `fetch-depth: 0`)\n'],
    ['no ref at all', [], 'md-codegen: breaking needs the git ref to compare with: pass --against <ref> (such as --against origin/main), or set breaking.against in the config\n'],
  ])('%s: exit 2, with the reason', (_name, args, stderr) => {
    const repo = repoWith({ 'seeds/http-status.md': seed });
    const run = runCli(['breaking', ...args], repo.dir);
    expect(run).toEqual({ status: 2, stdout: '', stderr });
  });

  it('no git on the PATH: exit 2, saying so', () => {
    const repo = repoWith({ 'seeds/http-status.md': seed });
    const run = runCli(['breaking', '--against', 'base'], repo.dir, { PATH: '/nonexistent' });
    expect(run).toEqual({ status: 2, stdout: '', stderr: 'md-codegen: Could not run git (ENOENT); expected git on the PATH: install it\n' });
  });

  it('a folder that is not a git repository: exit 2', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFiles(dir, { 'seeds/http-status.md': seed });
      const run = runCli(['breaking', '--against', 'main'], dir);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe('md-codegen: Found no git repository here; expected the working directory inside a git working tree: run md-codegen there, or `git init` it\n');
    } finally {
      cleanup();
    }
  });

  it('a document that could not be read at the ref: exit 2, naming it and its error', () => {
    const repo = repoWith({ 'seeds/http-status.md': seed.replace('\n404 Not Found|', '\n200 Not Found|') });
    repo.write({ 'seeds/http-status.md': seed });
    const run = runCli(['breaking', '--against', 'base'], repo.dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^md-codegen: Could not read the documents at `base`: base:seeds\/http-status\.md:\d+:1: error: Found the code 200 on line \d+ and on line 9; [^\n]*\(code-duplicate\); expected documents md-codegen reads without errors: compare with another ref\n$/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a ref before the seeds existed: every table is new', () => {
    const repo = repoWith({ 'README.md': '# A project\n' });
    repo.write({ 'seeds/http-status.md': seed });
    const run = json(repo, ['--against', 'base']);
    expect(rules(run.messages)).toEqual(['info table-added', 'info version-bump']);
    expect(run.messages[0]!.message).toBe('`HttpStatus` under `HTTP状态码` is a new table of 62 codes, not at base: new exports, a new feature, for a minor version');
    expect(run.status).toBe(0);
  });

  it('documents with errors now: reported as generate reports them, exit 1, nothing compared', () => {
    const repo = repoWith({ 'seeds/http-status.md': seed });
    repo.write({ 'seeds/http-status.md': seed.replace('\n404 Not Found|', '\n200 Not Found|') });
    const run = runCli(['breaking', '--against', 'base'], repo.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('(code-duplicate)');
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('Nothing was compared: fix the errors of the working tree above.');
  });
});
