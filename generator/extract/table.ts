import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { characterCount, type Limits } from '../limits.js';
import type { Cell, Code, CodeTable, Column, ColumnRole, Field, Inline, Row, TableKind, Text } from '../model.js';
import { entryKeys, fieldKey } from '../names/field.js';
import { codeProblem, isToken, parseCodePhrase, parseInteger } from './code.js';
import { chooseLayout, type Layout, type LayoutOverrides } from './columns.js';
import { cellText, type Definitions, plainText, toInline } from './inline.js';
import { readKind } from './kind.js';
import { spanOf } from './span.js';
import { type Candidate, checkDetached } from './tables.js';

/** What a document gives every table it reads. */
export interface TableContext {
  readonly title: string | undefined;
  readonly definitions: Definitions;
  readonly limits: Limits;
  /** A config file's choices for this table. */
  readonly overrides?: TableOverrides;
}

/** What a config file may say of one table. */
export interface TableOverrides {
  readonly name?: string;
  readonly kind?: TableKind;
  readonly columns?: LayoutOverrides & { readonly fields?: Readonly<Record<string, string>> };
}

/** A table read: a code table, a table that is not one (and why), or a code table whose errors were reported. */
export type TableResult = { readonly table: CodeTable } | { readonly skip: string } | { readonly failed: true };

/**
 * Read one top-level table. It is a code table when one of its columns holds
 * codes ({@link chooseLayout}); then every row becomes a row of the model
 * with every cell kept, a row whose code cell holds no code is left out with
 * a warning, and structural problems are errors at their place.
 */
export function readTable(candidate: Candidate, index: number, file: VFile, context: TableContext): TableResult {
  const { node, directive } = candidate;
  if (directive?.skip) return { skip: 'a `skip` comment' };
  const [header, ...body] = node.children as [TableRow, ...TableRow[]];
  const { headers, rows: texts } = tableTexts(node);
  const layout = chooseLayout(headers, texts, context.overrides?.columns);
  if ('skip' in layout) return layout;
  const { limits } = context;
  if (headers.length > limits.columns) {
    report(file, 'error', 'limit-columns', `Found ${headers.length} columns; expected at most ${limits.columns} (raise it with --max-columns)`, spanOf(header));
    return { failed: true };
  }
  if (headers.length < 2) {
    report(file, 'error', 'table-columns', `Found a code table of ${headers.length} column; expected two or more: the codes and a description: add the description column`, spanOf(header));
    return { failed: true };
  }
  if (body.length > limits.rows) {
    report(file, 'error', 'limit-rows', `Found ${body.length} rows; expected at most ${limits.rows} (raise it with --max-rows)`, spanOf(body[limits.rows]!));
    return { failed: true };
  }
  checkDetached(candidate, file);
  const headerCells = header.children.map((cell) => readCell(cell, file, context));
  const columns = headerCells.map((cell, column): Column => ({ index: column, header: cell ?? emptyCell(header), role: roleOf(layout, column) }));
  const fields = fieldKeys(layout, columns, file, context.overrides?.columns?.fields ?? {});
  const rows: Row[] = [];
  for (const tableRow of body) {
    const row = readRow(tableRow, header, layout, fields, file, context);
    if (row) rows.push(row);
  }
  const code = columns[layout.code]!.header.text;
  const { kind, reason } = readKind({
    codes: rows.map((row) => row.code),
    phrases: rows.map((row) => row.phrase),
    context: [context.title, candidate.heading, ...headers],
    given: directive?.kind ?? context.overrides?.kind,
    givenBy: directive?.kind === undefined ? 'config' : 'directive',
  });
  if (kind === 'http' && layout.codeType === 'token') {
    report(file, 'error', 'directive', `Found \`kind="http"\` on a table of token codes; expected integer codes for an HTTP status table: remove the kind, or use \`kind="generic"\``, directive?.span ?? spanOf(node));
    return { failed: true };
  }
  const table: CodeTable = {
    index,
    span: spanOf(node),
    heading: candidate.heading,
    directive,
    ...(context.overrides?.name === undefined ? {} : { configName: context.overrides.name }),
    codeType: layout.codeType,
    columns,
    codeColumn: layout.code,
    codePhrase: layout.codePhrase,
    nameSource: layout.nameSource,
    descriptionColumn: layout.description,
    fields,
    reading: { kind, kindReason: reason, codeReason: `column ${layout.code + 1} \`${code}\`: ${layout.reason}` },
    rows,
  };
  return { table };
}

/** The plain text of a table's header cells and of each body row's cells: what its layout is decided on. */
export function tableTexts(node: Table): { headers: string[]; rows: string[][] } {
  const [header, ...body] = node.children;
  const texts = (row: TableRow) => row.children.map((cell) => cellText(cell.children as PhrasingContent[]));
  return { headers: header ? texts(header) : [], rows: body.map(texts) };
}

function roleOf(layout: Layout, column: number): ColumnRole {
  if (column === layout.code) return 'code';
  if (column === layout.name) return 'name';
  if (column === layout.description) return 'description';
  return 'field';
}

/**
 * The key of every field column: from its header (or a config's choice), a
 * warning and the column's number appended when that key is taken, or
 * `column<N>` when the header gives none.
 */
