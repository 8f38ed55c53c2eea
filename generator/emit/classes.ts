import { type StatementStructures, StructureKind, type WriterFunction } from 'ts-morph';
import type { NamedSeed } from '../model.js';
import type { SeedNames } from '../names/seed.js';
import { identifier } from './escape.js';
import { exportUnion, type GeneratedFile, printSourceFile } from './print.js';
import { docStructure } from './tsdoc.js';

/** The HTTP status classes, by first digit; `nonStandard` outside 100–599. */
const classes = [
  { key: 'informational', pascal: 'Informational', range: [100, 199], what: '1xx (informational)' },
  { key: 'success', pascal: 'Success', range: [200, 299], what: '2xx (success)' },
  { key: 'redirection', pascal: 'Redirection', range: [300, 399], what: '3xx (redirection)' },
  { key: 'clientError', pascal: 'ClientError', range: [400, 499], what: '4xx (client error)' },
  { key: 'serverError', pascal: 'ServerError', range: [500, 599], what: '5xx (server error)' },
] as const;

/**
 * `classes.ts` (HTTP tables only): `HttpStatusClass`, `getHttpStatusClass`,
 * and per class a literal union of the document's codes and a type guard.
 */
export function emitClasses(seed: NamedSeed, names: SeedNames, dir: string, packageName: string): GeneratedFile {
  const codes = seed.rows.map((row) => row.code);
  const codeType = identifier(names.code);
  const classType = identifier(names.class);
  const all = [...classes, { key: 'nonStandard', pascal: 'NonStandard', range: [0, 0], what: 'outside 100–599 (non-standard)' }] as const;
  const inClass = (range: readonly [number, number]) =>
    range[0] === 0 ? codes.filter((code) => code < 100 || code > 599) : codes.filter((code) => code >= range[0] && code <= range[1]);
  const statements: (StatementStructures | WriterFunction)[] = [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './codes.js',
      namedImports: [identifier(names.is), { name: codeType, isTypeOnly: true }],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: classType,
      type: all.map((entry) => `"${entry.key}"`).join(' | '),
      docs: [docStructure({ paragraphs: ['The class of a status code, from its first digit; `nonStandard` outside 100–599.'] })],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: identifier(names.getClass),
      parameters: [{ name: 'code', type: codeType }],
      returnType: classType,
      statements: [
        'if (code < 100 || code > 599) return "nonStandard";',
        `const classes = [${classes.map((entry) => `"${entry.key}"`).join(', ')}] as const;`,
        'return classes[Math.floor(code / 100) - 1]!;',
      ],
      docs: [
        docStructure({
          paragraphs: ['The class of a code of the document.'],
          example: ['```ts', `import { ${names.getClass} } from "${packageName}/${seed.slug}";`, '', `${names.getClass}(${codes[0] ?? 200}); // "${classOf(codes[0] ?? 200)}"`, '```'],
        }),
      ],
    },
    ...all.flatMap((entry): (StatementStructures | WriterFunction)[] => {
      const typeName = identifier(`${entry.pascal}${names.pascal}Code`);
      const condition =
        entry.key === 'nonStandard' ? '(value < 100 || value > 599)' : `value >= ${entry.range[0]} && value <= ${entry.range[1]}`;
      return [
        exportUnion(docStructure({ paragraphs: [`The ${entry.what} codes of the document.`] }), typeName, inClass(entry.range)),
        {
          kind: StructureKind.Function,
          isExported: true,
          name: identifier(`is${entry.pascal}${names.pascal}`),
          parameters: [{ name: 'value', type: 'unknown' }],
          returnType: `value is ${typeName}`,
          statements: [`return ${names.is}(value) && ${condition};`],
          docs: [docStructure({ paragraphs: [`Whether ${'`'}value${'`'} is one of the document's ${entry.what} codes.`] })],
        },
      ];
    }),
  ];
  return { path: `${dir}/classes.ts`, text: printSourceFile(seed.path, statements) };
}

function classOf(code: number): string {
  return classes.find((entry) => code >= entry.range[0] && code <= entry.range[1])?.key ?? 'nonStandard';
}
