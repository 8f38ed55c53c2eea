// generator/extract/directive.ts: which HTML comments are the reading stage's directives.
import { describe, expect, it } from 'vitest';
import { isDirective } from '../../generator/extract/directive.js';
import { messagesOf, readText, seedWith } from '../helpers.js';

const html = (value: string) => ({ type: 'html' as const, value });

describe.each([
  ['a name directive', { given: '<!-- md-codegen name="OrderStatus" -->', want: true }],
  ['a bare md-codegen comment', { given: '<!--md-codegen-->', want: true }],
  ['another tool\'s comment', { given: '<!-- md-codegen-disable -->', want: false }],
  ['an accept comment, which only breaking reads', { given: '<!-- md-codegen accept member-renamed 413 -->', want: false }],
  ['an accept comment without more', { given: '<!-- md-codegen accept -->', want: false }],
  ['a name that starts with accept', { given: '<!-- md-codegen acceptable="x" -->', want: true }],
])('isDirective: %s', (_name, { given, want }) => {
  it(`is ${want}`, () => {
    expect(isDirective(html(given))).toBe(want);
  });
});

it('passes an accept comment over, before a table or anywhere else', () => {
  const text = seedWith(['200 OK|Fine', '404 Not Found|Missing']).replace('Code | Description', '<!-- md-codegen accept member-renamed 413 -->\nCode | Description');
  const { file, table } = readText(`${text}\n<!-- md-codegen accept code-removed 200 -->\n`);
  expect(messagesOf(file).filter(([rule]) => rule === 'directive')).toEqual([]);
  expect(table?.directive).toBeUndefined();
  expect(table?.rows.length).toBe(2);
});
