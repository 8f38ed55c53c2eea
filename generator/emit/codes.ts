import type { StatementStructures } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from './ts-morph.js';
import type { NamedSeed } from '../model.js';
import type { SeedNames } from '../names/seed.js';
import type { ApiDocs } from './api.js';
import { identifier } from './escape.js';
import { block, exportConst, exportUnion, type GeneratedFile, printSourceFile, seedVariables } from './print.js';
import { docStructure } from './tsdoc.js';

/**
 * `codes.ts`: the code list, the `HttpStatusCode` union and `isHttpStatusCode`.
 * It holds no description text and imports nothing, so importing the guard
 * stays small.
 */
export function emitCodes(seed: NamedSeed, names: SeedNames, dir: string, apiDoc: ApiDocs): GeneratedFile {
  const codes = seed.rows.map((row) => row.code);
  const codeType = identifier(names.code);
  const doc = (name: string) => docStructure(apiDoc(name));
  const statements: (StatementStructures | string)[] = [
    exportUnion(doc(codeType), codeType, codes),
    exportConst(doc(names.codes), identifier(names.codes), `readonly ${codeType}[]`, numberArray(codes)),
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: 'codeSet', type: 'ReadonlySet<number>', initializer: `/* @__PURE__ */ new Set<number>(${identifier(names.codes)})` }],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: identifier(names.is),
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: `value is ${codeType}`,
      statements: ['return typeof value === "number" && codeSet.has(value);'],
      docs: [doc(names.is)],
    },
  ];
  return { path: `${dir}/codes.ts`, text: printSourceFile(seed.path, statements, seedVariables(names, seed.path)) };
}

/** `[200, 201, ...]`, ten to a line. */
function numberArray(values: readonly number[]): string {
  const lines: string[] = [];
  for (let index = 0; index < values.length; index += 10) lines.push(`${values.slice(index, index + 10).join(', ')},`);
  return block('[', lines, ']');
}
