import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { report } from '../../generator/diagnostics.js';
import { toJsonMessages } from '../../generator/report/json.js';

describe('toJsonMessages', () => {
  it('has exactly the documented fields', () => {
    const file = new VFile({ path: 'seeds/a.md' });
    report(file, 'warning', 'registry-phrase', 'a reason', { start: { line: 11, column: 1 }, end: { line: 11, column: 14 } });
    report(file, 'info', 'front-matter-missing', 'no place');
    expect(toJsonMessages([file])).toEqual([
      { file: 'seeds/a.md', line: null, column: null, endLine: null, endColumn: null, severity: 'info', ruleId: 'front-matter-missing', message: 'no place' },
      { file: 'seeds/a.md', line: 11, column: 1, endLine: 11, endColumn: 14, severity: 'warning', ruleId: 'registry-phrase', message: 'a reason' },
    ]);
    expect(Object.keys(toJsonMessages([file])[0]!)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'ruleId', 'message']);
  });

  it('sorts by line and column, then errors before warnings before info, then by rule id and reason', () => {
    const file = new VFile({ path: 'seeds/a.md' });
    const at = (line: number, column: number) => ({ line, column });
    report(file, 'info', 'b-rule', 'x', at(9, 1));
    report(file, 'warning', 'z-rule', 'x', at(9, 1));
    report(file, 'warning', 'a-rule', 'y', at(9, 1));
    report(file, 'warning', 'a-rule', 'x', at(9, 1));
    report(file, 'error', 'y-rule', 'x', at(9, 1));
    report(file, 'error', 'c-rule', 'x', at(8, 20));
    report(file, 'error', 'c-rule', 'x', at(9, 0 + 2));
    expect(toJsonMessages([file]).map((message) => `${message.line}:${message.column} ${message.severity} ${message.ruleId} ${message.message}`)).toEqual([
      '8:20 error c-rule x',
      '9:1 error y-rule x',
      '9:1 warning a-rule x',
      '9:1 warning a-rule y',
      '9:1 warning z-rule x',
      '9:1 info b-rule x',
      '9:2 error c-rule x',
    ]);
  });
});
