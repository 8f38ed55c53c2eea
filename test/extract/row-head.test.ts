import { describe, expect, it } from 'vitest';
import { parseHead } from '../../generator/extract/row-head.js';

describe.each([
  ['a plain row', { given: '200 OK', want: { ok: true, code: 200, codeText: '200', phrase: 'OK' } }],
  ['an apostrophe', { given: "418 I'm a teapot", want: { ok: true, code: 418, phrase: "I'm a teapot" } }],
  ['a business code', { given: '100001 Order Locked', want: { ok: true, code: 100001, phrase: 'Order Locked' } }],
  ['no phrase', { given: '200', want: { ok: true, code: 200, phrase: '' } }],
  ['nine digits', { given: '999999999 Max', want: { ok: true, code: 999999999 } }],
  ['a sign', { given: '+200 OK', want: { ok: false, found: 'the code `+200` with a sign' } }],
  ['a minus sign', { given: '-1 Bad', want: { ok: false, found: 'the code `-1` with a sign' } }],
  ['a leading zero', { given: '0200 OK', want: { ok: false, found: 'the code `0200` with a leading zero' } }],
  ['an exponent', { given: '2e2 OK', want: { ok: false, found: 'the code `2e2` with an exponent' } }],
  ['ten digits', { given: '1234567890 Big', want: { ok: false } }],
  ['full-width digits', { given: '２００ OK', want: { ok: false, found: 'the code `２００` in non-ASCII digits' } }],
  ['two spaces', { given: '200  OK', want: { ok: false } }],
  ['a tab', { given: '200\tOK', want: { ok: false } }],
  ['a word', { given: 'OK 200', want: { ok: false } }],
  ['an empty cell', { given: '', want: { ok: false, found: 'an empty first cell' } }],
])('parseHead: %s', (_name, { given, want }) => {
  it('reads CODE PHRASE or says what it found', () => {
    expect(parseHead(given)).toMatchObject(want);
  });
});
