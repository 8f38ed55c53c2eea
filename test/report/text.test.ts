import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { report } from '../../generator/diagnostics.js';
import { textReport } from '../../generator/report/text.js';
import type { TableSummary } from '../../generator/seeds.js';

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
