import type { Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { characterCount, type Limits } from '../limits.js';
import type { Cell, Row } from '../model.js';
import { plainText, toInline } from './inline.js';
import { parseHead } from './row-head.js';
import { spanOf } from './span.js';

/**
 * Find the code table: the one root-level GFM table. A missing or ambiguous
 * table is an error; a table inside a list, block quote or footnote is never
 * read: an error when it is the only one, a warning beside the root table. A
 * row that the parser detached from the table is an error.
 */
export function findTable(tree: Root, file: VFile): Table | undefined {
  const tables = tree.children.filter((node): node is Table => node.type === 'table');
  const [table] = tables;
  reportNested(tree, file, table);
  if (tables.length > 1) {
    const lines = tables.map((each) => spanOf(each).start.line).join(', ');
    for (const other of tables.slice(1)) {
      report(file, 'error', 'table-ambiguous', `Found ${tables.length} tables (lines ${lines}); expected one code table: keep one table in this seed, or move the others to another seed`, spanOf(other));
    }
    return undefined;
  }
  if (!table) return undefined;
  checkDetached(tree.children[tree.children.indexOf(table) + 1], table, file);
  return table;
}

const containers: Record<string, string> = { listItem: 'a list item', blockquote: 'a block quote', footnoteDefinition: 'a footnote definition' };

/** Report every table below the root; with no root table either, report that there is none. */
function reportNested(tree: Root, file: VFile, used: Table | undefined): void {
  let nested = 0;
  visit(tree, 'table', (node, _index, parent) => {
    if (parent === tree) return SKIP;
    nested++;
    const inside = containers[parent?.type ?? ''] ?? `a ${parent?.type ?? 'container'}`;
    if (used) {
      const reason = `Found a table inside ${inside}; it is not read: the code table is the one on line ${spanOf(used).start.line}. Move it out if its rows belong to the code table, or to another seed`;
      report(file, 'warning', 'table-nested', reason, spanOf(node));
    } else {
      report(file, 'error', 'table-nested', `Found a table inside ${inside} and none at the top level; expected the code table at the top level of the document: move it out (no indent, no \`-\` or \`>\` before its lines)`, spanOf(node));
    }
    return SKIP;
  });
  if (!used && nested === 0) {
    report(file, 'error', 'table-missing', 'Found no table; expected a GFM table at the top level, with a `CODE PHRASE` column and a description column: add one', { line: 1, column: 1 });
  }
}

function checkDetached(next: RootContent | undefined, table: Table, file: VFile): void {
  if (!next || (next.type !== 'paragraph' && next.type !== 'heading') || !toString(next).includes('|')) return;
  const end = spanOf(table).end.line;
  report(
    file,
    'error',
    'row-detached',
    `Found a ${next.type} with \`|\` right after the table, which ends on line ${end}; expected its rows to be table rows: remove the blank or broken line between them, or reword it without \`|\``,
    spanOf(next),
  );
}

/** Read the body rows of `table` into the model; bad rows are reported and left out. */
export function extractRows(table: Table, file: VFile, limits: Limits): Row[] | undefined {
  const [header, ...body] = table.children;
  const columns = header!.children.length;
  if (columns > limits.columns) {
    report(file, 'error', 'limit-columns', `Found ${columns} columns; expected at most ${limits.columns} (raise it with --max-columns)`, spanOf(header!));
    return undefined;
  }
  if (columns < 2) {
    report(file, 'error', 'table-columns', `Found ${columns} column; expected two: \`CODE PHRASE\` and a description: add the description column`, spanOf(header!));
    return undefined;
  }
  if (body.length > limits.rows) {
    report(file, 'error', 'limit-rows', `Found ${body.length} rows; expected at most ${limits.rows} (raise it with --max-rows)`, spanOf(body[limits.rows]!));
    return undefined;
  }
  const rows: Row[] = [];
  for (const tableRow of body) {
    const row = extractRow(tableRow, header!, file, limits);
    if (row) rows.push(row);
  }
  return rows;
}

function extractRow(tableRow: TableRow, header: TableRow, file: VFile, limits: Limits): Row | undefined {
  const span = spanOf(tableRow);
  if (tableRow.children.length !== header.children.length) {
    report(file, 'error', 'row-cells', cellCountReason(tableRow.children.length, header.children.length, spanOf(header).start.line), span);
    return undefined;
  }
  const head = extractCell(tableRow.children[0]!, file, limits);
  const description = extractCell(tableRow.children[1]!, file, limits);
  if (!head || !description) return undefined;
  const parsed = parseHead(head.text);
  if (!parsed.ok) {
    report(file, 'error', 'row-head', `Found ${parsed.found}; expected \`CODE PHRASE\`: ASCII digits, one space, a phrase (\`200 OK\`)`, head.span);
    return undefined;
  }
  return { code: parsed.code, codeText: parsed.codeText, phrase: parsed.phrase, head, description, span };
}

// remark-gfm keeps a row's cells as written: a short row is not padded and a
// long one is not cut, and a `|` that ends a line opens no cell.
function cellCountReason(found: number, columns: number, headerLine: number): string {
  const count = `Found ${found} cell${found === 1 ? '' : 's'}; expected ${columns}, as in the header row on line ${headerLine}`;
  if (found < columns) return `${count}: add the missing cells (a \`|\` at the end of a row opens no cell: write \`| |\` for an empty one)`;
  return `${count}: remove the extra cells, or escape a \`|\` inside a cell (code too) as \`\\|\``;
}

function extractCell(cell: TableCell, file: VFile, limits: Limits): Cell | undefined {
  const span = spanOf(cell);
  const inline = toInline(cell.children, file);
  const text = plainText(inline);
  const length = characterCount(text);
  if (length > limits.cellLength) {
    report(file, 'error', 'limit-cell-length', `Found a cell of ${length} characters; expected at most ${limits.cellLength} (raise it with --max-cell-length)`, span);
    return undefined;
  }
  return { text, inline, span };
}
