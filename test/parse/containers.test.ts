import { describe, expect, it } from 'vitest';
import { messagesOf, readText, seedWith } from '../helpers.js';

describe.each([
  ['4,000 list markers on one line', { given: `${'- '.repeat(4_000)}x\n`, line: 1 }],
  ['ordered list markers', { given: `intro\n\n${'1. '.repeat(100)}x\n`, line: 3 }],
  ['block quote markers', { given: `${'> '.repeat(65)}x\n`, line: 1 }],
  ['mixed markers, indented', { given: `${' - > * + 2)'.repeat(20)} x\n`, line: 1 }],
  ['a list item indented one level deeper a line', { given: Array.from({ length: 70 }, (_, depth) => `${'  '.repeat(depth)}- a\n`).join(''), line: 65 }],
  ['the same, blank lines apart', { given: Array.from({ length: 70 }, (_, depth) => `${'  '.repeat(depth)}- a\n\n`).join(''), line: 129 }],
  ['tabs before a marker', { given: `${'\t'.repeat(33)}- a\n`, line: 1 }],
])('a line with %s', (_name, { given, line }) => {
  it('is a limit-nesting error at that line, before parsing', () => {
    const { table: seed, file } = readText(given + seedWith(['200 OK|ok'], '\n'));
    expect(seed).toBeUndefined();
    expect(messagesOf(file)).toEqual([['limit-nesting', 'error', `${line}:1`]]);
    expect(file.messages[0]!.reason).toMatch(/^Found a line that may be nested in more than 64 lists or block quotes \(by its .* markers and their indentation\); expected at most 64: /);
  });
});

describe.each([
  ['60 nested markers', `${'> '.repeat(60)}x\n\n`],
  ['dashes that are not markers', '---|---|--- - -a -b\n\n'],
  ['numbers that are not markers', '2024. 1.5 3.x\n\n'],
  ['a list nested 30 levels deep', Array.from({ length: 30 }, (_, depth) => `${'  '.repeat(depth)}- a\n`).join('') + '\n'],
  ['text indented 200 columns', `${' '.repeat(200)}a\n\n`],
])('a seed with %s', (_name, given) => {
  it('is read', () => {
    const { table: seed, file } = readText(`${given}${seedWith(['200 OK|ok'], '')}`);
    expect(file.messages.filter((message) => message.ruleId === 'limit-nesting')).toEqual([]);
    expect(seed?.rows).toHaveLength(1);
  });
});
