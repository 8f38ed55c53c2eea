// Random seeds whose cells hold arbitrary Unicode text and inline markup,
// written so that the plain text of every cell is known exactly.
import fc from 'fast-check';
import { isForbidden } from '../../generator/extract/characters.js';

/** A cell (or title, or intro paragraph) as Markdown, with the plain text it must give back. */
export interface Written {
  readonly markdown: string;
  readonly text: string;
}

/** A whole random seed. */
export interface Table {
  readonly markdown: string;
  readonly title: Written;
  readonly intro: Written;
  readonly rows: readonly { readonly code: number; readonly phrase: Written; readonly description: Written }[];
  /** Where a forbidden character was written (`line:column`), if one was: the seed must then fail with a `character` error there. */
  readonly poisoned?: string;
}

/**
 * Text the generator must carry through every output context unchanged (the
 * hostile pieces of the issue), and forbidden characters and lone surrogates
 * (which fast-check's default strings never produce), which it must refuse.
 */
export const hostilePieces = [
  '*/',
  '/*',
  '/**',
  '*/ export const pwned = 1; /*',
  "'); process.exit(1); ('",
  '"); process.exit(1); ("',
  '@internal',
  '@deprecated',
  '{@link pwned}',
  '"',
  "'",
  '`',
  '\\',
  '${',
  '${process.exit(1)}',
  '</script>',
  '<!--',
  '-->',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\u200b',
  '\u200d',
  '\r\n',
  '\r',
  '\n',
  '\t',
  '\u0085',
  '\u202e',
  '\u2066',
  '\u001b[2J',
  '\u0000',
  '\ud800',
  '\udc00',
  '&amp;',
  '&#64;',
  '|',
  '**',
  '/',
  ' ',
  '  ',
  // GFM autolink literals: escapes do not apply inside them.
  'https://example.com/a_b(c)',
  'http://x.example/*y*~z~',
  'HTTPS://x.example/?q=a|b',
  'www.example.com/x*y*',
  'WWW.x.example/(a)_b',
  'a_b+c@mail.example',
  'mailto:a@mail.example',
];

/** `text` without forbidden characters (and so without lone surrogates). */
const withoutForbidden = (text: string) => [...text].filter((char) => !isForbidden(char.codePointAt(0)!)).join('');

/**
 * Arbitrary text that a seed may hold: any code points, the hostile pieces
 * and any UTF-16 code units, less the forbidden characters (a table gets
 * those from {@link poison}, so that most seeds stay valid).
 */
export const anyText = (maxPieces = 6) =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
        { weight: 3, arbitrary: fc.constantFrom(...hostilePieces) },
        { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
        { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 4 }) },
      ),
      { maxLength: maxPieces },
    )
    .map((pieces) => withoutForbidden(pieces.join('')));

/** One forbidden character, written raw or as a hex or decimal reference (a lone surrogate or CR only as a reference). */
export const poison = fc
  .tuple(
    fc.oneof(
      fc.constant(0x0d),
      fc.integer({ min: 0, max: 0x1f }).filter((code) => code !== 0x09 && code !== 0x0a),
      fc.integer({ min: 0x7f, max: 0x9f }),
      fc.constantFrom(0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069),
      fc.integer({ min: 0xd800, max: 0xdfff }),
    ),
    fc.constantFrom('raw', 'hex', 'decimal'),
    fc.nat(),
  )
  .map(([code, how, where]) => {
    const raw = how === 'raw' && code !== 0x0d && (code < 0xd800 || code > 0xdfff);
    return { markdown: raw ? String.fromCharCode(code) : how === 'decimal' ? `&#${code};` : `&#x${code.toString(16)};`, where };
  });

/** `&#xHEX;` for one UTF-16 code unit or code point. */
const reference = (char: string) => `&#x${char.codePointAt(0)!.toString(16).toUpperCase()};`;

/**
 * Plain text as inline Markdown that gives it back exactly: ASCII punctuation
 * backslash-escaped, a line feed as `<br>` (or `&#10;`), any forbidden
 * character as a reference.
 */
