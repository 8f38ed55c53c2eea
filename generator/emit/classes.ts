import type { StatementStructures } from 'ts-morph';
import { StructureKind } from './ts-morph.js';
import type { NamedTable } from '../model.js';
import type { ExportNames } from '../names/exports.js';
import type { ApiDocs } from './api.js';
import { identifier } from './escape.js';
import { exportUnion, type GeneratedFile, seedVariables, sourceFile, type Statement, tableOrigin } from './print.js';
import { classNames, statusClasses } from './status-classes.js';
import { docStructure } from './tsdoc.js';

/**
 * `classes.ts` (HTTP tables only): `HttpStatusClass`, `getHttpStatusClass`,
 * and per class a literal union of the document's codes and a type guard.
 */
export function emitClasses(table: NamedTable, names: ExportNames, dir: string, apiDoc: ApiDocs): GeneratedFile {
  // HTTP status tables have integer codes.
  const codes = table.rows.map((row) => row.code as number);
  const codeType = identifier(names.code);
  const classType = identifier(names.class);
  const is = identifier(names.is);
  const doc = (name: string) => docStructure(apiDoc(name));
  const digitClasses = statusClasses.filter((entry) => entry.key !== 'nonStandard');
  const statements: Statement[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './codes.js', namedImports: [is, { name: codeType, isTypeOnly: true }] },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: classType,
      type: statusClasses.map((entry) => `"${entry.key}"`).join(' | '),
      docs: [doc(classType)],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: identifier(names.getClass),
      overloads: [
        { parameters: [{ name: 'code', type: codeType }], returnType: classType, docs: [doc(names.getClass)] },
        { parameters: [{ name: 'code', type: 'number' }], returnType: `${classType} | undefined`, docs: [doc(names.getClass)] },
      ],
      parameters: [{ name: 'code', type: 'number' }],
      returnType: `${classType} | undefined`,
      statements: [
        `if (!${is}(code)) return undefined;`,
        'if (code < 100 || code > 599) return "nonStandard";',
        `const classes = [${digitClasses.map((entry) => `"${entry.key}"`).join(', ')}] as const;`,
        'return classes[Math.floor(code / 100) - 1];',
      ],
    },
    ...statusClasses.flatMap((entry): Statement[] => {
      const { type, guard } = classNames(entry, names.pascal);
      return [
        exportUnion(doc(type), identifier(type), codes.filter(entry.has)),
        {
          kind: StructureKind.Function,
          isExported: true,
          name: identifier(guard),
          parameters: [{ name: 'value', type: 'unknown' }],
          returnType: `value is ${identifier(type)}`,
          statements: [`return ${is}(value) && ${entry.condition};`],
          docs: [doc(guard)],
        },
      ];
    }),
  ];
  const path = table.document.path;
  return sourceFile(`${dir}/classes.ts`, path, statements, seedVariables(names, path, statusClasses.flatMap((entry) => Object.values(classNames(entry, names.pascal)))), tableOrigin(table));
}
