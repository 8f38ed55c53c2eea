import type { JSDocStructure } from 'ts-morph';
import type { Inline } from '../model.js';
import { breakCommentMarks, tsdocCode, tsdocText } from './escape.js';
import { StructureKind } from './ts-morph.js';

/** A doc comment: paragraphs of escaped TSDoc text, and tags the generator writes. */
export interface Doc {
  readonly paragraphs: readonly string[];
  readonly remarks?: readonly string[];
  readonly example?: readonly string[];
}

/**
 * Render inline content as TSDoc paragraphs: `<br>` starts a new paragraph,
 * code, emphasis, strong and strikethrough keep their Markdown, links become
 * `text (url)`. Every piece of text goes through the TSDoc escaping helper.
 */
export function renderInline(nodes: readonly Inline[]): string[] {
  const paragraphs = [''];
  const write = (nodes: readonly Inline[]): void => {
    for (const node of nodes) {
      if (node.type === 'break') paragraphs.push('');
      else if (node.type === 'text') paragraphs[paragraphs.length - 1] += tsdocText(node.value);
      else if (node.type === 'inlineCode') paragraphs[paragraphs.length - 1] += tsdocCode(node.value);
      else if (node.type === 'link') {
        write(node.children);
        paragraphs[paragraphs.length - 1] += ` (${tsdocText(node.url)})`;
      } else {
        const mark = node.type === 'strong' ? '**' : node.type === 'emphasis' ? '_' : '~~';
        paragraphs[paragraphs.length - 1] += mark;
        write(node.children);
        paragraphs[paragraphs.length - 1] += mark;
      }
    }
  };
  write(nodes);
  return paragraphs.map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== '');
}

/**
 * The ts-morph structure of a doc comment. A last guard breaks the `*\/` and
 * `/*` that escaped pieces may still form together (a strong mark `**`
 * before text that starts with `/`).
 */
export function docStructure(doc: Doc): JSDocStructure {
  const guard = breakCommentMarks;
  const tags = [];
  if (doc.remarks?.length) tags.push({ tagName: 'remarks', text: '\n' + doc.remarks.map(guard).join('\n\n') });
  if (doc.example?.length) tags.push({ tagName: 'example', text: '\n' + doc.example.map(guard).join('\n') });
  return { kind: StructureKind.JSDoc, description: doc.paragraphs.map(guard).join('\n\n'), tags };
}
