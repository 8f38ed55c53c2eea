import type { Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { type Directive, isDirective, parseDirective } from './directive.js';
import { spanOf } from './span.js';

/** A table at the top level of a document, with what stands around it. */
export interface Candidate {
  readonly node: Table;
  /** The text of the nearest heading before it. */
  readonly heading: string | undefined;
  /** An `<!-- md-codegen ... -->` comment right before it. */
  readonly directive: Directive | undefined;
  /** The node after it: a paragraph with `|` there is a row the parser detached. */
  readonly next: RootContent | undefined;
}

/** Every table of a document that may be a code table, the tables nested in containers (never read), and the document's own directive. */
export interface Found {
  readonly candidates: readonly Candidate[];
  readonly nested: readonly { readonly node: Table; readonly inside: string }[];
  /** A directive that stands before no table: `<!-- md-codegen module="orders" -->`. */
  readonly document: Directive | undefined;
}

const containers: Record<string, string> = { listItem: 'a list item', blockquote: 'a block quote', footnoteDefinition: 'a footnote definition' };

/**
 * Find the tables of a document: every top-level GFM table (under any
 * heading) with its nearest heading and its directive, and the tables inside
 * lists, block quotes and footnotes, which are never read. A directive that
 * names a table but stands before none is an error.
 */
export function findTables(tree: Root, file: VFile): Found {
  const candidates: Candidate[] = [];
  let heading: string | undefined;
  let documentDirective: Directive | undefined;
  const children = tree.children;
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    if (node.type === 'heading') heading = toString(node);
    else if (node.type === 'table') {
      const before = children[index - 1];
      const directive = before?.type === 'html' && isDirective(before) ? parseDirective(before, file) : undefined;
      candidates.push({ node, heading, directive, next: children[index + 1] });
    } else if (node.type === 'html' && isDirective(node) && children[index + 1]?.type !== 'table') {
      const directive = parseDirective(node, file);
      if (!directive) continue;
      if (directive.name !== undefined || directive.kind !== undefined || directive.skip) {
        report(file, 'error', 'directive', 'Found an md-codegen comment with `name`, `kind` or `skip` that stands before no table; expected it on the line right before the table it is about: move it there', directive.span);
      } else if (documentDirective) {
        report(file, 'error', 'directive', `Found a second \`module\` comment; expected one, and there is one on line ${documentDirective.span.start.line}: remove one`, directive.span);
      } else documentDirective = directive;
    }
  }
  const nested: { node: Table; inside: string }[] = [];
  visit(tree, 'table', (node, _index, parent) => {
    if (parent === tree) return SKIP;
    nested.push({ node, inside: containers[parent?.type ?? ''] ?? `a ${parent?.type ?? 'container'}` });
    return SKIP;
  });
  return { candidates, nested, document: documentDirective };
}

/** Report a paragraph or heading with `|` right after a code table: a row the parser detached from it. */
export function checkDetached(candidate: Candidate, file: VFile): void {
  const { next, node } = candidate;
  if (!next || (next.type !== 'paragraph' && next.type !== 'heading') || !toString(next).includes('|')) return;
  const end = spanOf(node).end.line;
  report(
    file,
    'error',
    'row-detached',
    `Found a ${next.type} with \`|\` right after the table, which ends on line ${end}; expected its rows to be table rows: remove the blank or broken line between them, or reword it without \`|\``,
    spanOf(next),
  );
}
