import type { PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { Inline } from '../model.js';
import { spanOf } from './span.js';

const lineBreak = /^<br\s*\/?>$/i;
/** Schemes that run code where a link is followed. Browsers drop controls and spaces in a URL before reading its scheme; so does this test. */
const scriptingUrl = /^(?:javascript|vbscript|data):/i;

/** The URL of each link definition by its identifier, for reference links: `[text][ref]`. */
export type Definitions = ReadonlyMap<string, string>;

/**
 * Reduce a cell's mdast children to the inline content the generator renders:
 * text, inline code, emphasis, strong, delete, links (reference links through
 * `definitions`) and `<br>`. Anything else, and a link with a scripting
 * scheme (`javascript:`, `vbscript:`, `data:`), is an error at its position,
 * saying what to write instead; it is left out of the result.
 */
export function toInline(nodes: readonly PhrasingContent[], file: VFile, definitions: Definitions = new Map()): Inline[] {
  const result: Inline[] = [];
  for (const node of nodes) {
    const inline = convert(node, file, definitions);
    if (inline) result.push(inline);
  }
  return result;
}

function convert(node: PhrasingContent, file: VFile, definitions: Definitions): Inline | undefined {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return { type: node.type, value: node.value };
    case 'break':
      return { type: 'break' };
    case 'emphasis':
    case 'strong':
    case 'delete':
      return { type: node.type, children: toInline(node.children, file, definitions) };
    case 'link':
      return link(node, node.url, file, definitions);
    case 'html':
      if (lineBreak.test(node.value)) return { type: 'break' };
      return reject(node, file, `HTML \`${node.value}\``, 'plain text, Markdown emphasis, or `<br>` for a line break');
    case 'image':
    case 'imageReference':
      return reject(node, file, 'an image', 'a link (`[text](https://...)`) instead');
    case 'footnoteReference':
      return reject(node, file, 'a footnote reference', 'the note written out in the cell');
    case 'linkReference': {
      const url = definitions.get(node.identifier);
      if (url !== undefined) return link(node, url, file, definitions);
      return reject(node, file, 'a reference link without its definition', 'an inline link (`[text](https://...)`)');
    }
    default:
      return reject(node, file, `\`${(node as PhrasingContent).type}\` content`, 'plain text');
  }
}

function link(node: PhrasingContent & { children: PhrasingContent[] }, url: string, file: VFile, definitions: Definitions): Inline | undefined {
  if (scriptingUrl.test(url.replace(/[\u0000-\u0020]/g, ''))) return reject(node, file, `a link to \`${url}\``, 'a link that runs no script: `https:`, `mailto:`, a relative path or a `#fragment`');
  return { type: 'link', url, children: toInline(node.children, file, definitions) };
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

/** The plain text of a cell's mdast children, as {@link plainText} gives it after {@link toInline}, without reporting anything: what the layout of a table is decided on. */
export function cellText(nodes: readonly PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
    else if (node.type === 'break' || (node.type === 'html' && lineBreak.test(node.value))) text += '\n';
    else if (node.type === 'html') text += node.value;
    else if ('children' in node) text += cellText(node.children as PhrasingContent[]);
  }
  return text;
}
