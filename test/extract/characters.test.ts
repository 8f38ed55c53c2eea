// Forbidden characters are errors at their place, raw or as references; every
// other character reaches the model exactly.
import { describe, expect, it } from 'vitest';
import { characterReportLimit, isForbidden } from '../../generator/extract/characters.js';
import { messagesOf, readText, seedWith } from '../helpers.js';

// seedWith puts the first row on line 9.
const row = (description: string) => seedWith([`200 OK|${description}`]);

describe('a forbidden character', () => {
  describe.each([
    ['RIGHT-TO-LEFT OVERRIDE, raw', { given: 'ab\u202ecd', at: '9:10', found: 'a bidirectional control character U+202E (written)' }],
    ['RIGHT-TO-LEFT OVERRIDE, hex reference', { given: 'ab&#x202E;cd', at: '9:10', found: 'U+202E (written as `&#x202E;`)' }],
    ['RIGHT-TO-LEFT OVERRIDE, decimal reference', { given: '&#8238;', at: '9:8', found: 'U+202E (written as `&#8238;`)' }],
    ['RIGHT-TO-LEFT MARK, named reference', { given: '&rlm;', at: '9:8', found: 'U+200F (written as `&rlm;`)' }],
    ['LEFT-TO-RIGHT MARK, named reference', { given: 'x&lrm;', at: '9:9', found: 'U+200E' }],
    ['ARABIC LETTER MARK', { given: '\u061c', at: '9:8', found: 'U+061C' }],
    ['FIRST STRONG ISOLATE, uppercase hex', { given: '&#X2068;', at: '9:8', found: 'U+2068' }],
    ['POP DIRECTIONAL ISOLATE', { given: '\u2069', at: '9:8', found: 'U+2069' }],
    ['a carriage return reference', { given: 'a&#13;b', at: '9:9', found: 'a control character U+000D (written as `&#13;`); expected visible text: write `<br>`' }],
    ['a carriage return, hex with zeros', { given: '&#x00000D;', at: '9:8', found: 'U+000D' }],
    ['NUL as a reference', { given: '&#0;', at: '9:8', found: 'U+0000' }],
    ['ESC, raw (a terminal escape)', { given: '\u001b[31mred', at: '9:8', found: 'U+001B (written)' }],
    ['a vertical tab', { given: 'a\u000bb', at: '9:9', found: 'U+000B' }],
    ['a form feed reference', { given: '&#12;', at: '9:8', found: 'U+000C' }],
    ['DEL', { given: '\u007f', at: '9:8', found: 'U+007F' }],
    ['NEL (a C1 control), raw', { given: 'a\u0085b', at: '9:9', found: 'U+0085 (written); expected visible text: write `<br>`' }],
    ['a C1 control as a reference', { given: '&#x9B;', at: '9:8', found: 'U+009B' }],
    ['a lone high surrogate reference', { given: '&#xD800;', at: '9:8', found: 'a lone surrogate U+D800' }],
    ['a lone low surrogate reference', { given: '&#57343;', at: '9:8', found: 'a lone surrogate U+DFFF' }],
    ['a reference inside inline code (kept as written there, but refused)', { given: '`&#x202E;`', at: '9:9', found: 'U+202E' }],
  ])('%s', (_name, { given, at, found }) => {
    it('is a `character` error at its place, and nothing is emitted', () => {
      const { file, table: seed } = readText(row(given));
      expect(messagesOf(file).filter(([rule]) => rule === 'character')).toEqual([['character', 'error', at]]);
      expect(file.messages.find((message) => message.ruleId === 'character')!.reason).toContain(found);
      expect(seed).toBeUndefined();
    });
  });

  it('is found outside the table too: in the title and the front-matter', () => {
    const { file } = readText(seedWith(['200 OK|fine'], '[//]:# "2024/11/7 14:33|a&#x202E;"\n\n# Ti\u202etle\n\nIntro.\n\n'));
    expect(messagesOf(file).filter(([rule]) => rule === 'character')).toEqual([
      ['character', 'error', '1:26'],
      ['character', 'error', '3:5'],
    ]);
  });

  it(`is reported ${characterReportLimit} times at most, then counted`, () => {
    const { file } = readText(row('\u0001'.repeat(characterReportLimit + 50)));
    const found = file.messages.filter((message) => message.ruleId === 'character');
    expect(found).toHaveLength(characterReportLimit + 1);
    expect(found.at(-1)!.reason).toMatch(/^Found 50 more control, bidirectional or lone-surrogate characters/);
  });
});

describe('an allowed character', () => {
  describe.each([
    ['a tab, raw and as a reference', { given: 'a\tb&#9;c', want: 'a\tb\tc' }],
    ['a line feed reference', { given: 'a&#10;b&NewLine;c', want: 'a\nb\nc' }],
    ['a line break', { given: 'a<br>b<br/>c<BR />d', want: 'a\nb\nc\nd' }],
    ['LINE and PARAGRAPH SEPARATOR, raw and as references', { given: 'a\u2028b&#x2029;c', want: 'a\u2028b\u2029c' }],
    ['zero-width characters', { given: 'a\u200bb&ZeroWidthSpace;c\u200cd\u200de\u2060f', want: 'a\u200bb\u200bc\u200cd\u200de\u2060f' }],
    ['a BOM inside text', { given: 'a\ufeffb', want: 'a\ufeffb' }],
    ['astral characters and combining marks', { given: '😀 é 𝒳', want: '😀 é 𝒳' }],
    ['an out-of-range reference (U+FFFD)', { given: '&#x110000;', want: '\ufffd' }],
    ['an escaped reference (plain text)', { given: '&amp;#x202E;', want: '&#x202E;' }],
    ['hostile code as text', { given: "\\*/ export const pwned = 1; /\\* '); process.exit(1); ('", want: "*/ export const pwned = 1; /* '); process.exit(1); ('" }],
  ])('%s', (_name, { given, want }) => {
    it('reaches the model exactly, with no error', () => {
      const { file, table: seed } = readText(row(given));
      expect(messagesOf(file).filter(([, severity]) => severity === 'error')).toEqual([]);
      expect(seed!.rows[0]!.description.text).toBe(want);
    });
  });
});

describe('isForbidden', () => {
  it('holds for exactly the C0 and C1 controls but TAB and LF, DEL, surrogates and the bidirectional controls', () => {
    const forbidden = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) if (isForbidden(codePoint)) forbidden.push(codePoint);
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
    expect(forbidden).toEqual([
      ...range(0x00, 0x08),
      ...range(0x0b, 0x1f),
      ...range(0x7f, 0x9f),
      0x061c,
      0x200e,
      0x200f,
      ...range(0x202a, 0x202e),
      ...range(0x2066, 0x2069),
      ...range(0xd800, 0xdfff),
    ]);
  });
});
