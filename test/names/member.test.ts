import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memberName, writtenName } from '../../generator/names/member.js';

describe.each([
  ['OK', 'Ok'],
  ["I'm a teapot", 'ImATeapot'],
  ['HTTP Version Not Supported', 'HttpVersionNotSupported'],
  ['Multi-Status', 'MultiStatus'],
  ['Non-Authoritative Information', 'NonAuthoritativeInformation'],
  ['IM Used', 'ImUsed'],
  ['Network read timeout error', 'NetworkReadTimeoutError'],
  ['I’m curly', 'ImCurly'],
  ['  spaced   out  ', 'SpacedOut'],
  ['订单 Locked', 'Locked'],
  ['Level 2 Cache', 'Level2Cache'],
  ['3D Secure', undefined],
  ['BadRequestError', 'BadRequestError'],
  ['INVALID_ARGUMENT', 'InvalidArgument'],
  ['AuthFailure.SignatureExpire', 'AuthFailureSignatureExpire'],
  ['HTTPVersion', 'HttpVersion'],
  ['E1001', 'E1001'],
  ['message sign error', 'MessageSignError'],
  ['v2Api', 'V2Api'],
  ['订单已锁定', undefined],
  ['', undefined],
])('memberName(%j)', (given, want) => {
  it(`is ${want}`, () => {
    expect(memberName(given)).toBe(want);
  });
});

// The rule written with regular expressions: the one-pass version must name every phrase alike.
function reference(phrase: string): string | undefined {
  const name = phrase
    .replace(/['\u2019]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .flatMap((word) => word.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/))
    .filter((word) => word !== '')
    .map((word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase())
    .join('');
  return /^[A-Za-z]/.test(name) ? name : undefined;
}

describe('memberName on any phrase', () => {
  it('names it as the rule does', () => {
    const piece = fc.oneof(fc.string(), fc.constantFrom("'", '\u2019', ' ', '-', '9', 'aZ', 'AB', 'Ab', 'Éé', '订单', '\ud83d\ude00', '\ud800'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const phrase = pieces.join('');
        expect(memberName(phrase)).toBe(reference(phrase));
      }),
      { numRuns: 2000 },
    );
  });
});

describe.each([
  ['INVALID_ARGUMENT', 'INVALID_ARGUMENT'],
  ['Not Found', 'Not_Found'],
  ['AuthFailure.SignatureExpire', 'AuthFailure_SignatureExpire'],
  ["I'm a teapot", 'Im_a_teapot'],
  ['$ref', '$ref'],
  ['_INTERNAL', '_INTERNAL'],
  ['  spaced out  ', 'spaced_out'],
  ['__proto__', undefined],
  ['3D Secure', undefined],
  ['订单已锁定', undefined],
  ['', undefined],
])('writtenName(%j)', (given, want) => {
  it(`is ${want}`, () => {
    expect(writtenName(given)).toBe(want);
  });
});
