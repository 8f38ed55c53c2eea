// Doc comments from inline content: escaped pieces that form `*/` or `/*`
// together are broken before ts-morph prints them.
import { printStructure } from 'ts-morph';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { printDocComment } from '../../generator/emit/doc-comment.js';
import { docStructure, renderInline } from '../../generator/emit/tsdoc.js';
import type { Inline } from '../../generator/model.js';

const text = (value: string): Inline => ({ type: 'text', value });
const strong = (...children: Inline[]): Inline => ({ type: 'strong', children });

describe('docStructure', () => {
  describe.each([
    ['strong before a slash', { given: [strong(text('a')), text('/x')], want: '**a**\\/x' }],
    ['a slash before strong', { given: [text('x/'), strong(text('a'))], want: 'x/\\**a**' }],
    ['a star of text before a slash', { given: [{ type: 'emphasis', children: [text('a*')] }, text('/')], want: '_a*_/' }],
    ['a link whose URL ends the comment', { given: [{ type: 'link', url: 'https://x.example/*/@internal', children: [text('x')] }], want: 'x (https://x.example/\\*\\/&#64;internal)' }],
    ['code that opens a comment', { given: [{ type: 'inlineCode', value: 'src/*.ts' }], want: 'src/\\*.ts' }],
  ] as [string, { given: Inline[]; want: string }][])('%s', (_name, { given, want }) => {
    it('is one comment, printed by ts-morph and by printDocComment, with no tag', () => {
      const structure = docStructure({ paragraphs: renderInline(given), remarks: ['A note.'] });
      expect(structure.description).toBe(want);
      for (const printed of [printStructure(structure), printDocComment(structure)]) {
        const source = `${printed}\nexport const x = 1;\n`;
        const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
        expect(file.statements).toHaveLength(1);
        const docs = (file.statements[0] as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
        expect(docs).toHaveLength(1);
        expect(docs[0]!.getText(file)).toBe(printed);
        expect(docs[0]!.tags?.map((tag) => tag.tagName.text)).toEqual(['remarks']);
      }
    });
  });

  it('starts a paragraph at each line break', () => {
    expect(renderInline([text('a'), { type: 'break' }, text(' b '), { type: 'break' }, { type: 'break' }])).toEqual(['a', 'b']);
  });
});
