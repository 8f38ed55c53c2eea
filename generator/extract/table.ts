import type { Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { Limits } from '../limits.js';
import type { Cell, Row } from '../model.js';
import { plainText, toInline } from './inline.js';
import { parseHead } from './row-head.js';
import { spanOf } from './span.js';

/**
 * Find the code table: the one root-level GFM table. A missing, ambiguous or
 * nested table is an error; so is a row that the parser detached from it.
 */
export function findTable(tree: Root, file: VFile): Table | undefined {
  const tables = tree.children.filter((node): node is Table => node.type === 'table');
  if (tables.length > 1) {
    const lines = tables.map((table) => spanOf(table).start.line).join(', ');
    for (const table of tables.slice(1)) {
      report(file, 'error', 'table-ambiguous', `Found ${tables.length} tables (lines ${lines}); expected one code table: keep one table in this seed`, spanOf(table));
    }
    return undefined;
  }
  const [table] = tables;
  if (!table) {
    reportMissing(tree, file);
    return undefined;
  }
  checkDetached(tree.children[tree.children.indexOf(table) + 1], file);
  return table;
}

function reportMissing(tree: Root, file: VFile): void {
  let nested = false;
  visit(tree, (node, _index, parent) => {
    if (node.type !== 'table') return undefined;
    nested = true;
    report(file, 'error', 'table-nested', `Found a table inside a ${parent?.type ?? 'container'}; expected the code table at the top level of the document: move it out`, spanOf(node));
    return SKIP;
  });
  if (!nested) {
    report(file, 'error', 'table-missing', 'Found no table; expected a GFM table with `CODE PHRASE` and description columns', { line: 1, column: 1 });
  }
}

function checkDetached(next: RootContent | undefined, file: VFile): void {
  if (!next || (next.type !== 'paragraph' && next.type !== 'heading') || !toString(next).includes('|')) return;
  report(
    file,
    'error',
    'row-detached',
    `Found a ${next.type} with \`|\` right after the table; expected table rows to follow the table directly: remove the blank or broken line before it`,
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
    report(file, 'error', 'table-columns', `Found ${columns} column; expected two: \`CODE PHRASE\` and a description`, spanOf(header!));
    return undefined;
  }
  if (body.length > limits.rows) {
    report(file, 'error', 'limit-rows', `Found ${body.length} rows; expected at most ${limits.rows} (raise it with --max-rows)`, spanOf(body[limits.rows]!));
    return undefined;
  }
  const rows: Row[] = [];
  for (const tableRow of body) {
    const row = extractRow(tableRow, columns, file, limits);
    if (row) rows.push(row);
  }
  return rows;
}

function extractRow(tableRow: TableRow, columns: number, file: VFile, limits: Limits): Row | undefined {
  const span = spanOf(tableRow);
  if (tableRow.children.length !== columns) {
    report(file, 'error', 'row-cells', `Found ${tableRow.children.length} cells; expected ${columns} as in the header row: add or remove a \`|\``, span);
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

function extractCell(cell: TableCell, file: VFile, limits: Limits): Cell | undefined {
  const span = spanOf(cell);
  const inline = toInline(cell.children, file);
  const text = plainText(inline);
  if (text.length > limits.cellLength) {
    report(file, 'error', 'limit-cell-length', `Found a cell of ${text.length} characters; expected at most ${limits.cellLength} (raise it with --max-cell-length)`, span);
    return undefined;
  }
  return { text, inline, span };
}
