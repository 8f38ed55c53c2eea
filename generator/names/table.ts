import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { nameDirectiveFix } from '../fix.js';
import type { CodeTable, Document } from '../model.js';
import { kebabName, pascalName } from './member.js';

/** The export name of a table and its folder under `src/`. */
export interface TableName {
  readonly exportName: string;
  readonly dir: string;
}

/**
 * Name every code table of a document. A document of one table keeps the
 * names of its file (or its directive). In a document of several, each
 * table is named by a config's `name` or a `name` directive, else by its
 * nearest heading when that forms a name (`Gateway Close Event Codes` →
 * `GatewayCloseEventCodes`), else `<DocumentName><N>`, with a warning that
 * shows the directive to add. Heading names that clash get the table's
 * position appended, with a warning; given names that clash are an error.
 */
export function nameTables(document: Document, file: VFile): TableName[] {
  const { tables } = document;
  const explicit = tables.map((table) => table.configName ?? table.directive?.name);
  if (tables.length === 1) return [{ exportName: explicit[0] ?? document.baseName, dir: document.module }];
  const fromHeading = tables.map((table) => (table.heading === undefined ? undefined : pascalName(table.heading)));
  const names = tables.map((table, index) => explicit[index] ?? fromHeading[index] ?? fallback(document, table, file));
  const first = new Map<string, number>();
  names.forEach((name, index) => {
    const other = first.get(name);
    if (other === undefined) {
      first.set(name, index);
      return;
    }
    if (explicit[index] !== undefined && explicit[other] !== undefined) {
      report(file, 'error', 'export-clash', `Found the table name \`${name}\` here and on line ${tables[other]!.span.start.line}; expected each table of a document to have its own name: change one of the names`, tables[index]!.directive?.span ?? tables[index]!.span);
    }
  });
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const resolved = names.map((name, index) => {
    if (counts.get(name)! < 2 || explicit[index] !== undefined || fromHeading[index] === undefined) return name;
    const renamed = `${name}${tables[index]!.index}`;
    const reason = `Found the heading \`${tables[index]!.heading}\`, whose name \`${name}\` another table of this document has too, so this table is named \`${renamed}\` (its position); expected distinct names: add \`<!-- md-codegen name="${renamed}" -->\` on the line before the table to keep it, or name it otherwise`;
    report(file, 'warning', 'table-name', reason, tables[index]!.span.start, nameDirectiveFix(renamed));
    return renamed;
  });
  return resolved.map((exportName) => ({ exportName, dir: `${document.module}/${kebabName(exportName)!}` }));
}

function fallback(document: Document, table: CodeTable, file: VFile): string {
  const name = `${document.baseName}${table.index}`;
  const why = table.heading === undefined ? 'no heading before it' : `the heading \`${table.heading}\` before it, which gives no name (ASCII words that start with a letter)`;
  report(file, 'warning', 'table-name', `Found ${why}, so this table is named \`${name}\`; expected a name for each table of a document: add \`<!-- md-codegen name="${name}" -->\` (or a better name) on the line before the table`, table.span.start, nameDirectiveFix(name));
  return name;
}
