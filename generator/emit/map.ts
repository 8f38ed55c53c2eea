import type { StatementStructures } from 'ts-morph';
import type { NamedSeed } from '../model.js';
import type { SeedNames } from '../names/seed.js';
import type { ApiDocs } from './api.js';
import { identifier, stringLiteral } from './escape.js';
import { type GeneratedFile, printPart, printSourceFile, seedVariables } from './print.js';
import { StructureKind } from './ts-morph.js';
import { docStructure } from './tsdoc.js';

/**
 * `map.ts`: `httpStatusByCode` with every row's phrase and description, the
 * `HttpStatusInfo` type, and the lookups `getHttpStatus` and
 * `getHttpStatusOrThrow`. The entries are plain text, each with the row's doc
 * (`rowDocs`, from `rowDocComments`), so the map prints in time linear in the
 * row count.
 */
export function emitMap(seed: NamedSeed, names: SeedNames, dir: string, apiDoc: ApiDocs, rowDocs: readonly string[]): GeneratedFile {
  const enumName = identifier(names.enum);
  const codeType = identifier(names.code);
  const nameType = identifier(names.name);
  const infoType = identifier(names.info);
  const mapName = identifier(names.map);
  const doc = (name: string) => docStructure(apiDoc(name));
  const entries = seed.rows.map((row, index) => {
    const fields = [`code: ${row.code}`, `name: ${stringLiteral(seed.names[index]!)}`, `phrase: ${stringLiteral(row.phrase)}`, `description: ${stringLiteral(row.description.text)}`];
    return `${rowDocs[index]}\n  ${row.code}: { ${fields.join(', ')} },`;
  });
  const type = `{ readonly [Code in ${codeType}]: ${infoType} & { readonly code: Code } }`;
  const map = `${printPart(doc(mapName))}\nexport const ${mapName}: ${type} = {\n${entries.map((entry) => `${entry}\n`).join('\n')}};`;
  const statements: (StatementStructures | string)[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './codes.js', namedImports: [identifier(names.is), { name: codeType, isTypeOnly: true }] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './enum.js', namedImports: [enumName], isTypeOnly: true },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: nameType,
      type: `keyof typeof ${enumName}`,
      docs: [doc(nameType)],
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: infoType,
      docs: [doc(infoType)],
      properties: [
        { name: 'code', type: codeType, isReadonly: true, docs: ['The code.'] },
        { name: 'name', type: nameType, isReadonly: true, docs: [`Its member name in ${'`'}${enumName}${'`'}.`] },
        { name: 'phrase', type: 'string', isReadonly: true, docs: ['The phrase after the code in the document.'] },
        { name: 'description', type: 'string', isReadonly: true, docs: ['The description, as plain text.'] },
      ],
    },
    map,
    {
      kind: StructureKind.Function,
      isExported: true,
      name: identifier(names.get),
      parameters: [{ name: 'code', type: 'number' }],
      returnType: `${infoType} | undefined`,
      statements: [`return ${names.is}(code) ? ${mapName}[code] : undefined;`],
      docs: [doc(names.get)],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: identifier(names.getOrThrow),
      parameters: [{ name: 'code', type: 'number' }],
      returnType: infoType,
      statements: [
        `const info = ${names.get}(code);`,
        `if (info === undefined) throw new RangeError(\`\${String(code)} is not a code of \${${stringLiteral(seed.path)}}\`);`,
        'return info;',
      ],
      docs: [doc(names.getOrThrow)],
    },
  ];
  return { path: `${dir}/map.ts`, text: printSourceFile(seed.path, statements, seedVariables(names, seed.path)) };
}
