// The escaping helpers, one per output context: examples of each hostile
// input, then properties over arbitrary text (lone surrogates included).
import { createContext, runInContext } from 'node:vm';
import fc from 'fast-check';
import type { Parent, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { identifier, markdownCode, markdownText, stringLiteral, tsdocCode, tsdocText } from '../../generator/emit/escape.js';
import { fallbackName, memberName } from '../../generator/names/member.js';
import { parseMarkdown } from '../../generator/parse/index.js';
import { propertyRuns, propertyTimeout } from '../property/runs.js';

/** Arbitrary text: any code points, plus lone surrogates and the hostile pieces fast-check would rarely build. */
export const hostilePieces = ['*/', '/*', '/**', '@internal', '@', '{@link x}', '"', "'", '`', '\\', '${', '\u2028', '\u2029', '\r\n', '\r', '\n', '</script>', '<br>', '&#64;', '&amp;', '\ufeff', '\u200b', '\u200d', '\u2060', '\u{e0041}', '\ufe0f', '\u00ad', '\u0085', '\u202e', '\ud800', '\udfff', '|', ' ', '\t', '-', '1.', '#'];
export const anyText = fc
  .array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...hostilePieces), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) })), { maxLength: 8 })
  .map((pieces) => pieces.join(''));

/** Every `@`, `*\/`, `/*` or line terminator would let cell text act in a comment (or confuse ts-morph's writer). */
const commentBreakers = /@|\*\/|\/\*|[\n\r\u2028\u2029]/;

/** What a TSDoc renderer shows for escaped text: backslash escapes and `&#64;` decoded. */
function renderTsdoc(text: string): string {
  return text.replace(/\\([\s\S])|&#64;/g, (whole, escaped: string | undefined) => escaped ?? '@');
}

/** The comments and tokens TypeScript's scanner finds in `source`. */
function scan(source: string): { kind: ts.SyntaxKind; text: string }[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, source);
  const tokens = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) tokens.push({ kind, text: scanner.getTokenText() });
  return tokens;
}

/** Controls, line separators and the invisible characters, as `\p{}` classes (independent of the helper's own list). */
const invisibleOrControl = /[\p{Cc}\u2028\u2029\p{Default_Ignorable_Code_Point}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

const context = createContext({});
const evaluate = (source: string): unknown => runInContext(`(${source})`, context);

describe('stringLiteral', () => {
  describe.each([
    ['quote and call', { given: `'); process.exit(1); ('`, want: `"'); process.exit(1); ('"` }],
    ['double quotes and backslashes', { given: '"\\"', want: '"\\"\\\\\\""' }],
    ['template syntax', { given: '${process.exit(1)}`', want: '"${process.exit(1)}`"' }],
    ['line separators', { given: 'a\u2028b\u2029c', want: '"a\\u2028b\\u2029c"' }],
    ['a lone carriage return', { given: 'a\rb', want: '"a\\rb"' }],
    ['lone surrogates', { given: '\ud800x\udfff', want: '"\\ud800x\\udfff"' }],
    ['C1 controls, DEL and BOM', { given: '\u007f\u0085\u009f\ufeff', want: '"\\u007f\\u0085\\u009f\\ufeff"' }],
    ['the bidirectional controls', { given: '\u061c\u200e\u200f\u202a\u202e\u2066\u2069', want: '"\\u061c\\u200e\\u200f\\u202a\\u202e\\u2066\\u2069"' }],
    ['zero-width characters and the word joiner', { given: 'a\u200bb\u200cc\u200dd\u2060e', want: '"a\\u200bb\\u200cc\\u200dd\\u2060e"' }],
    ['tag characters, as astral escapes', { given: 'ok\u{e0001}\u{e0041}\u{e007f}', want: '"ok\\u{e0001}\\u{e0041}\\u{e007f}"' }],
    ['a soft hyphen, a variation selector, a Hangul filler', { given: 'a\u00adb\ufe0fc\u3164', want: '"a\\u00adb\\ufe0fc\\u3164"' }],
    ['an emoji and CJK text, kept', { given: '😀中文', want: '"😀中文"' }],
    ['a closing script tag, harmless in a string', { given: '</script>', want: '"</script>"' }],
  ])('%s', (_name, { given, want }) => {
    it('is escaped and evaluates to the input', () => {
      expect(stringLiteral(given)).toBe(want);
      expect(evaluate(stringLiteral(given))).toBe(given);
    });
  });

  it('evaluates to exactly its input, is one string token, and holds only printable characters', { timeout: propertyTimeout(propertyRuns(500), 100) }, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const literal = stringLiteral(text);
        expect(evaluate(literal)).toBe(text);
        const tokens = scan(literal);
        expect(tokens.map((token) => token.kind)).toEqual([ts.SyntaxKind.StringLiteral]);
        expect(literal).not.toMatch(invisibleOrControl);
        expect(literal).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      }),
      { numRuns: propertyRuns(500) },
    );
  });
});

