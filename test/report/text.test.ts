import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { report } from '../../generator/diagnostics.js';
import { textReport } from '../../generator/report/text.js';
import type { TableSummary } from '../../generator/seeds.js';
import { runCli, seedBytes, tempProject } from '../helpers.js';

function files() {
  const seed = new VFile({ path: 'seeds/a.md' });
  report(seed, 'error', 'row-cells', 'Found 1 cell; expected 2', { start: { line: 9, column: 1 }, end: { line: 9, column: 7 } });
  report(seed, 'warning', 'registry-phrase', '208 is named `Accepted` here', { line: 10, column: 1 });
  report(seed, 'info', 'registry-obsoleted', '510 is obsoleted', { line: 11, column: 1 });
  const out = new VFile({ path: 'generated' });
  report(out, 'error', 'hand-written', 'Found `generated/x`');
  return [seed, out];
}

const tables: TableSummary[] = [{ path: 'seeds/b.md', line: 3, name: 'B', reading: { kind: 'generic', kindReason: 'its codes are tokens', codeReason: 'column 1 `Code`: the only column of codes' }, columns: 'token codes from column 1 `Code`: the only column of codes; names from the codes' }];
const tableLine = 'seeds/b.md:3: B: read as a generic code table (its codes are tokens); token codes from column 1 `Code`: the only column of codes; names from the codes';

describe('textReport', () => {
  it("prints vfile-reporter's block, a file:line:col line per error, the kinds read, and why nothing was written", async () => {
    const text = await textReport({ reports: files(), tables }, { color: false, strict: false });
    expect(text).toMatch(/^generated\n +error +Found `generated\/x` +hand-written +md-codegen$/m);
    expect(text).toMatch(/^seeds\/a\.md\n9:1-9:7 +error +Found 1 cell; expected 2 +row-cells +md-codegen$/m);
    expect(text).toMatch(/^\n4 messages \(✖ 2 errors, ⚠ 1 warning\)$/m);
    const after = text.slice(text.indexOf('warning)') + 'warning)'.length);
    expect(after).toBe(
      [
        '',
        '',
        'seeds/a.md:9:1: error: Found 1 cell; expected 2 (row-cells)',
        'generated: error: Found `generated/x` (hand-written)',
        '',
        tableLine,
        '',
        'Nothing was written: fix the 2 errors above.',
      ].join('\n'),
    );
    expect(text).not.toContain('\u001b[');
  });

  it('gives warnings a line of their own with --strict, and says so', async () => {
    const text = await textReport({ reports: files(), tables: [] }, { color: false, strict: true });
    expect(text).toContain('seeds/a.md:10:1: warning: 208 is named `Accepted` here (registry-phrase)');
    expect(text).not.toContain('seeds/a.md:11:1: info:');
    expect(text.split('\n').at(-1)).toBe('Nothing was written: fix the 2 errors and 1 warning (--strict) above, or run without --strict.');
  });

  it('colours only when asked', async () => {
    expect(await textReport({ reports: files(), tables }, { color: true, strict: false })).toContain('\u001b[31merror\u001b[39m');
  });

  it('prints only how each table was read when no file has a message', async () => {
    const clean = [new VFile({ path: 'seeds/b.md' }), new VFile({ path: 'generated' })];
    expect(await textReport({ reports: clean, tables }, { color: false, strict: false })).toBe(tableLine);
  });

  it('ends with the summary given instead of why nothing was written, failing or not', async () => {
    const summary = 'Compared the working tree with main (0123456789ab): the change since main needs a major version.';
    const failing = await textReport({ reports: files(), tables: [] }, { color: false, strict: false, summary });
    expect(failing).not.toContain('Nothing was written');
    expect(failing).toContain('seeds/a.md:9:1: error: Found 1 cell; expected 2 (row-cells)\n');
    expect(failing.split('\n').at(-1)).toBe(summary);
    expect(await textReport({ reports: [new VFile({ path: 'seeds/a.md' })], tables: [] }, { color: false, strict: false, summary })).toBe(summary);
  });

  it('is empty when there is nothing to say', async () => {
    expect(await textReport({ reports: [new VFile({ path: 'seeds/a.md' })], tables: [] }, { color: false, strict: false })).toBe('');
  });
});

