import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** The first `#` heading's text and the paragraphs between it and the table. */
export interface DocumentText {
  readonly title: string | undefined;
  readonly intro: readonly string[];
}

/** Read the title (first depth-1 heading) and the intro paragraphs after it, up to the first table. */
export function extractDocumentText(tree: Root): DocumentText {
  const start = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 1);
  if (start === -1) return { title: undefined, intro: [] };
  const intro: string[] = [];
  for (const node of tree.children.slice(start + 1)) {
    if (node.type === 'table' || node.type === 'heading') break;
    if (node.type === 'paragraph') intro.push(toString(node));
  }
  return { title: toString(tree.children[start]!), intro };
}
