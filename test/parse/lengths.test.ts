// The line and paragraph limits, checked on the raw text before parsing:
// refused at their place, read just under; and the runs they measure bound
// every paragraph, heading and table cell the parser finds (a property over
// random documents of every block shape).
import fc from 'fast-check';
import type { Nodes, Parent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../generator/limits.js';
import { parseMarkdown } from '../../generator/parse/index.js';
import { type LineMeasure, headCells, markupCount, measureLines } from '../../generator/parse/lengths.js';
import { messagesOf, readText, seedWith } from '../helpers.js';
import { propertyRuns, propertyTimeout } from '../property/runs.js';

/** Every line's measure. */
function measures(text: string): LineMeasure[] {
  const all: LineMeasure[] = [];
  measureLines(text, (measure) => {
    all.push(measure);
    return true;
  });
  return all;
}

const limitErrors = (file: ReturnType<typeof readText>['file']) => messagesOf(file).filter(([rule]) => rule.startsWith('limit-'));

describe('the line length', () => {
  const limits = { lineLength: 40, paragraphLength: 1000 };
  it.each([
    ['a row at the limit', seedWith([`200 OK|${'*a'.repeat(16)}`]), []],
    ['a row over the limit', seedWith([`200 OK|${'*a'.repeat(17)}`]), [['limit-line-length', 'error', '9:1']]],
    ['a heading over the limit', `# ${'a'.repeat(39)}\n\n${seedWith(['200 OK|ok'], '')}`, [['limit-line-length', 'error', '1:1']]],
    ['astral characters, counted once each', seedWith([`200 OK|${'😀'.repeat(33)}`]), []],
  ])('%s', (_name, given, want) => {
    const { file, seed } = readText(given, 'test', limits);
    expect(limitErrors(file)).toEqual(want);
    expect(seed === undefined).toBe(want.length > 0);
  });

  it('names the line, its length, the limit and the flag', () => {
    const { file } = readText(seedWith([`200 OK|${'a'.repeat(50)}`]), 'test', limits);
    const [message] = file.messages;
    expect(message!.reason).toBe('Found a line of 57 characters; expected at most 40 (the Markdown parser slows down on long lines): split it, or raise the limit with --max-line-length');
    expect(message!.place).toEqual({ start: { line: 9, column: 1 }, end: { line: 9, column: 58 } });
  });

  it('is checked before parsing: nothing else is reported', () => {
    const { file } = readText(seedWith([`200 OK|${'*'.repeat(60)}`, '200 OK|again']), 'test', limits);
    expect(messagesOf(file)).toEqual([['limit-line-length', 'error', '9:1']]);
  });
});

describe('the paragraph length', () => {
  const limits = { lineLength: 1000, paragraphLength: 60 };
  const intro = (lines: string[]) => `# Title\n\n${lines.join('\n')}\n\n`;
  it.each([
    ['a paragraph at the limit', intro(['*a'.repeat(15), '*a'.repeat(15)]), []],
    ['a paragraph over the limit', intro(['*a'.repeat(15), '*a'.repeat(15), 'x']), [['limit-paragraph-length', 'error', '3:1']]],
    ['two paragraphs under it, apart', intro(['*a'.repeat(15), '*a'.repeat(15), '', '*a'.repeat(15), '*a'.repeat(15)]), []],
    ['a list of short items', intro(['- ' + 'a'.repeat(40), '- ' + 'a'.repeat(40), '* ' + 'a'.repeat(40), '1. ' + 'a'.repeat(40)]), []],
    ['headings between lines', intro(['a'.repeat(40), '## ' + 'a'.repeat(40), 'a'.repeat(40)]), []],
    ['an item with a long lazy paragraph', intro(['- ' + 'a'.repeat(40), 'a'.repeat(40)]), [['limit-paragraph-length', 'error', '3:1']]],
    ['a paragraph that a table head would end inside a list', intro(['- a', 'A|B', '-|-', '*a'.repeat(30)]), [['limit-paragraph-length', 'error', '3:1']]],
  ])('%s', (_name, header, want) => {
    const { file } = readText(seedWith(['200 OK|ok'], header), 'test', limits);
    expect(limitErrors(file)).toEqual(want);
  });

  it('does not count the rows of a table together', () => {
    const { file, table: seed } = readText(seedWith(Array.from({ length: 50 }, (_, index) => `${200 + index} OK|${'*a'.repeat(10)}`)), 'test', limits);
    expect(limitErrors(file)).toEqual([]);
    expect(seed?.rows).toHaveLength(50);
  });

  it('names the lines, their length, the limit and the flag', () => {
    const { file } = readText(seedWith(['200 OK|ok'], intro(['a'.repeat(40), 'b'.repeat(40)])), 'test', limits);
    const [message] = file.messages;
    expect(message!.reason).toBe(
      'Found 80 characters in lines 3–4 without a blank line between them, read as one paragraph; expected at most 60 (the Markdown parser slows down on long paragraphs): add blank lines between paragraphs, or raise the limit with --max-paragraph-length',
    );
    expect(message!.place).toEqual({ start: { line: 3, column: 1 }, end: { line: 4, column: 41 } });
  });
});

describe('the markup count', () => {
  const limits = { lineLength: 10_000, paragraphLength: 10_000, markup: 20 };
  const intro = (lines: string[]) => seedWith(['200 OK|ok'], `# Title\n\n${lines.join('\n')}\n\n`);
  it.each([
    ['a row at the limit', seedWith([`200 OK|${'*_'.repeat(10)}`]), []],
    ['a row over the limit', seedWith([`200 OK|${'*_'.repeat(10)}~`]), [['limit-markup', 'error', '9:1']]],
    ['a row of every kind over the limit', seedWith([`200 OK|${'*~<[_'.repeat(4)}*`]), [['limit-markup', 'error', '9:1']]],
    ['underscores inside words', seedWith([`200 OK|${'INVALID_ARGUMENT_CODE '.repeat(20)}`]), []],
    ['underscores inside Chinese words', seedWith([`200 OK|${'参数_错误 '.repeat(30)}`]), []],
    ['underscores next to Chinese punctuation', seedWith([`200 OK|${'：_'.repeat(21)}`]), [['limit-markup', 'error', '9:1']]],
    ['underscores at the start and end of words', seedWith([`200 OK|${'_a_ '.repeat(11)}`]), [['limit-markup', 'error', '9:1']]],
    ['a paragraph at the limit', intro(['*a'.repeat(10), '[a'.repeat(10)]), []],
    ['a paragraph over the limit', intro(['*a'.repeat(10), '[a'.repeat(11)]), [['limit-markup', 'error', '3:1']]],
    ['two paragraphs under it, apart', intro(['*a'.repeat(15), '', '*a'.repeat(15)]), []],
    ['a code fence at the first column', intro(['```ts', ...Array.from({ length: 10 }, () => 'const a: Array<[T]> = *p;'), '```', '*a'.repeat(20)]), []],
    ['a tilde fence at the first column', intro(['~~~', '*_'.repeat(30), '~~~']), []],
    ['a line after the fence closed', intro(['```', '*a', '```', '*a'.repeat(21)]), [['limit-markup', 'error', '6:1']]],
    ['a fence that is no fence (a backtick in its info)', intro(['```a`b', '*a'.repeat(10), '*a'.repeat(11)]), [['limit-markup', 'error', '3:1']]],
    ['a fence in a list item, ended by a line at the first column', intro(['- a', '', '  ```', '*a'.repeat(21)]), [['limit-markup', 'error', '6:1']]],
    ['a fence inside an HTML comment', intro(['<!--', '```', '-->', '*a'.repeat(21)]), [['limit-markup', 'error', '6:1']]],
    ['an HTML block at the first column', intro(['<table>', `  <tr><td><a href="x"><img src="y"/><br /><sub><b>${'[a]'.repeat(10)}</b></sub></a></td></tr>`, '</table>']), []],
    ['a line after the HTML block', intro(['<div>', '<b>x</b>', '', '<b>'.repeat(21)]), [['limit-markup', 'error', '6:1']]],
    ['an HTML comment at the first column', intro(['<!--', '*a'.repeat(30), '-->', 'x']), []],
    ['a line after the HTML comment closed', intro(['<!-- a -->', '*a'.repeat(21)]), [['limit-markup', 'error', '4:1']]],
    // What the parser may hold open at the first column without the measure knowing which: each would hide the last line.
    ['fences after a fence in a list item', intro(['- a', '', '  ```', '```', 'code', '```', '*a'.repeat(21)]), [['limit-markup', 'error', '9:1']]],
    ['a comment in an indented HTML block', intro(['  <div>', '<!--', '', '*a'.repeat(21)]), [['limit-markup', 'error', '6:1']]],
    ['a fence in an HTML block of any tag', intro(['<custom-tag>', '```', '', '*a'.repeat(21)]), [['limit-markup', 'error', '6:1']]],
    ['a comment in an HTML block of any tag', intro(['<img src="x">', '<!--', '', '*a'.repeat(21), '-->']), [['limit-markup', 'error', '6:1']]],
  ])('%s', (_name, given, want) => {
    const { file, seed } = readText(given, 'test', limits);
    expect(limitErrors(file)).toEqual(want);
    expect(seed === undefined).toBe(want.length > 0);
  });

  it('names the place, the count, the limit and the flag', () => {
    const { file } = readText(intro(['*a'.repeat(15), '*a'.repeat(15)]), 'test', limits);
    const [message] = file.messages;
    expect(message!.reason).toBe(
      'Found 30 markup characters (`*`, `_`, `~`, `<`, `[`, `]`) in lines 3–4 without a blank line between them, read as one paragraph; expected at most 20 (the Markdown parser takes time quadratic in how many one paragraph holds): add blank lines between paragraphs, or raise the limit with --max-markup',
    );
    expect(message!.place).toEqual({ start: { line: 3, column: 1 }, end: { line: 4, column: 31 } });
    const row = readText(seedWith([`200 OK|${'*'.repeat(21)}`]), 'test', limits).file.messages[0]!;
    expect(row.reason).toBe('Found 21 markup characters (`*`, `_`, `~`, `<`, `[`, `]`) on line 9; expected at most 20 (the Markdown parser takes time quadratic in how many one line or paragraph holds): split the line or write fewer, or raise the limit with --max-markup');
  });

  it('counts what the parser may match', () => {
    const text = 'a*b~c<d[e]f_g _h i_ (j) `k` \\*';
    expect(markupCount(text, 0, text.length)).toBe(8);
  });
});

describe('the default limits', () => {
  it('read a line and a paragraph of the default length', () => {
    const line = 'a'.repeat(defaultLimits.lineLength - 'x'.length);
    const { file } = readText(seedWith(['200 OK|ok'], `# T\n\nx${line}\n\n`));
    expect(limitErrors(file)).toEqual([]);
  });
});

describe('headCells', () => {
  it.each([
    ['a|b', 2],
    ['|a|b|', 2],
    ['a|', 1],
    ['||', 1],
    ['| |', 1],
    ['a||b', 3],
    ['a\\|b|c', 2],
    ['a\\\\|b', 2],
    ['`a|b`|c', 3],
    ['a', 0],
  ])('%j has %d cells', (row, want) => {
    expect(headCells(row, 0, row.length)).toBe(want);
  });
});

// Lines of every block shape, hostile to the measure: containers, lazy
// lines, fences, HTML blocks of each kind, tables in and out of them.
const lineShapes = [
  '',
  'text *a*a',
  'x|*a|b',
  '*a*a',
  '# h',
  '   # h',
  '    # h',
  '- a',
  '  - b',
  '* a',
  '-',
  '--',
  '---',
  '===',
  '***',
  '1. a',
  '2. a',
  '10.  a',
  '> a',
  '> - a',
  '>',
  '> A|B',
  '> -|-',
  '```',
  '  ```',
  '~~~',
  '```js',
  '<!--',
  '-->',
  'x -->',
  'a|b -->',
  '<div>',
  '</div>',
  '<span>',
  '<?',
  '?>',
  '<!X',
  '>',
  '<![CDATA[',
  ']]>',
  '<script>',
  '</script>',
  '<pre>',
  'A|B',
  '|A|B|',
  'A',
  '-|-',
  '|-|-|',
  ':-|-:',
  '-|-|-',
  '-',
  'a\\|b|c',
  '1|2',
  '    code',
  '  cont',
  '\tcode',
  '[^a]: note',
  '[a]: http://x.example',
  '[a]',
  '<!-- c -->',
  'A|B|C',
  '|-|',
  '-|-:|',
  '| --- | --- |',
  'a|',
  '|a',
  '\\|a|b',
  '<pre x>',
  '</pre>',
  '<textarea>',
  '<STYLE>',
  '</style>',
  '<![CDATA[x]]>',
  '<?php ?>',
  '<!DOCTYPE html>',
  '````',
  '~~~~',
  '```a`b',
  '#',
  '+ a',
  '1) a',
  '- [ ] a',
  'a_b _c_ ~d~',
  '<custom-tag>',
  '<img src="x"> *a*',
  '<td>[a]',
  '<b>x</b> [y]',
  '*_*_',
];
const prefixes = ['', ' ', '  ', '   ', '    ', '\t', '> ', '>', '- ', '  - ', '1. ', '* ', '[^a]: '];
const document = fc
  .array(fc.tuple(fc.array(fc.constantFrom(...prefixes), { maxLength: 2 }), fc.constantFrom(...lineShapes)).map(([prefix, shape]) => prefix.join('') + shape), { minLength: 1, maxLength: 24 })
  .map((lines) => lines.join('\n'));

/** The first and last line of the inline text of every paragraph, heading (a setext heading without its underline) and table cell, and its markup characters. */
function inlineSpans(node: Nodes, text: string): [number, number, number][] {
  const children = (node as Partial<Parent>).children ?? [];
  const { start, end } = node.position ?? { start: { line: 0, offset: 0 }, end: { line: 0, offset: 0 } };
  const markup = markupCount(text, start.offset!, end.offset!);
  const own: [number, number, number][] = node.type === 'paragraph' || node.type === 'tableCell' ? [[start.line, end.line, markup]] : node.type === 'heading' ? [[start.line, Math.max(start.line, end.line - 1), markup]] : [];
  return [...own, ...children.flatMap((child) => inlineSpans(child as Nodes, text))];
}

describe('measureLines', () => {
  it('gives the rows of a table, headings and breaks alone, and a paragraph the sum of its lines', () => {
    const text = '# T\n\nIntro\nmore\n\nA|B\n-|-\n1|*a\n- item\n  cont\n***\nlazy';
    expect(measures(text).map(({ line, run, runLine, alone }) => [line, run, runLine, alone])).toEqual([
      [1, 3, 1, true],
      [2, 0, 2, false],
      [3, 5, 3, false],
      [4, 9, 3, false],
      [5, 0, 5, false],
      [6, 3, 6, true],
      [7, 3, 7, true],
      [8, 4, 8, true],
      [9, 6, 9, false],
      [10, 12, 9, false],
      [11, 3, 11, true],
      [12, 4, 12, false],
    ]);
  });

  it('bounds every paragraph, heading and table cell the parser finds', { timeout: propertyTimeout(propertyRuns(3000), 20) }, () => {
    fc.assert(
      fc.property(document, (text) => {
        const byLine = measures(text);
        for (const [first, last, markup] of inlineSpans(parseMarkdown(text), text)) {
          const measure = byLine[last - 1]!;
          // The run that ends on the last line starts at or before the first: it holds all of the text.
          expect(measure.alone ? measure.line : measure.runLine, `lines ${first}–${last} of ${JSON.stringify(text)}`).toBeLessThanOrEqual(first);
          // And its markup: no line of it was taken for raw text.
          expect(measure.alone ? measure.markup : measure.markupRun, `markup of lines ${first}–${last} of ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(markup);
        }
      }),
      { numRuns: propertyRuns(3000) },
    );
  });
});
