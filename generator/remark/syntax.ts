import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Processor } from 'unified';

/** An mdast-util-from-markdown extension, as far as it is looked at here: the tokens it turns into nodes. */
interface FromMarkdownExtension {
  readonly enter?: Readonly<Record<string, unknown>>;
}

/** Whether any of the processor's mdast extensions (nested in lists, as remark-gfm adds them) makes nodes of `token`. */
function handles(extensions: unknown, token: string): boolean {
  if (Array.isArray(extensions)) return extensions.some((extension) => handles(extension, token));
  return typeof extensions === 'object' && extensions !== null && (extensions as FromMarkdownExtension).enter?.[token] !== undefined;
}

/**
 * Make the processor parse what md-codegen reads: GFM (tables, and the
 * strikethrough, footnotes and autolinks of cells) and YAML front matter.
 * Each is added the way remark-gfm and remark-frontmatter add it, through
 * `this.data()`, unless the processor has it already (remark-gfm or
 * remark-frontmatter before this plugin). Added twice (remark-gfm after this
 * plugin) it parses the same tree.
 */
export function addSyntax(processor: Processor): void {
  const data = processor.data();
  if (!handles(data.fromMarkdownExtensions, 'table')) remarkGfm.call(processor);
  if (!handles(data.fromMarkdownExtensions, 'yaml')) remarkFrontmatter.call(processor, ['yaml']);
}
