import type { NamedTable } from '../model.js';
import type { ExportNames } from '../names/exports.js';
import type { ApiDocs } from './api.js';
import { codeLiteral, identifier } from './escape.js';
import { type GeneratedFile, printPart, printSourceFile } from './print.js';
import { seedSummary } from './seed-doc.js';
import { docStructure } from './tsdoc.js';

/**
 * `enum.ts`: `export enum HttpStatus { Ok = 200, ... }` (a string enum for
 * token codes: `InvalidArgument = "INVALID_ARGUMENT"`), every member with its
 * doc (`rowDocs`, from `rowDocComments`). The members are plain text: linear
 * in the row count, with no code writer scanning every character.
 */
export function emitEnum(table: NamedTable, names: ExportNames, dir: string, apiDoc: ApiDocs, rowDocs: readonly string[]): GeneratedFile {
  const enumName = identifier(names.enum);
  const members = table.rows.map((row, index) => `${rowDocs[index]}\n  ${identifier(table.names[index]!)} = ${codeLiteral(row.code)},`);
  const docs = docStructure(apiDoc(enumName, seedSummary(table, 'The codes of')));
  const body = `${printPart(docs)}\nexport enum ${enumName} {\n${members.map((member) => `${member}\n`).join('\n')}}`;
  return { path: `${dir}/enum.ts`, text: printSourceFile(table.document.path, [body]) };
}
