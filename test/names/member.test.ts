import { describe, expect, it } from 'vitest';
import { memberName } from '../../generator/names/member.js';

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
  ['订单已锁定', undefined],
  ['', undefined],
])('memberName(%j)', (given, want) => {
  it(`is ${want}`, () => {
    expect(memberName(given)).toBe(want);
  });
});
