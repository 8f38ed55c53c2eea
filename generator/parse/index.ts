import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { quickAutolinkLiterals } from './autolink.js';
import type { Limits } from '../limits.js';
import { checkContainers } from './containers.js';
import { checkLengths } from './lengths.js';
import { checkNesting } from './nesting.js';

export { decodeSeed, normalizeText } from './decode.js';
export { checkNesting, maxNesting } from './nesting.js';

/** Frozen processors for every document (watch mode and many documents reuse them): with YAML front matter, and without. */
const withFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(quickAutolinkLiterals).freeze();
const plain = unified().use(remarkParse).use(remarkGfm).use(quickAutolinkLiterals).freeze();

/** Whether the processors' autolink-literal transform skips trees that cannot hold one (parse/autolink.ts): 1 per processor, as remark-gfm adds it. */
export const autolinkTransformsWrapped = [withFrontMatter, plain].map((processor) => processor.data('quickAutolinkLiterals' as never) as unknown as number);

/** A document that starts with a whole YAML front matter: a `---` line, and a `---` line that closes it. */
const frontMatter = /^---[ \t]*\n(?:[^\n]*\n)*?---[ \t]*(?:\n|$)/;

/**
 * Parse document text into mdast with YAML front matter and GFM tables
 * (unified + remark-parse + remark-frontmatter + remark-gfm; its autolink
 * literals are looked for only where a text node may hold one). Front matter is
 * only parsed when the document starts with a whole one: after an opening
 * `---` that nothing closes, micromark-extension-frontmatter reads no list or
 * block quote in the rest of the document (its issue #5); such a `---` is a
 * thematic break, as CommonMark has it.
 */
export function parseMarkdown(text: string): Root {
  return (frontMatter.test(text) ? withFrontMatter : plain).parse(text);
}

/**
 * Parse a seed, or report why it cannot be read: a line or a paragraph longer
 * than its limit, or a line opening more nested containers than the limit
 * (both checked before parsing, which they would slow down), markup nested so deep
 * that the parser runs out of stack, or deeper than {@link maxNesting} (every later
 * stage may then recurse safely). Returns `undefined` after reporting.
 */
export function parseSeed(text: string, file: VFile, limits: Pick<Limits, 'lineLength' | 'paragraphLength' | 'markup'>): Root | undefined {
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
