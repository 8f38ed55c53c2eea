import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { checkContainers } from './containers.js';
import { checkNesting } from './nesting.js';

export { decodeSeed, normalizeText } from './decode.js';
export { checkNesting, maxNesting } from './nesting.js';

/** One frozen processor for every document (watch mode and many documents reuse it). */
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/** Parse document text into mdast with YAML front matter and GFM tables (unified + remark-parse + remark-frontmatter + remark-gfm). */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

/**
 * Parse a seed, or report why it cannot be read: a line opening more nested
 * containers than the limit (checked before parsing), markup nested so deep
 * that the parser runs out of stack, or deeper than {@link maxNesting} (every later
 * stage may then recurse safely). Returns `undefined` after reporting.
 */
export function parseSeed(text: string, file: VFile): Root | undefined {
  if (!checkContainers(text, file)) return undefined;
  let tree: Root;
  try {
    tree = parseMarkdown(text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    report(file, 'error', 'limit-nesting', 'Found Markdown nested too deep for the parser (emphasis, links or brackets inside each other thousands of times); expected plain cells: remove the repeated `*`, `_`, `[` or `>`', { line: 1, column: 1 });
    return undefined;
  }
  return checkNesting(tree, file) ? tree : undefined;
}
