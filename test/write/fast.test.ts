// The fast path of `check` (write/fast.ts): it says "in sync" from the hashes
// of the record that generate writes, without parsing; every difference sends
// it the full way, with today's messages and diff. What it cannot catch (an
// edit of a generated file together with its recorded hash) is what --full
// is for.
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashBytes } from '../../generator/hash.js';
import { bin, root, runCli, tempProject } from '../helpers.js';

let cleanup = () => {};
afterEach(() => cleanup());

/** A copy of the project with its committed output, generated again so that the record is this version's. */
function project(): string {
  const copy = tempProject(undefined, true);
  cleanup = copy.cleanup;
  expect(runCli(['generate'], copy.dir).status).toBe(0);
  return copy.dir;
}

const fastLine = /^generated: \d+ files, in sync: 1 document, the config and every file hash as generated\/md-codegen\.hashes\.json records \(check --full compares every byte; 9 warnings and 7 infos when generated: check --full shows them\)\n$/;
const record = (dir: string) => JSON.parse(readFileSync(join(dir, 'generated/md-codegen.hashes.json'), 'utf8')) as { inputs: Record<string, string>; files: Record<string, string>; findings: { warnings: number; infos: number } };

describe('check, after generate', () => {
  it('says in sync from the hashes alone, in one line', () => {
    const dir = project();
    const run = runCli(['check'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(fastLine);
    expect(runCli(['check', '--reporter', 'json'], dir).stdout).toBe('[]\n');
  });

  it('goes the full way for workflow annotations, which need the messages', () => {
    const run = runCli(['check'], project(), { GITHUB_ACTIONS: 'true' });
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain('in sync:');
    expect(run.stderr).toMatch(/^::warning file=seeds\/http-status\.md,line=11,/m);
  });

  it('loads neither the parser nor ts-morph on the way', () => {
    const dir = project();
    const log = join(dir, 'loaded.txt');
    writeFileSync(log, '');
    const run = spawnSync(process.execPath, ['--import', join(root, 'test/support/load-log.mjs'), bin, 'check'], { cwd: dir, encoding: 'utf8', env: { ...process.env, MD_CODEGEN_LOAD_LOG: log } });
    expect(run.stderr).toMatch(fastLine);
    const loaded = readFileSync(log, 'utf8').split('\n');
    expect(loaded.filter((url) => url.includes('/dist/')).length).toBeGreaterThan(5);
    expect(loaded.filter((url) => /\/node_modules\/(?:ts-morph|typescript|unified|remark-parse|remark-gfm|micromark[^/]*|mdast-util-[^/]*)\//.test(url))).toEqual([]);
  });

  it('records every generated file, the document as parsed, and how many warnings and infos it has', () => {
    const dir = project();
    const { inputs, files, findings } = record(dir);
    const full = runCli(['check', '--full'], dir);
    expect(findings).toEqual({ warnings: (full.stderr.match(/^\d+:\d+-\d+:\d+ warning /gm) ?? []).length, infos: (full.stderr.match(/^\d+:\d+-\d+:\d+ info /gm) ?? []).length });
    expect(findings.warnings).toBeGreaterThan(0);
    expect(inputs).toEqual({ 'seeds/http-status.md': hashBytes(readFileSync(join(dir, 'seeds/http-status.md'))) });
    expect(files['dist/esm/http-status/enum.js']).toBe(hashBytes(readFileSync(join(dir, 'generated/dist/esm/http-status/enum.js'))));
    expect(Object.keys(files)).toContain('package.json');
    expect(Object.keys(files)).not.toContain('md-codegen.hashes.json');
  });

  describe.each([
    ['an edited byte of a generated file', 'differs:  generated/dist/esm/http-status/enum.js', (dir: string) => {
      const path = join(dir, 'generated/dist/esm/http-status/enum.js');
      writeFileSync(path, readFileSync(path, 'utf8').replace('= 200', '= 201'));
    }],
    ['an edited document', 'differs:  generated/src/http-status/map.ts', (dir: string) => {
      const path = join(dir, 'seeds/http-status.md');
      writeFileSync(path, readFileSync(path, 'utf8').replace('200 OK|正常响应', '200 OK|正常'));
    }],
    ['a new document', 'missing:  generated/src/extra/enum.ts', (dir: string) => writeFileSync(join(dir, 'seeds/extra.md'), '# Extra\n\nCode | Text\n---|---\n100001 Order Locked|订单已锁定\n')],
    ['a deleted generated file', 'missing:  generated/src/http-status/map.ts', (dir: string) => rmSync(join(dir, 'generated/src/http-status/map.ts'))],
    ['a hand-written file in the output', 'not generated: generated/src/evil.ts', (dir: string) => writeFileSync(join(dir, 'generated/src/evil.ts'), 'export const token = 1;\n')],
    ['an empty folder in the output', 'empty folder: generated/src/empty', (dir: string) => mkdirSync(join(dir, 'generated/src/empty'))],
    ['a changed config', 'differs:  generated/package.json', (dir: string) => writeFileSync(join(dir, 'md-codegen.config.json'), '{ "command": "npm run generate", "package": { "version": "2.0.0" } }\n')],
    ['a broken record', 'differs:  generated/md-codegen.hashes.json', (dir: string) => appendFileSync(join(dir, 'generated/md-codegen.hashes.json'), ' ')],
    ['no record', 'missing:  generated/md-codegen.hashes.json', (dir: string) => rmSync(join(dir, 'generated/md-codegen.hashes.json'))],
  ])('with %s', (_name, line, change) => {
    it('goes the full way: exit 1, the drift report and its diff', () => {
      const dir = project();
      change(dir);
      const run = runCli(['check'], dir);
      expect(run.stderr).not.toContain('in sync:');
      expect(run.stderr).toContain(line);
      expect(run.status).toBe(1);
    });
  });

  it('goes the full way with --strict when generate ran without it: the warnings fail', () => {
    const run = runCli(['check', '--strict'], project());
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('(--strict)');
  });

  it('with --full compares every byte, and finds what the hashes cannot: a generated file edited with its recorded hash', () => {
    const dir = project();
    const full = runCli(['check', '--full'], dir);
    expect(full.status).toBe(0);
    expect(full.stderr).toMatch(/generated: \d+ files, up to date\n$/);
    // A deliberate edit of both: the fast path trusts the record, as documented; --full does not.
    const path = join(dir, 'generated/src/http-status/enum.ts');
    const edited = readFileSync(path, 'utf8').replace('Ok = 200', 'Ok = 201');
    writeFileSync(path, edited);
    const recordPath = join(dir, 'generated/md-codegen.hashes.json');
    const text = readFileSync(recordPath, 'utf8');
    writeFileSync(recordPath, text.replace(record(dir).files['src/http-status/enum.ts']!, hashBytes(edited)));
    expect(runCli(['check'], dir).stderr).toMatch(fastLine);
    const caught = runCli(['check', '--full'], dir);
    expect(caught.status).toBe(1);
    expect(caught.stderr).toContain('differs:  generated/src/http-status/enum.ts');
    expect(caught.stderr).toContain('differs:  generated/md-codegen.hashes.json');
  });

  it('generate with nothing changed writes nothing, and says so from the hashes', () => {
    const dir = project();
    const before = readFileSync(join(dir, 'generated/md-codegen.hashes.json'), 'utf8');
    const run = runCli(['generate'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^generated: \d+ files, up to date: 1 document, the config and every file hash as generated\/md-codegen\.hashes\.json records/);
    expect(readFileSync(join(dir, 'generated/md-codegen.hashes.json'), 'utf8')).toBe(before);
    // A changed document: generate goes the full way and writes.
    const seed = join(dir, 'seeds/http-status.md');
    writeFileSync(seed, readFileSync(seed, 'utf8').replace('200 OK|正常响应', '200 OK|正常'));
    const changed = runCli(['generate'], dir);
    expect(changed.stderr).toMatch(/generated: \d+ files, wrote [1-9]\d*, removed 0\n$/);
    expect(runCli(['check'], dir).stderr).toMatch(fastLine);
  });
});