export function inlineText(text: string, lineFeed: '<br>' | '&#10;' = '<br>'): string {
  let markdown = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const pair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
    const char = pair ? text.slice(index, index + 2) : text[index]!;
    if (pair) index++;
    if (char === '\n') markdown += lineFeed;
    else if (isForbidden(char.codePointAt(0)!)) markdown += reference(char);
    else if (/^[!-/:-@[-`{-~]$/.test(char)) markdown += `\\${char}`;
    else markdown += char;
  }
  return markdown;
}

/** Spaces and tabs at either end as references, so that Markdown keeps them. */
function keepEnds(markdown: string): string {
  return markdown.replace(/^[ \t]+|[ \t]+$/g, (space) => [...space].map(reference).join(''));
}

const word = fc.stringMatching(/^[A-Za-z0-9]{1,6}$/);
/** Code span text: no backtick, pipe or backslash, no space at an end; hostile otherwise. */
const codeText = fc
  .array(fc.oneof(word, fc.constantFrom('*/', '/*', '@internal', '@', "'", '"', '${', '</script>', '{@link x}', '\u2028', '&amp;', '<br>', '*', '_', '中文', '😀', ' ')), { minLength: 1, maxLength: 5 })
  .map((pieces) => pieces.join('').trim())
  .filter((text) => text !== '');
/** A URL path: hostile to comments, safe in a link destination. */
const urlPath = fc.array(fc.oneof(word, fc.constantFrom('*/', '/*', '@internal', "'", '(', ')', '$', '{', '}', '!', '*', '=', '~', '.', '-', '_', ':')), { maxLength: 5 }).map((pieces) => pieces.join(''));

type Segment = { readonly markdown: string; readonly text: string; readonly delimited: boolean };

const segment: fc.Arbitrary<Segment> = fc.oneof(
  { weight: 6, arbitrary: anyText(4).map((text) => ({ markdown: inlineText(text), text, delimited: false })) },
  { weight: 1, arbitrary: anyText(2).map((text) => ({ markdown: inlineText(text, '&#10;'), text, delimited: false })) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('*', '**', '~~'), word).map(([mark, text]) => ({ markdown: `${mark}${text}${mark}`, text, delimited: true })) },
  { weight: 2, arbitrary: codeText.map((text) => ({ markdown: `\`${text}\``, text, delimited: true })) },
  {
    weight: 2,
    arbitrary: fc.tuple(anyText(2), fc.constantFrom('https://x.example/', 'http://x.example/', 'HTTPS://x.example/'), urlPath).map(([text, base, path]) => ({ markdown: `[${inlineText(text)}](<${base}${path}>)`, text, delimited: true })),
  },
  { weight: 1, arbitrary: urlPath.map((path) => ({ markdown: `<https://x.example/${path.replace(/[()]/g, '')}>`, text: `https://x.example/${path.replace(/[()]/g, '')}`, delimited: true })) },
  { weight: 1, arbitrary: fc.constantFrom({ markdown: '[mail](mailto:a@internal.example)', text: 'mail', delimited: true }, { markdown: '<br>', text: '\n', delimited: false }) },
);

/** A cell: segments of text and inline markup; delimited ones are kept apart by a space so that they cannot merge. */
export const cell: fc.Arbitrary<Written> = fc.array(segment, { maxLength: 5 }).map((segments) => {
  const parts: Segment[] = [];
  for (const part of segments.filter((each) => each.markdown !== '')) {
    if (part.delimited && parts.at(-1)?.delimited) parts.push({ markdown: ' ', text: ' ', delimited: false });
    parts.push(part);
  }
  const text = parts.map((part) => part.text).join('');
  return { markdown: keepEnds(parts.map((part) => part.markdown).join('')), text };
});

/** A phrase: mostly starting with a letter, so that most rows are valid. */
const phrase: fc.Arbitrary<Written> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(word.map((text) => `P${text}`), cell).map(([start, rest]) => ({ markdown: `${start}${rest.markdown}`, text: `${start}${rest.text}` })) },
  { weight: 1, arbitrary: cell },
);

/** Title or intro text: no line feed (Markdown gives those as HTML there). */
const line: fc.Arbitrary<Written> = anyText(4)
  .map((text) => text.replace(/\n/g, ' '))
  .map((text) => ({ markdown: keepEnds(inlineText(text)), text }));

/**
 * A seed with a front-matter line, a title, an intro and 1 to 5 rows of HTTP
 * or business codes; one in four holds a forbidden character. Its lines end
 * in LF, CRLF or CR, and it may start with a BOM: the model (and every line
 * and column) must be that of the LF file.
 */
export const table: fc.Arbitrary<Table> = fc
  .tuple(
    line,
    line,
    fc.boolean(),
    fc.array(fc.tuple(phrase, cell), { minLength: 1, maxLength: 5 }),
    fc.uniqueArray(fc.integer({ min: 100, max: 599 }), { minLength: 5, maxLength: 5 }),
    fc.uniqueArray(fc.integer({ min: 100000, max: 999999 }), { minLength: 5, maxLength: 5 }),
    fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: poison }),
    fc.constantFrom('\n', '\n', '\r\n', '\r'),
    fc.boolean(),
  )
  .map(([title, intro, http, cells, httpCodes, businessCodes, poisoned, endings, bom]) => {
    const codes = http ? httpCodes : businessCodes;
    const rows = cells.map(([phraseCell, description], index) => ({ code: codes[index]!, phrase: phraseCell, description }));
    const rowLines = rows.map((row) => `| ${row.code} ${row.phrase.markdown} | ${row.description.markdown}`);
    // seedWith-like layout: the rows start on line 9; the poison ends the description of one row.
    let at: string | undefined;
    if (poisoned) {
      const index = poisoned.where % rows.length;
      at = `${9 + index}:${rowLines[index]!.length + 1}`;
      rowLines[index] += poisoned.markdown;
    }
    const markdown = [
      '[//]:# "2024/11/7 14:33|api"',
      '',
      `# ${title.markdown}`,
      '',
      intro.markdown,
      '',
      '| Code | Description |',
      '| --- | --- |',
      ...rowLines.map((rowLine) => `${rowLine} |`),
      '',
    ].join(endings);
    const withBom = bom ? `\ufeff${markdown}` : markdown;
    return { markdown: withBom, title, intro, rows, ...(at === undefined ? {} : { poisoned: at }) };
  });
