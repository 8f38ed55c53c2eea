import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { report } from '../../generator/diagnostics.js';
import { githubAnnotations } from '../../generator/report/github.js';

/** A file with one message, made with vfile itself so that the reason reaches the formatter as written. */
function fileWith(path: string, reason: string, fatal: boolean | undefined, place?: { line: number; column: number }) {
  const file = new VFile({ path });
  const message = file.message(reason, { place, ruleId: 'row-cells', source: 'md-codegen' });
  message.fatal = fatal;
  return file;
}

describe.each([
  ['an error', { given: fileWith('seeds/a.md', 'Found 3 cells', true, { line: 9, column: 1 }), want: '::error file=seeds/a.md,line=9,col=1,title=row-cells::Found 3 cells' }],
  ['a warning', { given: fileWith('seeds/a.md', 'Found x', false, { line: 2, column: 5 }), want: '::warning file=seeds/a.md,line=2,col=5,title=row-cells::Found x' }],
  ['info, as a notice', { given: fileWith('seeds/a.md', 'Found x', undefined, { line: 1, column: 1 }), want: '::notice file=seeds/a.md,line=1,col=1,title=row-cells::Found x' }],
  ['no place', { given: fileWith('generated', 'Found x', true), want: '::error file=generated,title=row-cells::Found x' }],
  ['%, CR and LF in the message', { given: fileWith('seeds/a.md', '100% sure\r\nnext', true, { line: 1, column: 1 }), want: '::error file=seeds/a.md,line=1,col=1,title=row-cells::100%25 sure%0D%0Anext' }],
  [': and , in the message, kept', { given: fileWith('seeds/a.md', 'expected `a`: b, c', true, { line: 1, column: 1 }), want: '::error file=seeds/a.md,line=1,col=1,title=row-cells::expected `a`: b, c' }],
  [': , % and LF in the file, escaped', { given: fileWith('my:docs,v2%/a\nb.md', 'x', true, { line: 1, column: 1 }), want: '::error file=my%3Adocs%2Cv2%25/a%0Ab.md,line=1,col=1,title=row-cells::x' }],
  ['an escape sequence and a bidi control in the file, printable', { given: fileWith('a\u001b[2J\u202eb.md', 'x', true, { line: 1, column: 1 }), want: '::error file=a\\u001b[2J\\u202eb.md,line=1,col=1,title=row-cells::x' }],
])('githubAnnotations: %s', (_name, { given, want }) => {
  it('is one workflow command line', () => {
    expect(githubAnnotations([given])).toEqual([want]);
  });
});

describe('githubAnnotations', () => {
  it('gives a span its end, and lists files in order, messages by position', () => {
    const first = new VFile({ path: 'seeds/a.md' });
    report(first, 'warning', 'registry-phrase', 'second', { start: { line: 11, column: 1 }, end: { line: 11, column: 14 } });
    report(first, 'error', 'row-cells', 'first', { line: 9, column: 1 });
    const second = new VFile({ path: 'generated' });
    report(second, 'info', 'hand-written', 'third');
    expect(githubAnnotations([first, second])).toEqual([
      '::error file=seeds/a.md,line=9,col=1,title=row-cells::first',
      '::warning file=seeds/a.md,line=11,col=1,endLine=11,endColumn=14,title=registry-phrase::second',
      '::notice file=generated,title=hand-written::third',
    ]);
  });
});
