import type { OptionalKind, PropertySignatureStructure } from 'ts-morph';
import type { NamedTable } from '../model.js';
import type { ExportNames } from '../names/exports.js';
import type { ApiDocs } from './api.js';
import { codeLiteral, identifier, propertyKey, stringLiteral, tsdocCode } from './escape.js';
import { declaredNames, exportConst, type GeneratedFile, seedVariables, sourceFile, type Statement, tableOrigin } from './print.js';
import { StructureKind, VariableDeclarationKind } from './ts-morph.js';
import { docStructure } from './tsdoc.js';

/** Whether a table's entries carry a phrase and a description: when the document gives them. */
export function entryShape(table: NamedTable): { readonly phrase: boolean; readonly description: boolean } {
  return { phrase: table.nameSource !== 'none' && table.nameSource !== 'code', description: table.descriptionColumn !== undefined };
}

/**
 * `map.ts`: `httpStatusByCode` with every row's phrase, description and
 * fields (one per other column), the `HttpStatusInfo` type, and the lookups
 * `getHttpStatus` and `getHttpStatusOrThrow`. The entries are plain text, each
 * with the row's doc (`rowDocs`, from `rowDocComments`), so the map prints in
 * time linear in the row count. The lookups index the map through a view
 * typed by an index signature, which checks every entry against the info
 * type: indexing the map itself with the union of every code would make
 * TypeScript form a union of every entry's type, too complex to represent
 * past about a thousand rows (TS2590), and a `satisfies` of a type mapped over
 * that union, as this map once had, takes time quadratic in the rows to check.
 */
export function emitMap(table: NamedTable, names: ExportNames, dir: string, apiDoc: ApiDocs, rowDocs: readonly string[]): GeneratedFile {
  const enumName = identifier(names.enum);
  const codeType = identifier(names.code);
  const nameType = identifier(names.name);
  const infoType = identifier(names.info);
  const mapName = identifier(names.map);
  const shape = entryShape(table);
  const primitive = table.codeType === 'integer' ? 'number' : 'string';
  const doc = (name: string) => docStructure(apiDoc(name));
  // Each entry in the source (with its doc), in JavaScript (without), and as its type in the declarations (with).
  const fieldKeys = table.fields.map((field) => propertyKey(field.key));
  let ts = '';
  let js = '';
  let dts = '';
  table.rows.forEach((row, index) => {
    const values = [codeLiteral(row.code), stringLiteral(table.names[index]!)];
    const keys = ['code', 'name'];
    if (shape.phrase) values.push(stringLiteral(row.phrase)), keys.push('phrase');
    if (shape.description) values.push(stringLiteral(row.description.text)), keys.push('description');
    row.fields.forEach((field, at) => (values.push(stringLiteral(field.text)), keys.push(fieldKeys[at]!)));
    const key = propertyKey(String(row.code));
    const entry = values.map((value, at) => `${keys[at]}: ${value}`).join(', ');
    ts += `${index === 0 ? '' : '\n'}${rowDocs[index]}\n  ${key}: { ${entry} },\n`;
    js += `  ${key}: { ${entry} },\n`;
    dts += `${rowDocs[index]}\n  readonly ${key}: { ${values.map((value, at) => `readonly ${keys[at]}: ${value}`).join('; ')} };\n`;
  });
  // Each key maps to its row in the declaration map.
  const rowNames = declaredNames(rowDocs, table.rows.map((row) => row.span.start), 1, '  readonly '.length);
  const map = exportConst(doc(mapName), mapName, { ts: `{\n${ts}} as const`, js: `{\n${js}}`, dts: `{\n${dts}}`, names: rowNames });
  const properties: OptionalKind<PropertySignatureStructure>[] = [
    { name: 'code', type: codeType, isReadonly: true, docs: ['The code.'] },
    { name: 'name', type: nameType, isReadonly: true, docs: [`Its member name in ${'`'}${enumName}${'`'}.`] },
  ];
  if (shape.phrase) properties.push({ name: 'phrase', type: 'string', isReadonly: true, docs: ['The name the document gives the code (its phrase), as written.'] });
  if (shape.description) properties.push({ name: 'description', type: 'string', isReadonly: true, docs: ['The description, as plain text.'] });
  for (const field of table.fields) {
    properties.push({ name: propertyKey(field.key), type: 'string', isReadonly: true, docs: [`The ${tsdocCode(field.header)} column, as plain text.`] });
  }
  const statements: Statement[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './codes.js', namedImports: [identifier(names.is), { name: codeType, isTypeOnly: true }] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './enum.js', namedImports: [enumName], isTypeOnly: true },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: nameType,
      type: `keyof typeof ${enumName}`,
      docs: [doc(nameType)],
    },
    { kind: StructureKind.Interface, isExported: true, name: infoType, docs: [doc(infoType)], properties },
    map,
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: 'entries', type: `{ readonly [code: ${primitive}]: ${infoType} }`, initializer: mapName }],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: identifier(names.get),
      parameters: [{ name: 'code', type: primitive }],
      returnType: `${infoType} | undefined`,
      statements: [`return ${names.is}(code) ? entries[code] : undefined;`],
      docs: [doc(names.get)],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: identifier(names.getOrThrow),
      parameters: [{ name: 'code', type: primitive }],
      returnType: infoType,
      statements: [
        `const info = ${names.get}(code);`,
        `if (info === undefined) throw new RangeError(\`\${String(code)} is not a code of \${${stringLiteral(table.document.path)}}\`);`,
        'return info;',
      ],
      docs: [doc(names.getOrThrow)],
    },
  ];
  return sourceFile(`${dir}/map.ts`, table.document.path, statements, seedVariables(names, table.document.path), tableOrigin(table));
}
