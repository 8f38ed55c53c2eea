// The drift report of a large file: the diff skips what both sides share and
// looks at a bounded window after the first difference, with real line numbers.
import { describe, expect, it } from 'vitest';
import { describeDrift } from '../../generator/write/drift.js';
import type { Plan } from '../../generator/write/plan.js';

const lines = (count: number, line: (index: number) => string) => Array.from({ length: count }, (_, index) => `${line(index)}\n`).join('');

function drift(current: string, text: string): string {
  const plan: Plan = { missing: [], changed: [{ path: 'src/codes/map.ts', text, current }], orphaned: [], blocked: [], foreign: [], sideFiles: [], emptyFolders: [], unchanged: 0 };
  return describeDrift(plan, 'generated', 'npm run generate');
}

describe('describeDrift on a large file', () => {
  it('numbers hunks by the real lines after a long shared start', () => {
    const current = lines(50_000, (index) => `line ${index}`);
    const report = drift(current, current.replace('line 40000\n', 'line 40000 changed\n'));
    expect(report).toContain('@@ -39998,7 +39998,7 @@');
    expect(report).toContain('-line 40000\n+line 40000 changed');
    expect(report).not.toContain('more diff lines');
  });

  it('diffs a bounded window when every other line differs (a line diff of all of it is quadratic)', () => {
    const current = lines(40_000, (index) => `row ${index} line ${index}`);
    const text = lines(40_000, (index) => `row ${index} line ${index % 2 === 0 ? index : index + 1}`);
    const report = drift(current, text);
    expect(report).toContain('@@ -1,');
    expect(report).toContain('-row 1 line 1\n+row 1 line 2');
    expect(report).toContain('... more diff lines (the diff above covers the first 200 differing lines)');
  });

  it('shows a missing large file from its start, counting every line (lines only added diff in linear time)', () => {
    const text = lines(100_000, (index) => `line ${index}`);
    const plan: Plan = { missing: [{ path: 'src/codes/map.ts', text }], changed: [], orphaned: [], blocked: [], foreign: [], sideFiles: [], emptyFolders: [], unchanged: 0 };
    const report = describeDrift(plan, 'generated', 'npm run generate');
    expect(report).toContain('@@ -0,0 +1,100000 @@\n+line 0\n+line 1\n');
    expect(report).toMatch(/\.\.\. 99963 more diff lines/);
  });
});
