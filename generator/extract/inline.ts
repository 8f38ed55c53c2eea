import type { PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { Inline } from '../model.js';
import { spanOf } from './span.js';

const lineBreak = /^<br\s*\/?>$/i;
const allowedUrl = /^(?:https?:\/\/|mailto:)/i;

/**
 * Reduce a cell's mdast children to the inline content the generator renders:
 * text, inline code, emphasis, strong, delete, `http:`/`https:`/`mailto:`
 * links and `<br>`. Anything else is an error at its position, saying what to
 * write instead; it is left out of the result.
 */
export function toInline(nodes: readonly PhrasingContent[], file: VFile): Inline[] {
  const result: Inline[] = [];
  for (const node of nodes) {
    const inline = convert(node, file);
    if (inline) result.push(inline);
  }
  return result;
}

function convert(node: PhrasingContent, file: VFile): Inline | undefined {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return { type: node.type, value: node.value };
    case 'break':
      return { type: 'break' };
    case 'emphasis':
    case 'strong':
    case 'delete':
      return { type: node.type, children: toInline(node.children, file) };
    case 'link':
      if (allowedUrl.test(node.url)) return { type: 'link', url: node.url, children: toInline(node.children, file) };
      return reject(node, file, `a link to \`${node.url}\``, 'a link with an `http:`, `https:` or `mailto:` URL, or plain text');
    case 'html':
      if (lineBreak.test(node.value)) return { type: 'break' };
      return reject(node, file, `HTML \`${node.value}\``, 'plain text, Markdown emphasis, or `<br>` for a line break');
    case 'image':
    case 'imageReference':
      return reject(node, file, 'an image', 'a link (`[text](https://...)`) instead');
    case 'footnoteReference':
      return reject(node, file, 'a footnote reference', 'the note written out in the cell');
    case 'linkReference':
      return reject(node, file, 'a reference link', 'an inline link (`[text](https://...)`)');
    default:
      return reject(node, file, `\`${(node as PhrasingContent).type}\` content`, 'plain text');
  }
}

function reject(node: PhrasingContent, file: VFile, found: string, expected: string): undefined {
  report(file, 'error', 'cell-content', `Found ${found} in a table cell; expected ${expected}`, spanOf(node));
  return undefined;
}

/** Plain text of inline content: what `mdast-util-to-string` gives, with `<br>` as a line feed. */
export function plainText(nodes: readonly Inline[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'break') text += '\n';
    else if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
    else text += plainText(node.children);
  }
  return text;
}
