import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { Limits } from '../limits.js';
import { checkContainers } from './containers.js';
import { checkLengths } from './lengths.js';
import { checkNesting } from './nesting.js';

export { decodeSeed } from './decode.js';
export { checkNesting, maxNesting } from './nesting.js';

/** One frozen processor for every seed (watch mode and many seeds reuse it). */
const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parse seed text into mdast with GFM tables (unified + remark-parse + remark-gfm). */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

/**
 * Parse a seed, or report why it cannot be read: a line or a paragraph longer
 * than its limit, or a line opening more nested containers than the limit
 * (both checked before parsing, which they would slow down), markup nested so deep
 * that the parser runs out of stack, or deeper than {@link maxNesting} (every later
 * stage may then recurse safely). Returns `undefined` after reporting.
 */
export function parseSeed(text: string, file: VFile, limits: Pick<Limits, 'lineLength' | 'paragraphLength'>): Root | undefined {
  if (!checkLengths(text, file, limits) || !checkContainers(text, file)) return undefined;
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
