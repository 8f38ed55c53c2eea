import { readFileSync, statSync } from 'node:fs';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { applyControlComments } from './control.js';
import { hasErrors, report } from './diagnostics.js';
import { hashBytes } from './hash.js';
import { checkCharacters, type DocumentOptions, extractDocument, type Skipped } from './extract/index.js';
import type { Input } from './inputs.js';
import { checkFileSize, type Limits } from './limits.js';
import type { CodeTable, NamedDocument, NamedTable, TableReading } from './model.js';
import type { MemberCase } from './config/schema.js';
import { resolveNames } from './names/resolve.js';
import { nameTables } from './names/table.js';
import { decodeSeed, parseSeed } from './parse/index.js';
import { validateTable } from './validate/index.js';
import { collectAfterCharacters, collectGarbage } from './memory.js';

/** How one code table was read, for the run's summary: errors or not. */
export interface TableSummary {
  readonly path: string;
  readonly line: number;
  /** Its export name, once it could be named. */
  readonly name: string | undefined;
  readonly reading: TableReading;
  /** Which column plays which part: `names from \`Msg\`, descriptions from \`说明\`, fields \`category\``. */
  readonly columns: string;
}

/** One document after reading: its report, its model when it was read without errors, and how its tables were read. */
export interface ReadDocument {
  readonly file: VFile;
  readonly document: NamedDocument | undefined;
  readonly summaries: readonly TableSummary[];
  /** How many code tables it has, read or stopped by an error. */
  readonly codeTables: number;
  readonly skipped: readonly Skipped[];
}

/** What a caller says of every document beside its text. */
export type ReadOptions = Omit<DocumentOptions, 'relativePath' | 'limits'> & {
  /** How member names are formed (default `pascal`). */
  readonly memberCase?: MemberCase;
};

// The file system calls here and in write/ are synchronous: a document or a
// generated file is small, and each asynchronous call waits for a trip through
// libuv's thread pool. On 200 seeds, reading the 1,005 generated files for
// `check` took 350 to 590 ms asynchronously, 10 to 22 ms synchronously.

/**
 * Read one input document through the pipeline's first stages: decode,
 * parse, extract, name and validate. Every finding is on the returned file.
 */
export function readInput(input: Input, limits: Limits, options: ReadOptions = {}): ReadDocument {
  const file = new VFile({ path: input.shown });
  let bytes: Buffer;
  try {
    if (!checkFileSize(statSync(input.path).size, limits, file)) return unread(file);
    bytes = readFileSync(input.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'an error';
    report(file, 'error', 'document-read', `Could not read the document (${code}); expected a readable file: check its permissions, or remove it from the seeds`, { line: 1, column: 1 });
    return unread(file);
  }
  return processDocument(bytes, file, input.relative, limits, options);
}

function unread(file: VFile): ReadDocument {
  return { file, document: undefined, summaries: [], codeTables: 0, skipped: [] };
}

/** The pipeline's first stages on bytes already read; shared by `readInput`, the editor plugin and tests. */
export function processDocument(bytes: Uint8Array, file: VFile, relativePath: string, limits: Limits, options: ReadOptions = {}): ReadDocument {
  // The hash of exactly the bytes parsed: the record of the output folder holds it (write/record.ts).
  file.data.digest = hashBytes(bytes);
  const text = decodeSeed(bytes, file);
  if (text === undefined) return unread(file);
  file.value = text;
  checkCharacters(text, file);
  const tree = parseSeed(text, file, limits);
  if (!tree) return unread(file);
  // The parser's events go before reading the tree adds to them (generator/memory.ts).
  if (text.length >= collectAfterCharacters) collectGarbage();
  return readTree(tree, file, relativePath, limits, options);
}

/**
 * The stages after parsing, on a tree already parsed and checked (`processDocument`'s,
 * or remark's in the editor plugin): extract, name and validate, then let the
 * document's `<!-- md-codegen-disable ... -->` comments silence what they name.
 */
export function readTree(tree: Root, file: VFile, relativePath: string, limits: Limits, options: ReadOptions = {}): ReadDocument {
  const read = readModel(tree, file, relativePath, limits, options);
  applyControlComments(tree, file);
  return read;
}

function readModel(tree: Root, file: VFile, relativePath: string, limits: Limits, options: ReadOptions): ReadDocument {
  const extracted = extractDocument(tree, file, { ...options, relativePath, limits });
  const { document, codeTables, skipped } = extracted;
  for (const table of extracted.tables) validateTable(table, file);
  if (!document) return { file, document: undefined, summaries: extracted.tables.map((table) => summarize(file.path, table, undefined)), codeTables, skipped };
  const names = nameTables(document, file);
  const tables = document.tables.map((table, index): NamedTable => {
    const { tables: _, ...info } = document;
    return { ...table, document: info, ...names[index]!, names: resolveNames(table, file, options.memberCase) };
  });
  const summaries = tables.map((table) => summarize(file.path, table, table.exportName));
  return { file, document: hasErrors(file) ? undefined : { ...document, tables }, summaries, codeTables, skipped };
}

function summarize(path: string, table: CodeTable, name: string | undefined): TableSummary {
  const header = (column: number) => `\`${table.columns[column]!.header.text}\``;
  const parts: string[] = [];
  const names = { column: undefined, phrase: 'phrases from the same cells', split: 'names before ` -- ` in the descriptions', code: 'names from the codes', none: 'no names' }[table.nameSource];
  const nameColumn = table.columns.find((column) => column.role === 'name');
  parts.push(nameColumn ? `names from ${header(nameColumn.index)}` : names!);
  if (table.descriptionColumn !== undefined) parts.push(`descriptions from ${header(table.descriptionColumn)}`);
  if (table.fields.length > 0) parts.push(`fields ${table.fields.map((field) => `\`${field.key}\``).join(', ')}`);
  return { path, line: table.span.start.line, name, reading: table.reading, columns: `${table.codeType} codes from ${table.reading.codeReason}; ${parts.join('; ')}` };
}

/**
 * A document without a code table is read and generates nothing when another
 * document has one (`no-code-table`, info: a docs folder holds READMEs and
 * prose pages); when no document has one, each is an error, saying which
 * tables it skipped and why.
 */
export function reportMissingTables(read: readonly ReadDocument[]): void {
  const any = read.some((entry) => entry.codeTables > 0);
  for (const entry of read) {
    if (entry.codeTables > 0 || entry.file.messages.some((message) => message.fatal === true)) continue;
    if (any) {
      report(entry.file, 'info', 'no-code-table', 'Found no code table in this document; it generates nothing (other documents have code tables)', { line: 1, column: 1 });
      continue;
    }
    const tables = entry.skipped.slice(0, 3).map((table) => `line ${table.line}: ${table.reason}`).join('; ');
    const skipped = entry.skipped.length === 0 ? 'this one has no table at its top level' : `the tables of this one are not: ${tables}${entry.skipped.length > 3 ? '; …' : ''}`;
    report(entry.file, 'error', 'table-missing', `Found no code table in any document (${skipped}); expected a GFM table with a column of codes: integers (\`200\`), code tokens (\`INVALID_ARGUMENT\`) or \`CODE PHRASE\` cells (\`200 OK\`), and a description column: add one`, { line: 1, column: 1 });
  }
}
