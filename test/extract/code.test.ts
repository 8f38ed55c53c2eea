import { describe, expect, it } from 'vitest';
import { codeProblem, isCodeShaped, isToken, parseCodePhrase, parseInteger } from '../../generator/extract/code.js';

describe.each([
  ['zero', { given: '0', want: 0 }],
  ['a status', { given: '200', want: 200 }],
  ['a negative code', { given: '-32700', want: -32700 }],
  ['fifteen digits', { given: '999999999999999', want: 999999999999999 }],
  ['sixteen digits', { given: '1234567890123456', want: undefined }],
  ['a leading zero', { given: '0200', want: undefined }],
  ['minus zero', { given: '-0', want: undefined }],
  ['a plus sign', { given: '+200', want: undefined }],
  ['an exponent', { given: '2e2', want: undefined }],
  ['full-width digits', { given: '２００', want: undefined }],
  ['a range', { given: '5xx', want: undefined }],
])('parseInteger: %s', (_name, { given, want }) => {
  it('reads an integer code or nothing', () => {
    expect(parseInteger(given)).toBe(want);
  });
});

describe.each([
  ['a plain row', { given: '200 OK', want: { code: 200, codeText: '200', phrase: 'OK' } }],
  ['an apostrophe', { given: "418 I'm a teapot", want: { code: 418, phrase: "I'm a teapot" } }],
  ['a phrase in parentheses', { given: '200 (OK)', want: { code: 200, phrase: 'OK' } }],
  ['parentheses inside the phrase', { given: '200 (OK) (really)', want: { code: 200, phrase: '(OK) (really)' } }],
  ['a business code', { given: '100001 Order Locked', want: { code: 100001, phrase: 'Order Locked' } }],
  ['a negative code', { given: '-1 Unknown', want: { code: -1, codeText: '-1', phrase: 'Unknown' } }],
  ['no phrase', { given: '200', want: { code: 200, phrase: '' } }],
  ['two spaces', { given: '200  OK', want: undefined }],
  ['a word first', { given: 'OK 200', want: undefined }],
])('parseCodePhrase: %s', (_name, { given, want }) => {
  it('reads CODE PHRASE or nothing', () => {
    if (want === undefined) expect(parseCodePhrase(given)).toBeUndefined();
    else expect(parseCodePhrase(given)).toMatchObject(want);
  });
});

describe.each([
  ['a sign', { given: '+200 OK', want: 'the code `+200` with a sign' }],
  ['a leading zero', { given: '0200 OK', want: 'the code `0200` with a leading zero' }],
  ['an exponent', { given: '2e2 OK', want: 'the code `2e2` with an exponent' }],
  ['sixteen digits', { given: '1234567890123456 Big', want: 'the code `1234567890123456` with 16 digits (at most 15)' }],
  ['full-width digits', { given: '２００ OK', want: 'the code `２００` in non-ASCII digits' }],
  ['two spaces', { given: '200  OK', want: '`200` followed by 2 white-space characters instead of one space' }],
  ['a range', { given: '5xx', want: '`5xx` where a code was expected' }],
  ['an empty cell', { given: '', want: 'an empty code cell' }],
])('codeProblem: %s', (_name, { given, want }) => {
  it('says what was found', () => {
    expect(codeProblem(given, true)).toBe(want);
  });
});

describe.each([
  ['INVALID_ARGUMENT', { token: true, shaped: true }],
  ['AuthFailure.SignatureExpire', { token: true, shaped: true }],
  ['E1001', { token: true, shaped: true }],
  ['OK', { token: true, shaped: true }],
  ['invalid_request', { token: true, shaped: false }],
  ['string', { token: true, shaped: false }],
  ['user_id', { token: true, shaped: false }],
  ['N/A', { token: false, shaped: false }],
  ['5xx', { token: false, shaped: false }],
  ['not a token', { token: false, shaped: false }],
  ['_private', { token: false, shaped: false }],
])('%s', (given, { token, shaped }) => {
  it(`is ${token ? '' : 'not '}a token${shaped ? ' shaped like a code' : ''}`, () => {
    expect(isToken(given)).toBe(token);
    expect(isCodeShaped(given)).toBe(shaped);
  });
});
