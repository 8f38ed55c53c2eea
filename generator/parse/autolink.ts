import type { Nodes, Root } from 'mdast';
import type { Processor } from 'unified';

// remark-gfm finds autolink literals (`https://…`, `www.…`, `a@b.co`) once a
// document is parsed, with a transform of mdast-util-gfm-autolink-literal
// that walks the whole tree once per pattern it looks for: four walks, about
// a fifth of parsing on the bench's seeds (`node --cpu-prof`). Every pattern
// needs `http://`, `https://`, `www.` (in any case) or `@` inside one text
// node, and the transform looks at text nodes only: a tree whose text nodes
// hold none of them is one the transform leaves as it is, so it is not
// walked four times. Any other tree goes through the transform as before.

/** What a text node holds when an autolink literal may be in it. */
const mayLink = /@|https?:\/\/|www\./i;

/** Whether a text node of `tree` may hold an autolink literal. */
export function mayHoldLiteral(tree: Root): boolean {
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'text') {
      if (mayLink.test(node.value)) return true;
    } else if ('children' in node) {
      // One by one: spreading a list of 150,000 children overflows the call stack.
      for (const child of node.children) stack.push(child);
    }
  }
  return false;
}

/** An mdast-util-from-markdown extension, as far as it is looked at here. */
interface FromMarkdownExtension {
  readonly enter?: Readonly<Record<string, unknown>>;
  transforms?: ((tree: Root) => Root | undefined | void)[];
}

/** The extensions of a processor's data, lists (as remark-gfm adds them) flattened. */
function extensionsOf(extensions: unknown): FromMarkdownExtension[] {
  if (Array.isArray(extensions)) return extensions.flatMap(extensionsOf);
  return typeof extensions === 'object' && extensions !== null ? [extensions as FromMarkdownExtension] : [];
}

/**
 * A plugin to use after remark-gfm: its autolink-literal transform runs only
 * on trees that {@link mayHoldLiteral}. Returns nothing; the processor's
 * `data('quickAutolinkLiterals')` counts the transforms it wrapped (1 with
 * remark-gfm before it), so that a remark-gfm that adds them otherwise is seen.
 */
export function quickAutolinkLiterals(this: Processor): void {
  let wrapped = 0;
  for (const extension of extensionsOf(this.data('fromMarkdownExtensions'))) {
    if (extension.enter?.literalAutolink === undefined || extension.transforms === undefined) continue;
    extension.transforms = extension.transforms.map((transform) => {
      wrapped++;
      return (tree: Root) => (mayHoldLiteral(tree) ? transform(tree) : undefined);
    });
  }
  this.data('quickAutolinkLiterals' as never, wrapped as never);
}
