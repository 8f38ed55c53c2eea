// generator/emit/doc-comment.ts prints a doc comment byte for byte as ts-morph
// does, in linear time; where ts-morph closes the comment early, it does not.
import fc from 'fast-check';
import { type JSDocStructure, type OptionalKind, printStructure, StructureKind } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { printDocComment } from '../../generator/emit/doc-comment.js';
import { docStructure } from '../../generator/emit/tsdoc.js';

const printOptions = { indentNumberOfSpaces: 2, newLine: '\n', useSingleQuote: false } as const;
const byTsMorph = (structure: OptionalKind<JSDocStructure>) => printStructure({ ...structure, kind: StructureKind.JSDoc }, printOptions);

const cases: [string, { given: OptionalKind<JSDocStructure> }][] = [
  ['an empty doc', { given: {} }],
  ['one line', { given: { description: 'The codes.' } }],
  ['one line ending in a space', { given: { description: 'The codes. ' } }],
  ['paragraphs', { given: { description: 'One.\n\nTwo.' } }],
  ['a description starting on a new line', { given: { description: '\nOne.' } }],
  ['CRLF line endings', { given: { description: 'One.\r\n\r\nTwo.' } }],
  ['a tag without text', { given: { description: 'Docs.', tags: [{ tagName: 'packageDocumentation' }] } }],
  ['a tag alone', { given: { tags: [{ tagName: 'remarks', text: 'A note.' }] } }],
  ['tags with text on new lines', { given: { description: 'Docs.', tags: [{ tagName: 'remarks', text: '\nOne.\n\nTwo.' }, { tagName: 'example', text: '\n```ts\nx;\n```' }] } }],
  ['code, quotes and slashes', { given: { description: '`200 OK` in "seeds/a.md" // \'x\' https://example.com/a ${x}', tags: [{ tagName: 'remarks', text: '\n`a` b' }] } }],
];

describe('printDocComment', () => {
  it.each(cases)('prints %s as ts-morph does', (_, { given }) => {
    expect(printDocComment(given)).toBe(byTsMorph(given));
  });

  it('prints every doc of docStructure as ts-morph does', () => {
    // ts-morph opens a comment state on `/*` and closes it with `*/` before the next tag: see below.
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '`', '"', "'", '/', '*', '\\', '{', '}', '$', '@', '\u00e9', '\u4e2d') }).filter((value) => !value.includes('/*'));
    const doc = fc.record({ paragraphs: fc.array(text, { maxLength: 4 }), remarks: fc.array(text, { maxLength: 3 }), example: fc.array(text, { maxLength: 3 }) });
    fc.assert(
      fc.property(doc, (given) => {
        const structure = docStructure(given);
        expect(printDocComment(structure)).toBe(byTsMorph(structure));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps `/*` in the text inside one comment, where ts-morph closes it before the next tag', () => {
    const structure = { description: 'Matches src/*.ts.', tags: [{ tagName: 'remarks', text: '\nA note.' }] };
    expect(byTsMorph(structure)).toContain('*/@remarks');
    expect(printDocComment(structure)).toBe('/**\n * Matches src/*.ts.\n * @remarks\n * A note.\n */');
  });

  it('indents every line', () => {
    expect(printDocComment({ description: 'One.\n\nTwo.' }, '  ')).toBe('  /**\n   * One.\n   *\n   * Two.\n   */');
    expect(printDocComment({ description: 'One.' }, '  ')).toBe('  /** One. */');
  });

  it('takes string text only', () => {
    expect(() => printDocComment({ description: (writer) => writer.write('x') })).toThrow(/bug/);
  });
});
