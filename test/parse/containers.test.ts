import { describe, expect, it } from 'vitest';
import { messagesOf, readText, seedWith } from '../helpers.js';

describe.each([
  ['10,000 list markers on one line', { given: `${'- '.repeat(10_000)}x\n`, line: 1 }],
  ['ordered list markers', { given: `intro\n\n${'1. '.repeat(100)}x\n`, line: 3 }],
  ['block quote markers', { given: `${'> '.repeat(65)}x\n`, line: 1 }],
  ['mixed markers, indented', { given: `${' - > * + 2)'.repeat(20)} x\n`, line: 1 }],
])('a line with %s', (_name, { given, line }) => {
  it('is a limit-nesting error at that line, before parsing', () => {
    const { table: seed, file } = readText(given + seedWith(['200 OK|ok'], '\n'));
    expect(seed).toBeUndefined();
    expect(messagesOf(file)).toEqual([['limit-nesting', 'error', `${line}:1`]]);
  });
});

describe.each([
  ['60 nested markers', `${'> '.repeat(60)}x\n\n`],
  ['dashes that are not markers', '---|---|--- - -a -b\n\n'],
  ['numbers that are not markers', '2024. 1.5 3.x\n\n'],
])('a seed with %s', (_name, given) => {
  it('is read', () => {
    const { table: seed, file } = readText(`${given}${seedWith(['200 OK|ok'], '')}`);
    expect(file.messages.filter((message) => message.ruleId === 'limit-nesting')).toEqual([]);
    expect(seed?.rows).toHaveLength(1);
  });
});
