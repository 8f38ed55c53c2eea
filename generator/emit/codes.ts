import { StructureKind, VariableDeclarationKind } from './ts-morph.js';
import type { NamedTable } from '../model.js';
import type { ExportNames } from '../names/exports.js';
import type { ApiDocs } from './api.js';
import { codeLiteral, identifier } from './escape.js';
import { block, exportConst, exportUnion, type GeneratedFile, seedVariables, sourceFile, type Statement, tableOrigin } from './print.js';
import { docStructure } from './tsdoc.js';

/**
 * `codes.ts`: the code list, the `HttpStatusCode` union and `isHttpStatusCode`.
 * It holds no description text and imports nothing, so importing the guard
 * stays small.
 */
export function emitCodes(table: NamedTable, names: ExportNames, dir: string, apiDoc: ApiDocs): GeneratedFile {
  const codes = table.rows.map((row) => codeLiteral(row.code));
  const codeType = identifier(names.code);
  const primitive = table.codeType === 'integer' ? 'number' : 'string';
  const doc = (name: string) => docStructure(apiDoc(name));
  const statements: Statement[] = [
    exportUnion(doc(codeType), codeType, codes),
    // A tuple `as const`: an array literal checked against the union of its codes takes time quadratic in the rows.
    exportConst(doc(names.codes), identifier(names.codes), { ts: `${codeArray(codes)} as const`, js: codeArray(codes), dts: `readonly ${codeArray(codes)}` }),
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: 'codeSet', type: `ReadonlySet<${primitive}>`, initializer: `/* @__PURE__ */ new Set<${primitive}>(${identifier(names.codes)})` }],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: identifier(names.is),
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: `value is ${codeType}`,
      statements: [`return typeof value === "${primitive}" && codeSet.has(value);`],
      docs: [doc(names.is)],
    },
  ];
  return sourceFile(`${dir}/codes.ts`, table.document.path, statements, seedVariables(names, table.document.path), tableOrigin(table));
}

/** `[200, 201, ...]`, ten to a line. */
function codeArray(values: readonly string[]): string {
  const lines: string[] = [];
  for (let index = 0; index < values.length; index += 10) lines.push(`${values.slice(index, index + 10).join(', ')},`);
  return block('[', lines, ']');
}
