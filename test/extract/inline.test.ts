// The inline content a cell may hold: what is allowed reaches the model, the
// rest is a located `cell-content` error saying what to write instead.
import fc from 'fast-check';
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { plainText, toInline } from '../../generator/extract/inline.js';
import { parseMarkdown } from '../../generator/parse/index.js';
import { messagesOf, readText, seedWith } from '../helpers.js';
import { propertyRuns, propertyTimeout } from '../property/runs.js';

// seedWith puts the first row on line 9; a description starts at column 8.
const row = (description: string) => seedWith([`200 OK|${description}`]);

describe('allowed inline content', () => {
  describe.each([
    ['text, code, emphasis, strong and strikethrough', { given: 'a `b` *c* **d** ~~e~~', text: 'a b c d e', types: ['text', 'inlineCode', 'text', 'emphasis', 'text', 'strong', 'text', 'delete'] }],
    ['an https link', { given: '[docs](https://example.com/a?b=c#d)', text: 'docs', types: ['link'] }],
    ['an http link, in capitals', { given: '[docs](HTTP://example.com)', text: 'docs', types: ['link'] }],
    ['a mailto link', { given: '[mail](mailto:a@example.com)', text: 'mail', types: ['link'] }],
    ['an autolink', { given: '<https://example.com>', text: 'https://example.com', types: ['link'] }],
    ['a GFM autolink literal', { given: 'www.example.com', text: 'www.example.com', types: ['link'] }],
    ['a GFM email literal', { given: 'a@example.com', text: 'a@example.com', types: ['link'] }],
    ['line breaks', { given: 'a<br>b<br/>c<br />d', text: 'a\nb\nc\nd', types: ['text', 'break', 'text', 'break', 'text', 'break', 'text'] }],
    ['a fragment link within the document', { given: '[Rate Limits](#rate-limits)', text: 'Rate Limits', types: ['link'] }],
    ['a relative link', { given: '[guide](../guide.md)', text: 'guide', types: ['link'] }],
  ])('%s', (_name, { given, text, types }) => {
    it('reaches the model with no message', () => {
      const { file, table: seed } = readText(row(given));
      expect(messagesOf(file).filter(([, severity]) => severity === 'error')).toEqual([]);
      const description = seed!.rows[0]!.description;
      expect(description.text).toBe(text);
      expect(description.inline.map((node) => node.type)).toEqual(types);
    });
  });
});

describe('refused inline content', () => {
  describe.each([
    ['HTML', { given: 'a <b>bold</b>', at: ['9:10', '9:17'], says: 'Found HTML `<b>` in a table cell; expected plain text, Markdown emphasis, or `<br>` for a line break' }],
    ['a script tag', { given: '<script>alert(1)</script>', at: ['9:8', '9:24'], says: 'HTML `<script>`' }],
    ['an event handler', { given: '<img src=x onerror=alert(1)>', at: ['9:8'], says: 'HTML `<img src=x onerror=alert(1)>`' }],
    ['an HTML comment', { given: 'a <!-- hidden -->', at: ['9:10'], says: 'HTML `<!-- hidden -->`' }],
    ['an image', { given: '![logo](https://example.com/a.png)', at: ['9:8'], says: 'Found an image in a table cell; expected a link (`[text](https://...)`) instead' }],
    ['a javascript: link', { given: '[click](javascript:alert(1))', at: ['9:8'], says: 'Found a link to `javascript:alert(1)` in a table cell; expected a link that runs no script: `https:`, `mailto:`, a relative path or a `#fragment`' }],
    ['a javascript: link with a tab in its scheme', { given: '[click](java&#9;script:alert(1))', at: ['9:8'], says: 'a link to `java\\tscript:alert(1)`' }],
    ['a javascript: autolink', { given: '<javascript:alert(1)>', at: ['9:8'], says: 'a link to `javascript:alert(1)`' }],
    ['a data: link', { given: '[x](data:text/html,<script>alert(1)</script>)', at: ['9:8'], says: 'a link to `data:text/html,<script>alert(1)</script>`' }],
    ['a vbscript: link in capitals', { given: '[x](VBScript:msgbox)', at: ['9:8'], says: 'a link to `VBScript:msgbox`' }],
  ])('%s', (_name, { given, at, says }) => {
    it('is a `cell-content` error at its place, saying what to write instead', () => {
      const { file, table: seed } = readText(row(given));
      const errors = file.messages.filter((message) => message.ruleId === 'cell-content');
      expect(errors.map((message) => `${message.line}:${message.column}`)).toEqual(at);
      expect(errors[0]!.reason).toContain(says);
      expect(errors.every((message) => message.fatal === true)).toBe(true);
      expect(seed).toBeUndefined();
    });
  });

  it('refuses footnote references at their place, and reads reference links through their definitions', () => {
    const { file } = readText(`${row('see [^1] and [docs][ref]')}\n[^1]: A note.\n\n[ref]: https://example.com\n`);
    expect(file.messages.filter((message) => message.ruleId === 'cell-content').map((message) => [`${message.line}:${message.column}`, message.reason])).toEqual([
      ['9:12', 'Found a footnote reference in a table cell; expected the note written out in the cell'],
    ]);
    const { table } = readText(`${row('see [docs][ref]')}\n[ref]: https://example.com\n`);
    expect(table!.rows[0]!.description.inline).toEqual([{ type: 'text', value: 'see ' }, { type: 'link', url: 'https://example.com', children: [{ type: 'text', value: 'docs' }] }]);
  });
});

/** Cell markup built from pieces that exercise every inline construct, and raw text that may form anything. */
const cellMarkup = fc
  .array(
    fc.oneof(
      fc.constantFrom('*a*', '**b**', '_c_', '~~d~~', '`e`', '``f`g``', '[h](https://x.example/i)', '[j](mailto:k@x.example)', '<https://l.example>', 'www.m.example', 'n@o.example', '&amp;', '&#10;', '&ZeroWidthSpace;', '\\*', '\\|', '\\\\', '*', '_', '`', '[', ']', '(', ')', '<', '>', ' ', '\u2028', '😀'),
      fc.string({ unit: 'grapheme', maxLength: 6 }).map((text) => text.replace(/[|\n\r]/g, '')),
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(''));

describe('plainText', () => {
  it('equals mdast-util-to-string for every cell without `<br>`', { timeout: propertyTimeout(propertyRuns(500), 100) }, () => {
    fc.assert(
      fc.property(cellMarkup, cellMarkup, (head, description) => {
        const tree = parseMarkdown(`a | b\n---|---\n${head} | ${description}\n`);
        const table = tree.children[0] as Table | undefined;
        fc.pre(table?.type === 'table');
        for (const cell of table!.children.flatMap((tableRow) => tableRow.children)) {
          const file = new VFile();
          const inline = toInline(cell.children, file);
          if (file.messages.length === 0) expect(plainText(inline)).toBe(toString(cell));
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('gives `<br>` as a line feed, where mdast-util-to-string gives the tag', () => {
    const { table: seed } = readText(row('a<br>b'));
    expect(seed!.rows[0]!.description.text).toBe('a\nb');
  });
});
