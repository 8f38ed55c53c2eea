import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';

/**
 * How deep the mdast tree of a seed may be. A code table sits at depth 4
 * (root, table, row, cell) and its inline content a few levels below; the
 * limit keeps every recursive walk after parsing (ours, `mdast-util-to-string`,
 * `unist-util-visit`) far from the end of the stack.
 */
export const maxNesting = 64;

/**
 * Report the first node nested deeper than {@link maxNesting}, walking the
 * tree without recursion. Returns whether the tree is within the limit.
 */
export function checkNesting(tree: Root, file: VFile): boolean {
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > maxNesting) {
      const start = node.position?.start ?? { line: 1, column: 1 };
      report(file, 'error', 'limit-nesting', `Found Markdown nested ${depth} levels deep; expected at most ${maxNesting}: remove the repeated emphasis, links, lists or block quotes around this text`, { line: start.line, column: start.column });
      return false;
    }
    const children = (node as Partial<Parent>).children;
    if (children) for (let index = children.length - 1; index >= 0; index--) stack.push([children[index]!, depth + 1]);
  }
  return true;
}
