import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A document's title and intro paragraphs. */
export interface DocumentText {
  readonly title: string | undefined;
  readonly intro: readonly string[];
}

/**
 * Read the title (the front matter's `title`, else the first `#` heading, else
 * the first heading of any depth) and the intro: the paragraphs after that
 * heading (or from the start, when there is none) up to the first table or
 * heading.
 */
export function extractDocumentText(tree: Root, frontMatterTitle: string | undefined): DocumentText {
  const nodes = tree.children;
  let start = nodes.findIndex((node) => node.type === 'heading' && node.depth === 1);
  if (start === -1) start = nodes.findIndex((node) => node.type === 'heading');
  const intro: string[] = [];
  for (const node of nodes.slice(start + 1)) {
    if (node.type === 'table' || node.type === 'heading') break;
    if (node.type === 'paragraph') intro.push(toString(node));
  }
  return { title: frontMatterTitle ?? (start === -1 ? undefined : toString(nodes[start]!)), intro };
}
