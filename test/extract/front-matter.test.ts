import { describe, expect, it } from 'vitest';
import { messagesOf, readText, seedWith } from '../helpers.js';

const withFront = (line: string) => seedWith(['200 OK|ok'], `${line}\n\n# Title\n\n`);

describe.each([
  ['the seed line', { given: '[//]:# "2024/11/7 14:33|api"', want: { date: '2024-11-07T14:33', tags: ['api'] } }],
  ['several tags', { given: '[//]:# "2024/1/2 9:05|api|v2"', want: { date: '2024-01-02T09:05', tags: ['api', 'v2'] } }],
  ['a date without time or tags', { given: '[//]:# "2024/2/29"', want: { date: '2024-02-29', tags: [] } }],
  ['midnight', { given: '[//]:# "2023/12/31 0:00|x"', want: { date: '2023-12-31T00:00', tags: ['x'] } }],
])('front-matter: %s', (_name, { given, want }) => {
  it('reads date and tags by hand', () => {
    const { seed, file } = readText(withFront(given));
    expect(file.messages.filter((message) => message.fatal)).toEqual([]);
    expect(seed?.frontMatter).toMatchObject(want);
  });
});

describe.each([
  ['February 30', { given: '[//]:# "2024/2/30 10:00|api"', rule: 'front-matter-date' }],
  ['February 29 in a common year', { given: '[//]:# "2023/2/29 10:00|api"', rule: 'front-matter-date' }],
  ['month 13', { given: '[//]:# "2024/13/1 10:00|api"', rule: 'front-matter-date' }],
  ['hour 25', { given: '[//]:# "2024/11/7 25:00|api"', rule: 'front-matter-date' }],
  ['minute 60', { given: '[//]:# "2024/11/7 10:60|api"', rule: 'front-matter-date' }],
  ['not a date', { given: '[//]:# "yesterday|api"', rule: 'front-matter-format' }],
  ['an empty tag', { given: '[//]:# "2024/11/7 14:33|api||x"', rule: 'front-matter-format' }],
  ['no title', { given: '[//]:# ""', rule: 'front-matter-format' }],
])('front-matter error: %s', (_name, { given, rule }) => {
  it(`is a located ${rule} error`, () => {
    const { seed, file } = readText(withFront(given));
    expect(seed).toBeUndefined();
    expect(messagesOf(file)).toContainEqual([rule, 'error', '1:1']);
  });
});

describe('front-matter', () => {
  it('is optional: a missing line is info, and the metadata is absent', () => {
    const { seed, file } = readText(seedWith(['200 OK|ok'], '# Title\n\n'));
    expect(seed?.frontMatter).toBeUndefined();
    expect(messagesOf(file)).toEqual([['front-matter-missing', 'info', '1:1']]);
  });

  it('reports a second front-matter line at its place, naming the first', () => {
    const { file } = readText(seedWith(['200 OK|ok'], '[//]:# "2024/11/7 14:33|api"\n[//]:# "2024/11/8 14:33|api"\n\n# Title\n\n'));
    expect(messagesOf(file)).toContainEqual(['front-matter-duplicate', 'error', '2:1']);
    expect(file.messages[0]!.reason).toContain('line 1');
  });
});

describe.each([
  ['an impossible day', { given: '[//]:# "2024/2/30 10:00|api"', says: 'Found the date `2024/2/30 10:00`, which has no day 30 in month 2' }],
  ['an impossible month', { given: '[//]:# "2024/13/1|api"', says: 'which has no month 13' }],
  ['an impossible hour', { given: '[//]:# "2024/11/7 25:00|api"', says: 'which has no hour 25' }],
  ['an empty title', { given: '[//]:# ""', says: 'Found an empty front-matter title; expected `DATE|TAG...`' }],
  ['a title that is not a date', { given: '[//]:# "v2|api"', says: 'Found the front-matter title `v2|api`; expected `DATE|TAG...`' }],
])('front-matter message: %s', (_name, { given, says }) => {
  it('says what was found and what is expected', () => {
    const { file } = readText(withFront(given));
    expect(file.messages[0]!.reason).toContain(says);
  });
});

describe('a `---` at the start that nothing closes', () => {
  it('is a thematic break: the lists and block quotes after it are read (micromark-extension-frontmatter#5)', async () => {
    const { parseMarkdown } = await import('../../generator/parse/index.js');
    expect(parseMarkdown('---\n\n> a quote\n- a list\n').children.map((node) => node.type)).toEqual(['thematicBreak', 'blockquote', 'list']);
    expect(parseMarkdown('---\ntitle: x\n---\n\n> a quote\n- a list\n').children.map((node) => node.type)).toEqual(['yaml', 'blockquote', 'list']);
  });
});
