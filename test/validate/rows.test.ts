import { describe, expect, it } from 'vitest';
import { messagesOf, readText, seedWith } from '../helpers.js';

describe.each([
  ['a repeated code', { given: ['200 OK|a', '201 Created|b', '200 OK|c'], want: [['code-duplicate', 'error', '11:1']], says: 'Found the code 200 on line 11 and on line 9' }],
  ['a repeated code under another phrase', { given: ['200 OK|a', '200 Fine|b'], want: [['code-duplicate', 'error', '10:1'], ['registry-phrase', 'warning', '10:1']], says: 'on line 10 and on line 9' }],
  ['no phrase', { given: ['200 OK|a', '201|b'], want: [['phrase-empty', 'warning', '10:1']], says: 'its member is named `Code201`' }],
  ['codes alone, and no name column', { given: ['200|a'], want: [['name-fallback', 'warning', '7:1']], says: 'its members are named from their codes (`Code200`)' }],
  ['an empty description', { given: ['200 OK| |'], want: [['description-empty', 'warning', '9:7']], says: 'Found no description for 200' }],
  ['a description of a line break only', { given: ['200 OK|<br>'], want: [['description-empty', 'warning', '9:7']], says: 'Found no description for 200' }],
  ['a phrase without ASCII letters', { given: ['100001 订单已锁定|a'], want: [['name-fallback', 'warning', '9:1']], says: 'so the member is named `Code100001`' }],
])('a row with %s', (_name, { given, want, says }) => {
  it(`is ${want.map(([rule]) => rule).join(' and ')}, said once`, () => {
    const { file } = readText(seedWith(given));
    expect(messagesOf(file)).toEqual(want);
    expect(file.messages[0]!.reason).toContain(says);
  });
});
