// What the CLI prints: the golden report on the project's seed (text and JSON,
// beside it in test/fixtures/http-status/), the JSON reporter's contract, CI
// annotations, colour, and the same diagnostics from generate, check and the API.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate.js';
import { type JsonMessage, toJsonMessages } from '../generator/report/json.js';
import { root, runCli, seedBytes, tempDir, tempProject } from './helpers.js';

const golden = join(root, 'test/fixtures/http-status');
const seedLines = seedBytes.toString('utf8').split('\n');

let cleanup = () => {};
afterEach(() => cleanup());

/** A temporary project with the given seeds (default: the project's own). */
function project(seeds?: Record<string, string | Uint8Array>): string {
  const temp = tempProject(seeds);
  cleanup = temp.cleanup;
  return temp.dir;
}

/** `203 registry-phrase warning`: the code on the message's line, the rule and the severity. */
function finding(message: JsonMessage): string {
  return `${seedLines[message.line! - 1]!.split(' ')[0]} ${message.ruleId} ${message.severity}`;
}

describe('the report on seeds/http-status.md', () => {
  it('pins the exact list of findings', async () => {
    const { reports } = await generate({ cwd: root, check: true, outIgnore: ['dist/**'] });
    expect(toJsonMessages(reports).map(finding)).toEqual([
      '203 name-clash warning',
      '203 registry-phrase warning',
      '206 name-clash warning',
      '206 registry-phrase warning',
      '207 registry-phrase warning',
      '208 registry-phrase warning',
      '209 registry-unassigned warning',
      '210 registry-unassigned warning',
      '413 registry-previous-name info',
      '418 registry-unofficial info',
      '419 registry-unofficial info',
      '422 registry-previous-name info',
      '510 registry-obsoleted info',
      '598 registry-unofficial info',
      '599 registry-unofficial info',
      '999 code-range warning',
    ]);
  });

  it('says what it found, what was expected, and whose phrase or name it is', async () => {
    const { reports } = await generate({ cwd: root, check: true, outIgnore: ['dist/**'] });
    const byFinding = new Map(toJsonMessages(reports).map((message) => [finding(message), message.message]));
    expect(byFinding.get('206 registry-phrase warning')).toContain('206 is named `Reset Content` here; the HTTP status registry names 206 `Partial Content` (RFC9110, Section 15.3.7)');
    expect(byFinding.get('208 registry-phrase warning')).toContain('`Accepted` is 202');
    expect(byFinding.get('207 registry-phrase warning')).toContain('`Partial Content` is 206');
    expect(byFinding.get('209 registry-unassigned warning')).toContain('`Already Reported` is 208');
    expect(byFinding.get('413 registry-previous-name info')).toContain('now names 413 `Content Too Large`');
    expect(byFinding.get('422 registry-previous-name info')).toContain('now names 422 `Unprocessable Content`');
    expect(byFinding.get('418 registry-unofficial info')).toContain('RFC2324 (HTCPCP, not HTTP)');
    expect(byFinding.get('419 registry-unofficial info')).toContain('`Page Expired` from Laravel framework, formerly known as `Authentication Timeout`');
    expect(byFinding.get('598 registry-unofficial info')).toContain('from some HTTP proxies');
    expect(byFinding.get('203 name-clash warning')).toMatch(/\(line 11\) and `303 See Other` \(line 22\)/);
    expect(byFinding.get('206 name-clash warning')).toMatch(/\(line 14\) and `205 Reset Content` \(line 13\)/);
  });

  it('generates with exit 0, printing the golden text report', async () => {
    const dir = project();
    const run = runCli(['generate'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(existsSync(join(dir, 'generated/src/http-status/enum.ts'))).toBe(true);
    await expect(run.stderr.replace(/^generated: \d+ files, wrote \d+, /m, 'generated: N files, wrote N, ')).toMatchFileSnapshot(join(golden, 'report.txt'));
  });

  it('prints the golden JSON report, and only that, on stdout', async () => {
    const run = runCli(['generate', '--reporter', 'json'], project());
    expect(run.status).toBe(0);
    expect(run.stdout.endsWith(']\n')).toBe(true);
    expect(run.stdout.indexOf('\n')).toBe(run.stdout.length - 1);
    const messages = JSON.parse(run.stdout) as JsonMessage[];
    expect(Array.isArray(messages)).toBe(true);
    for (const message of messages) expect(Object.keys(message)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'ruleId', 'message']);
    expect(run.stderr).not.toContain('[{');
    await expect(`${JSON.stringify(messages, null, 2)}\n`).toMatchFileSnapshot(join(golden, 'report.json'));
  });

  it('fails with --strict, naming each warning at its place, and writes nothing', () => {
    const dir = project();
    const run = runCli(['generate', '--strict'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('seeds/http-status.md:14:1: warning: 206 is named `Reset Content` here');
    expect(run.stderr).toContain('Nothing was written: fix the 9 warnings (--strict) above, or run without --strict.');
    expect(existsSync(join(dir, 'generated'))).toBe(false);
  });
});

describe('the JSON reporter', () => {
  it('prints one JSON array on stdout when errors stop the run, and the exit status says so', () => {
    const run = runCli(['check', '--reporter', 'json'], project({ 'codes.md': '# Codes\n\nCode | Text\n---|---\n200 OK\n' }));
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      expect.objectContaining({ file: 'seeds/codes.md', line: 1, column: 1, severity: 'info', ruleId: 'front-matter-missing' }),
      expect.objectContaining({ file: 'seeds/codes.md', line: 5, column: 1, endLine: 5, endColumn: 7, severity: 'error', ruleId: 'row-cells' }),
    ]);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('prints an empty array when there is nothing to report', () => {
    const run = runCli(['generate', '--reporter', 'json'], project({ 'codes.md': '[//]:# "2024/1/2|x"\n\nCode | Text\n---|---\n200 OK|fine\n' }));
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('[]\n');
  });
});

describe('with GITHUB_ACTIONS=true', () => {
  it('also prints a workflow annotation per message, on stderr', () => {
    const run = runCli(['generate', '--reporter', 'json'], project(), { GITHUB_ACTIONS: 'true' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveLength(16);
    const annotations = run.stderr.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toHaveLength(16);
    expect(annotations).toContain(
      '::warning file=seeds/http-status.md,line=16,col=1,endLine=16,endColumn=13,title=registry-phrase::208 is named `Accepted` here; the HTTP status registry names 208 `Already Reported` (RFC5842); `Accepted` is 202. Fix the code or the phrase',
    );
    expect(annotations.filter((line) => line.startsWith('::notice '))).toHaveLength(7);
  });

  it('annotates errors with ::error, and prints none without it', () => {
    const seeds = { 'codes.md': '# Codes\n\nCode | Text\n---|---\n200 OK|a|b\n' };
    const run = runCli(['generate'], project(seeds), { GITHUB_ACTIONS: 'true' });
    expect(run.stderr).toContain('::error file=seeds/codes.md,line=5,col=1,endLine=5,endColumn=11,title=row-cells::Found 3 cells; expected 2');
    expect(runCli(['generate'], project(seeds)).stderr).not.toContain('::');
  });
});

describe('colour', () => {
  const seeds = { 'codes.md': '# Codes\n\nCode | Text\n---|---\n200 OK|a|b\n' };
  it.each([
    ['FORCE_COLOR=1', { FORCE_COLOR: '1' }, true],
    ['NO_COLOR=1 and FORCE_COLOR=1', { NO_COLOR: '1', FORCE_COLOR: '1' }, false],
    ['FORCE_COLOR=0', { FORCE_COLOR: '0' }, false],
    ['no setting, on a pipe', {}, false],
  ])('with %s is %s', (_name, env, want) => {
    expect(runCli(['generate'], project(seeds), env).stderr.includes('\u001b[')).toBe(want);
  });
});

describe('diagnostics', () => {
  it.each([
    ['the project seed', undefined],
    ['a seed with errors', { 'codes.md': '# Codes\n\n- Code | Text\n  ---|---\n  200 OK|nested\n\n[//]:# "2024/2/30"\n' }],
    ['a seed with a nested table beside the root one', { 'codes.md': '# Codes\n\nCode | Text\n---|---\n200 OK|fine\n\n> Code | Text\n> ---|---\n> 201 Created|x\n' }],
  ])('are the same from generate, check and the programmatic API, for %s', async (_name, seeds) => {
    const dir = project(seeds);
    const api = toJsonMessages((await generate({ cwd: dir, check: true })).reports);
    expect(api.length).toBeGreaterThan(0);
    const check = JSON.parse(runCli(['check', '--reporter', 'json'], dir).stdout) as unknown;
    const generated = JSON.parse(runCli(['generate', '--reporter', 'json'], dir).stdout) as unknown;
    expect(check).toEqual(api);
    expect(generated).toEqual(api);
    expect(toJsonMessages((await generate({ cwd: dir })).reports)).toEqual(api);
  });
});

describe('a missing seeds folder', () => {
  it('is a seeds-missing error on the folder, from the API and the CLI alike', async () => {
    const { dir, cleanup: remove } = tempDir();
    cleanup = remove;
    const result = await generate({ cwd: dir });
    expect(result.ok).toBe(false);
    expect(toJsonMessages(result.reports)).toEqual([
      expect.objectContaining({ file: 'seeds', line: null, severity: 'error', ruleId: 'seeds-missing', message: expect.stringContaining('Found no folder `seeds`') }),
    ]);
    const run = runCli(['generate'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('seeds: error: Found no folder `seeds`; expected a seeds folder: create it, or pass --seeds <dir> (seeds-missing)');
  });
});