describe('tsdocText', () => {
  describe.each([
    ['a comment close', { given: '*/ export const pwned = 1; /*', want: '*\\/ export const pwned = 1; /\\*' }],
    ['a tag', { given: '@internal', want: '&#64;internal' }],
    ['a tag after text', { given: 'see a@internal.example', want: 'see a&#64;internal.example' }],
    ['an inline tag', { given: '{@link pwned}', want: '\\{&#64;link pwned\\}' }],
    ['HTML', { given: '</script><b>', want: '\\</script\\>\\<b\\>' }],
    ['entities stay as written', { given: '&#64; &amp; a&b', want: '\\&#64; \\&amp; a&b' }],
    ['brackets', { given: '[x](javascript:alert(1))', want: '\\[x\\](javascript:alert(1))' }],
    ['backslashes and backticks', { given: '\\`', want: '\\\\\\`' }],
    ['line terminators', { given: 'a\r\nb\rc\nd\u2028e\u2029f\u0085g', want: 'a b c d e f g' }],
    ['a star before a slash after escaping', { given: '**/', want: '**\\/' }],
    ['a comment opening', { given: 'a /* b /** c', want: 'a /\\* b /\\** c' }],
    ['marks that overlap', { given: '*/*/', want: '*\\/\\*\\/' }],
  ])('%s', (_name, { given, want }) => {
    it('is escaped', () => {
      expect(tsdocText(given)).toBe(want);
    });
  });

  it('never holds `@`, `*/`, `/*` or a line terminator, stays one comment, and renders back to its input', { timeout: propertyTimeout(propertyRuns(500), 100) }, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const escaped = tsdocText(text);
        expect(escaped).not.toMatch(commentBreakers);
        expect(renderTsdoc(escaped)).toBe(text.replace(/\r\n|[\n\r\u2028\u2029\u0085]/g, ' '));
        const comment = `/** ${escaped} */`;
        expect(scan(`${comment} x`)).toEqual([
          { kind: ts.SyntaxKind.MultiLineCommentTrivia, text: comment },
          { kind: ts.SyntaxKind.WhitespaceTrivia, text: ' ' },
          { kind: ts.SyntaxKind.Identifier, text: 'x' },
        ]);
      }),
      { numRuns: propertyRuns(500) },
    );
  });
});