// Linux allows any byte but `/` and NUL in a file name: a line feed starts a
// new line of the log (which GitHub Actions reads for `::` commands), an
// escape sequence drives the terminal. Every path a report line or an
// annotation shows is escaped for its context.
describe('hostile paths, end to end', () => {
  const injected = 'a\n::error file=x.md,line=1::injected.md';
  const coloured = 'b\u001b[31mred\u001b[0m.md';
  /** Our annotations: `::error file=…,line=…,col=…,title=<rule id>::message`, properties escaped. */
  const annotation = /^::(?:error|warning|notice) file=[^:,\n]*(?:,line=\d+,col=\d+)?(?:,endLine=\d+,endColumn=\d+)?,title=[a-z-]+::/;

  it('in seed names: the text report and the annotations show them escaped, on their own lines', () => {
    const { dir, cleanup } = tempProject({ 'http-status.md': seedBytes, [injected]: '# x\n', [coloured]: '# y\n' });
    try {
      const json = runCli(['generate', '--reporter', 'json'], dir);
      const messages = JSON.parse(json.stdout) as { file: string }[];
      expect(messages.map((message) => message.file)).toEqual(expect.arrayContaining([`seeds/${injected}`, `seeds/${coloured}`]));
      // Documents without a code table, beside one that has: each gets a no-code-table notice, at 1:1.
      const run = runCli(['generate'], dir, { GITHUB_ACTIONS: 'true', NO_COLOR: '1' });
      expect(run.status).toBe(0);
      expect(run.stderr).not.toContain('\u001b');
      const commands = run.stderr.split('\n').filter((line) => line.startsWith('::'));
      expect(commands).toHaveLength(messages.length);
      for (const line of commands) expect(line).toMatch(annotation);
      expect(run.stderr).toMatch(/^seeds\/a\\n::error file=x\.md,line=1::injected\.md$/m);
      expect(run.stderr).toMatch(/^seeds\/b\\u001b\[31mred\\u001b\[0m\.md$/m);
      expect(commands.join('\n')).toContain('::notice file=seeds/a%0A%3A%3Aerror file=x.md%2Cline=1%3A%3Ainjected.md,line=1,col=1,title=no-code-table::');
      expect(commands.join('\n')).toContain('::notice file=seeds/b\\u001b[31mred\\u001b[0m.md,line=1,col=1,title=no-code-table::');
    } finally {
      cleanup();
    }
  });

  it('in the output folder: the drift report and the summary show them escaped', () => {
    const { dir, cleanup } = tempProject(undefined, true);
    try {
      // The seed's package, as committed: every file of it is written to the new folder.
      const files = readdirSync(join(dir, 'generated'), { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(dir, 'generated', path)).isFile()).length;
      expect(files).toBeGreaterThan(10);
      const orphan = 'src/\u001b[2Jx\n::error file=y::z.ts';
      writeFileSync(join(dir, 'generated', orphan), '// Code generated by md-codegen from seeds/x.md. DO NOT EDIT.\n');
      const check = runCli(['check'], dir, { GITHUB_ACTIONS: 'true' });
      expect(check.status).toBe(1);
      expect(check.stderr).toContain('  orphaned: generated/src/\\u001b[2Jx\\n::error file=y::z.ts (no seed produces it)');
      expect(check.stderr).not.toContain('\u001b');
      for (const line of check.stderr.split('\n').filter((each) => each.startsWith('::'))) expect(line).toMatch(annotation);
      const out = 'o\u001b[2Jut';
      const generate = runCli(['generate', '--out', out], dir);
      expect(generate.status).toBe(0);
      expect(generate.stderr).toContain(`o\\u001b[2Jut: ${files} files, wrote ${files}, removed 0`);
      expect(generate.stderr).not.toContain('\u001b');
    } finally {
      cleanup();
    }
  });
});
