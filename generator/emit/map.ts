import { type StatementStructures, StructureKind, type WriterFunction } from 'ts-morph';
import type { NamedSeed } from '../model.js';
import type { SeedNames } from '../names/seed.js';
import { apiDoc } from './api.js';
import { identifier, stringLiteral } from './escape.js';
import { exportConst, type GeneratedFile, printPart, printSourceFile } from './print.js';
import { rowDoc } from './row-doc.js';
import { docStructure } from './tsdoc.js';

/**
 * `map.ts`: `httpStatusByCode` with every row's phrase and description, the
 * `HttpStatusInfo` type, and the lookups `getHttpStatus` and
 * `getHttpStatusOrThrow`. Entries are printed one by one.
 */
export function emitMap(seed: NamedSeed, names: SeedNames, dir: string, packageName: string): GeneratedFile {
  const enumName = identifier(names.enum);
  const codeType = identifier(names.code);
  const nameType = identifier(names.name);
  const infoType = identifier(names.info);
  const mapName = identifier(names.map);
  const doc = (name: string) => docStructure(apiDoc(seed, name, packageName));
  const entries: WriterFunction = (writer) => {
    writer.write('{').indent(() => {
      seed.rows.forEach((row, index) => {
        if (index > 0) writer.blankLine();
        writer.write(printPart(docStructure(rowDoc(seed, row)))).newLine();
        const fields = [`code: ${row.code}`, `name: ${stringLiteral(seed.names[index]!)}`, `phrase: ${stringLiteral(row.phrase)}`, `description: ${stringLiteral(row.description.text)}`];
        writer.write(`${row.code}: { ${fields.join(', ')} },`);
      });
    });
    writer.write(`} as const satisfies { readonly [Code in ${codeType}]: ${infoType} & { readonly code: Code } }`);
  };
  const statements: (StatementStructures | WriterFunction)[] = [
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
    exportConst(doc(mapName), mapName, undefined, entries),
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
  return { path: `${dir}/map.ts`, text: printSourceFile(seed.path, statements) };
}