describe('tsdocCode', () => {
  describe.each([
    ['plain code', { given: 'a < b && c', want: '`a < b && c`' }],
    ['a comment close', { given: 'x */ y', want: 'x *\\/ y' }],
    ['a comment opening', { given: 'x /* y', want: 'x /\\* y' }],
    ['an at sign', { given: 'x@internal', want: 'x&#64;internal' }],
    ['a backtick', { given: 'a`b', want: 'a\\`b' }],
    ['a line break', { given: 'a\nb', want: 'a b' }],
    ['a space at an end', { given: ' a', want: ' a' }],
  ])('%s', (_name, { given, want }) => {
    it('is a code span when safe, escaped text otherwise', () => {
      expect(tsdocCode(given)).toBe(want);
    });
  });

  it('never holds `@`, `*/`, `/*` or a line terminator', { timeout: propertyTimeout(propertyRuns(500), 100) }, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(tsdocCode(text)).not.toMatch(commentBreakers);
      }),
      { numRuns: propertyRuns(500) },
    );
  });
});

describe('identifier', () => {
  it.each(['Ok', 'SeeOther203', 'a1'])('accepts %s', (name) => {
    expect(identifier(name)).toBe(name);
  });
  it.each(['', '200', 'a = 1, pwned', 'a-b', 'é', 'a b', 'a$', '_a'])('throws on %j as a bug', (name) => {
    expect(() => identifier(name)).toThrow(/md-codegen bug/);
  });
  it('accepts every name the naming rule forms from any phrase', () => {
    fc.assert(
      fc.property(anyText, fc.stringMatching(/^[1-9][0-9]{0,8}$/), (phrase, code) => {
        const name = memberName(phrase) ?? fallbackName(code);
        expect(identifier(name)).toBe(name);
      }),
      { numRuns: propertyRuns(500) },
    );
  });
});

/** The plain text of the first table cell or paragraph of `markdown`, with `<br>` as a line feed. */
function readBack(markdown: string, where: 'cell' | 'paragraph'): string {
  const tree: Root = parseMarkdown(`Before.\n\n${markdown}`);
  const block = tree.children[1];
  const node: Parent | undefined = where === 'cell' ? (block?.type === 'table' ? block.children[1]?.children[0] : undefined) : block?.type === 'paragraph' ? block : undefined;
  if (!node || tree.children.length !== 2) return `<not one ${where}: ${JSON.stringify(tree.children.map((child) => child.type))}>`;
  return (node.children as PhrasingContent[]).map((child) => (child.type === 'html' && /^<br>$/.test(child.value) ? '\n' : toString(child))).join('');
}

// Plain text as the model holds it: no forbidden characters (they are errors in seeds).
const plainText = anyText.map((text) => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ''));

