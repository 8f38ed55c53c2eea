import type { NamedTable, Row } from '../model.js';
import { rowFindings } from '../validate/index.js';
import { printDocComment } from './doc-comment.js';
import { tsdocCode, tsdocText } from './escape.js';
import { type Doc, docStructure, renderInline } from './tsdoc.js';

/**
 * The doc of one row, shared by its enum member and its map entry: the
 * description, each field as `Header: text`, the code (and phrase) it came
 * from with its source line (`path`: the document's path as TSDoc text), and
 * the registry's findings under `@remarks`.
 */
function rowDoc(table: NamedTable, row: Row, path: string, headers: readonly string[]): Doc {
  const description = renderInline(row.description.inline);
  const fields = row.fields.flatMap((field, index) => {
    const [first, ...rest] = renderInline(field.inline);
    return first === undefined ? [] : [`${headers[index]}: ${first}`, ...rest];
  });
  const origin = `${tsdocCode(row.phrase === '' ? row.codeText : `${row.codeText} ${row.phrase}`)} in ${path}, line ${row.span.start.line}.`;
  const remarks = rowFindings(row, table).map((finding) => tsdocText(finding.note));
  return { paragraphs: [...description, ...fields, origin], remarks };
}

/**
 * Every row's doc comment, printed once for both the enum member and the map
 * entry, indented as a member of either.
 */
export function rowDocComments(table: NamedTable): string[] {
  const path = tsdocText(table.document.path);
  const headers = table.fields.map((field) => tsdocText(field.header.trim() === '' ? field.key : field.header));
  return table.rows.map((row) => printDocComment(docStructure(rowDoc(table, row, path, headers)), '  '));
}