function fieldKeys(layout: Layout, columns: readonly Column[], file: VFile, given: Readonly<Record<string, string>>): Field[] {
  const taken = new Set(entryKeys);
  return layout.fields.map((column) => {
    const header = columns[column]!.header;
    const chosen = given[header.text.trim()] ?? fieldKey(header.text);
    let key = chosen ?? `column${column + 1}`;
    if (chosen === undefined) {
      const found = header.text.trim() === '' ? 'an empty header' : `the header \`${header.text}\`, which gives no field name (an ASCII word that starts with a letter)`;
      report(file, 'warning', 'field-name', `Found ${found} on column ${column + 1}, so its field is named \`${key}\`; expected a header such as \`Category\`: name the column`, header.span);
    } else if (taken.has(key) || key === '__proto__') {
      key = `${key}${column + 1}`;
      while (taken.has(key)) key += '_';
      report(file, 'warning', 'field-name', `Found the header \`${header.text}\` on column ${column + 1}, whose field name \`${chosen}\` is taken, so its field is named \`${key}\`; expected headers that give distinct names: rename the column`, header.span);
    }
    taken.add(key);
    return { column, key, header: header.text };
  });
}

function readRow(tableRow: TableRow, header: TableRow, layout: Layout, fields: readonly Field[], file: VFile, context: TableContext): Row | undefined {
  const span = spanOf(tableRow);
  if (tableRow.children.length !== header.children.length) {
    report(file, 'error', 'row-cells', cellCountReason(tableRow.children.length, header.children.length, spanOf(header).start.line), span);
    return undefined;
  }
  const cells: Cell[] = [];
  for (const cell of tableRow.children) {
    const read = readCell(cell, file, context);
    if (!read) return undefined;
    cells.push(read);
  }
  const head = cells[layout.code]!;
  const code = readCode(head.text, layout);
  if (!code) {
    const reason = `Found ${codeProblem(head.text, layout.codePhrase)} in the code column; expected ${expectedCode(layout)}, so this row is left out: write its code, or move the row out of the table`;
    report(file, 'warning', 'row-code', reason, head.span);
    return undefined;
  }
  const describing = layout.description === undefined ? undefined : cells[layout.description]!;
  let phrase = code.phrase ?? (layout.name === undefined ? '' : cells[layout.name]!.text);
  let description: Text & { span: typeof span } = describing ?? { text: '', inline: [], span: head.span };
  if (layout.nameSource === 'split' && describing && describing.text.includes(' -- ')) {
    const [before, after] = splitText(describing);
    phrase = before;
    description = { ...after, span: describing.span };
  }
  return { code: code.code, codeText: code.codeText, phrase, head, description, fields: fields.map((field) => cells[field.column]!), cells, span };
}

function readCode(text: string, layout: Layout): { code: Code; codeText: string; phrase?: string } | undefined {
  if (layout.codePhrase) return parseCodePhrase(text);
  if (layout.codeType === 'token') return isToken(text) ? { code: text, codeText: text } : undefined;
  const code = parseInteger(text);
  return code === undefined ? undefined : { code, codeText: text };
}

function expectedCode(layout: Layout): string {
  if (layout.codePhrase) return '`CODE PHRASE` like the others (ASCII digits, one space, a phrase: `200 OK`)';
  if (layout.codeType === 'token') return 'a code token like the others (`INVALID_ARGUMENT`)';
  return 'an integer code like the others (ASCII digits, an optional `-`, no leading zero, at most 15 digits)';
}

/** `Bad Request -- Your request is invalid.`: the name before the first ` -- `, and the description after it, its inline content kept where it can be. */
function splitText(cell: Cell): [string, Text] {
  const at = cell.text.indexOf(' -- ');
  const phrase = cell.text.slice(0, at);
  const rest = cell.text.slice(at + 4);
  const index = cell.inline.findIndex((node) => node.type === 'text' && node.value.includes(' -- '));
  const before = cell.inline.slice(0, index);
  if (index === -1 || plainText(before) + (cell.inline[index] as { value: string }).value.split(' -- ')[0] !== phrase) {
    return [phrase, { text: rest, inline: [{ type: 'text', value: rest }] }];
  }
  const node = cell.inline[index] as { value: string };
  const tail = node.value.slice(node.value.indexOf(' -- ') + 4);
  const inline: Inline[] = [...(tail === '' ? [] : [{ type: 'text' as const, value: tail }]), ...cell.inline.slice(index + 1)];
  return [phrase, { text: rest, inline }];
}

// remark-gfm keeps a row's cells as written: a short row is not padded and a
// long one is not cut, and a `|` that ends a line opens no cell.
function cellCountReason(found: number, columns: number, headerLine: number): string {
  const count = `Found ${found} cell${found === 1 ? '' : 's'}; expected ${columns}, as in the header row on line ${headerLine}`;
  if (found < columns) return `${count}: add the missing cells (a \`|\` at the end of a row opens no cell: write \`| |\` for an empty one)`;
  return `${count}: remove the extra cells, or escape a \`|\` inside a cell (code too) as \`\\|\``;
}

function readCell(cell: TableCell, file: VFile, context: TableContext): Cell | undefined {
  const span = spanOf(cell);
  const inline = toInline(cell.children as PhrasingContent[], file, context.definitions);
  const text = plainText(inline);
  const length = characterCount(text);
  if (length > context.limits.cellLength) {
    report(file, 'error', 'limit-cell-length', `Found a cell of ${length} characters; expected at most ${context.limits.cellLength} (raise it with --max-cell-length)`, span);
    return undefined;
  }
  return { text, inline, span };
}

function emptyCell(row: TableRow): Cell {
  return { text: '', inline: [], span: spanOf(row) };
}