describe('markdownText', () => {
  describe.each([
    ['emphasis and links', { given: '*a* [b](c) ![d](e)', want: '\\*a\\* \\[b\\]\\(c\\) \\!\\[d\\]\\(e\\)' }],
    ['HTML', { given: '<script>alert(1)</script>', want: '\\<script\\>alert\\(1\\)\\</script\\>' }],
    ['a pipe', { given: 'a|b', want: 'a\\|b' }],
    ['a line feed', { given: 'a\nb', want: 'a<br>b' }],
    ['entities stay as written', { given: '&lt;', want: '\\&lt;' }],
    ['a list marker', { given: '- a', want: '\\- a' }],
    ['an ordered list marker', { given: '12. a', want: '12\\. a' }],
    ['spaces at the ends', { given: '  a\t', want: '&#32;&#32;a&#9;' }],
    ['a URL, its autolink broken', { given: 'https://example.com/a_b(c)', want: 'https\\://example.com/a\\_b\\(c\\)' }],
    ['a www. form', { given: 'www.example.com/x*y*', want: 'www\\.example.com/x\\*y\\*' }],
    ['a URL before a line feed', { given: 'http://a.example\nb', want: 'http\\://a.example<br>b' }],
    ['a URL at the end, before a space', { given: 'x www.a.example ', want: 'x www\\.a.example&#32;' }],
    ['a URL with nothing escaped in its word, kept an autolink', { given: 'HTTP://example.com/a-b c_d', want: 'HTTP://example.com/a-b c\\_d' }],
  ])('%s', (_name, { given, want }) => {
    it('is escaped', () => {
      expect(markdownText(given)).toBe(want);
    });
  });

  it.each([
    ['a URL whose path holds Markdown syntax', 'see https://example.com/a_b(c)*d*'],
    ['a www. form, as inline code flattens to text', 'www.example.com/x*y*'],
    ['an email address with an underscore', 'write to a_b+c@x.example.com'],
    ['URLs inside each other', '(https://a.example/www.b.example/?q=https://c.example)'],
    ['a URL in a table cell, with a pipe', 'http://x.example/a|b_c'],
  ])('%s reads back as written, autolink or not', (_name, text) => {
    const escaped = markdownText(text);
    expect(readBack(`| a |\n| --- |\n| ${escaped} |\n`, 'cell')).toBe(text);
    expect(readBack(escaped, 'paragraph')).toBe(text);
  });

  // Plain text as the model holds it: no forbidden characters (they are errors in seeds); URLs, www. forms and emails among it.
  const urlish = fc
    .tuple(fc.constantFrom('https://', 'http://', 'HTTPS://', 'www.', 'WWW.', 'mailto:', 'a_b@', 'x@', ''), fc.constantFrom('example.com', 'a.b-c.example', 'x', ''), fc.array(fc.constantFrom('/', '_', '*', '(', ')', '~', '.', ',', '?', '!', ':', '&amp;', '<', 'a', 'www.', '@', '|', '\\'), { maxLength: 6 }))
    .map(([start, host, path]) => start + host + path.join(''));
  const plainText = fc
    .array(fc.oneof(anyText, urlish, fc.constantFrom(' ', '(', '*', '_', '~', '`')), { maxLength: 4 })
    .map((pieces) => pieces.join('').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ''));

  it('reads back as the same text in a table cell and in a paragraph', { timeout: propertyTimeout(propertyRuns(500), 100) }, () => {
    fc.assert(
      fc.property(plainText, (text) => {
        const escaped = markdownText(text);
        expect(escaped).not.toMatch(/[\n\r]/);
        expect(readBack(`| a |\n| --- |\n| ${escaped} |\n`, 'cell')).toBe(text);
        // A paragraph of line feeds only would be a lone `<br>` line, an HTML block; no seed paragraph is one.
        if (!/^\n*$/.test(text)) expect(readBack(escaped, 'paragraph')).toBe(text);
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});

describe('markdownCode', () => {
  describe.each([
    ['a command', { given: 'npx md-codegen generate --out packages/codes', want: '`npx md-codegen generate --out packages/codes`' }],
    ['Markdown syntax, kept as written', { given: 'npm run *codes* <x> | y', want: '`npm run *codes* <x> | y`' }],
    ['a backtick', { given: 'echo `date`', want: '`` echo `date` ``' }],
    ['a run of backticks', { given: 'a ``` b', want: '````a ``` b````' }],
    ['a space at both ends', { given: ' a ', want: '`  a  `' }],
    ['a line feed', { given: 'a\nb', want: '`a b`' }],
    ['spaces only', { given: '  ', want: '&#32;&#32;' }],
  ])('%s', (_name, { given, want }) => {
    it('is a code span showing the text', () => {
      expect(markdownCode(given)).toBe(want);
    });
  });

  it('reads back as one code span holding the text on one line', { timeout: propertyTimeout(propertyRuns(500), 100) }, () => {
    fc.assert(
      fc.property(plainText, (text) => {
        const line = text.replace(/\r\n|[\n\r\u2028\u2029\u0085]/g, ' ');
        fc.pre(line.trim() !== '');
        const tree: Root = parseMarkdown(`Before.\n\nRun ${markdownCode(text)} now.\n`);
        const paragraph = tree.children[1];
        const codes = paragraph?.type === 'paragraph' ? paragraph.children.filter((child) => child.type === 'inlineCode') : [];
        expect(tree.children).toHaveLength(2);
        expect(codes.map((code) => code.value)).toEqual([line]);
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});
