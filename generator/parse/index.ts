import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export { decodeSeed } from './decode.js';

/** Parse seed text into mdast with GFM tables (unified + remark-parse + remark-gfm). */
export function parseMarkdown(text: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(text);
}
