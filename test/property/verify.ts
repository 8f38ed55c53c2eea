// What every generated package must be, whatever its cells held: shared by
// the property test and the hostile fixtures.
import type { Parent, PhrasingContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { expect } from 'vitest';
import { defaultEmitOptions, emitPackage, type GeneratedFile } from '../../generator/emit/index.js';
import { entryShape } from '../../generator/emit/map.js';
import type { NamedTable, TableKind } from '../../generator/model.js';
import { exportNames } from '../../generator/names/exports.js';
import { parseMarkdown } from '../../generator/parse/index.js';
import { readText } from '../helpers.js';
import { comments, compile, constProperties, enumMembers, evaluate, exportedNames, jsDocTags, unionMembers } from './program.js';

/** The tags the generator writes (`@ts-expect-error` in an example); no other may appear. */
export const generatorTags = new Set(['@remarks', '@example', '@packageDocumentation', '@ts-expect-error']);

/** The plain text a seed's package must give back. */
export interface Expected {
  readonly rows: readonly { readonly code: number | string; readonly phrase: string; readonly description: string; readonly fields?: Readonly<Record<string, string>> }[];
  readonly title?: string;
  readonly intro?: readonly string[];
}

/** `{ module: [export names] }` of a generated package, from its sources and from evaluating them. */
function exportsOf(files: readonly GeneratedFile[], modules: Map<string, Record<string, unknown>>) {
  const declared = Object.fromEntries(files.filter((file) => file.path.endsWith('.ts')).map((file) => [file.path, exportedNames(file.text)]));
  const runtime = Object.fromEntries([...modules].map(([name, exports]) => [name, Object.keys(exports).sort()]));
  return { declared, runtime };
}

/** What a harmless seed of the same name and kind exports. */
const baselines = new Map<string, ReturnType<typeof exportsOf>>();
function harmless(slug: string, kind: TableKind): ReturnType<typeof exportsOf> {
  const key = `${slug} ${kind}`;
  let exports = baselines.get(key);
  if (!exports) {
    const { file, seed } = readText(`# T\n\n| Code | Description |\n| --- | --- |\n| ${kind === 'http' ? '200 OK' : '100001 Fine'} | fine |\n`, slug);
    if (!seed) throw new Error(`the harmless seed did not generate:\n${file.messages.map(String).join('\n')}`);
    const files = emitPackage([seed], defaultEmitOptions);
    exports = exportsOf(files, evaluate(files));
    baselines.set(key, exports);
  }
  return exports;
}

/**
 * (b) evaluated in a vm context, the package gives back exactly the expected
 * plain text, and exports exactly what a harmless seed of the same kind does;
 * (c) its comments hold no tag and no `@` that the generator did not write.
 */
export function verifyPackage(seed: NamedTable, files: readonly GeneratedFile[], expected: Expected, context = ''): void {
  const names = exportNames(seed.exportName);
  const shape = entryShape(seed);
  const modules = evaluate(files);
  const map = modules.get(`${seed.dir}/map`)![names.map] as Record<string, unknown>;
  const enumObject = modules.get(`${seed.dir}/enum`)![names.enum] as Record<string, number | string>;
  expect(seed.rows.map((row) => row.code), context).toEqual(expected.rows.map((row) => row.code));
  expected.rows.forEach((row, index) => {
    const entry = { code: row.code, name: seed.names[index], ...(shape.phrase ? { phrase: row.phrase } : {}), ...(shape.description ? { description: row.description } : {}), ...row.fields };
    expect(Object.hasOwn(map, row.code) ? map[row.code] : undefined, context).toEqual(entry);
    expect(enumObject[seed.names[index]!], context).toBe(row.code);
  });
  const source = modules.get(`${seed.dir}/source`)![names.source] as { title?: string; intro: string[] };
  if (expected.title !== undefined) expect(source.title, context).toBe(expected.title);
  if (expected.intro !== undefined) expect(source.intro, context).toEqual(expected.intro);
  if (seed.codeType === 'integer' && seed.dir === seed.document.module) expect(exportsOf(files, modules), context).toEqual(harmless(seed.dir, seed.reading.kind));

  for (const file of files.filter((each) => each.path.endsWith('.ts'))) {
    expect(jsDocTags(file.text).filter((tag) => !generatorTags.has(tag)), `${file.path} ${context}`).toEqual([]);
    for (const comment of comments(file.text).filter((text) => text !== '/* @__PURE__ */')) {
      const rest = comment
        .replace(/^ *\* @(remarks|example|packageDocumentation)$/gm, '')
        .replaceAll(`"${defaultEmitOptions.packageName}`, '')
        .replace(/^ *\* \/\/ @ts-expect-error /gm, '');
      expect(rest, `${file.path}: ${comment} ${context}`).not.toContain('@');
    }
  }
}

/**
 * (a) a strict type-check with zero diagnostics and (d) every member and
 * code kept through a declaration emit with stripInternal, for many packages
 * at once (one program parses the standard library once), and in the
 * declarations the package ships (`dist/`).
 */
export function verifyCompiled(packages: readonly { readonly seed: NamedTable; readonly files: readonly GeneratedFile[]; readonly context: string }[]): void {
  const compiled = compile(packages.map((entry) => entry.files));
  packages.forEach(({ seed, files, context }, index) => {
    const names = exportNames(seed.exportName);
    const { diagnostics, declarations } = compiled[index]!;
    const shipped = (path: string) => files.find((file) => file.path === `dist/esm/${path}`)!.text;
    const codes = seed.rows.map((row) => String(row.code));
    expect(diagnostics, context).toEqual([]);
    for (const enumDeclarations of [declarations.get(`${seed.dir}/enum.d.ts`)!, shipped(`${seed.dir}/enum.d.ts`)]) {
      expect(enumMembers(enumDeclarations, names.enum), context).toEqual(seed.names);
    }
    // Every code is in the code union, and the map's declarations have an entry for each.
    for (const codeDeclarations of [declarations.get(`${seed.dir}/codes.d.ts`)!, shipped(`${seed.dir}/codes.d.ts`)]) {
      expect(unionMembers(codeDeclarations, names.code), context).toEqual(codes);
    }
    for (const mapDeclarations of [declarations.get(`${seed.dir}/map.d.ts`)!, shipped(`${seed.dir}/map.d.ts`)]) {
      expect(constProperties(mapDeclarations, names.map), context).toEqual(codes);
    }
    for (const file of files.filter((each) => each.path.startsWith('src/'))) {
      const declaration = declarations.get(file.path.slice('src/'.length).replace(/\.ts$/, '.d.ts'));
      // As sets: an overloaded function has its implementation in `.ts` only.
      expect(new Set(exportedNames(declaration ?? '', 'x.d.ts')), `${file.path} ${context}`).toEqual(new Set(exportedNames(file.text)));
      expect(exportedNames(shipped(file.path.slice('src/'.length).replace(/\.ts$/, '.d.ts')), 'x.d.ts'), `${file.path} ${context}`).toEqual(exportedNames(declaration ?? '', 'x.d.ts'));
    }
  });
}

/** A README table cell as a GFM reader shows it: its text, links included, with `<br>` as a line feed. */
function cellText(cell: Parent): string {
  return (cell.children as PhrasingContent[]).map((child) => (child.type === 'html' && /^<br>$/i.test(child.value) ? '\n' : toString(child))).join('');
}

/**
 * (e) read back with remark-gfm, the generated README's code table shows
 * every phrase and description exactly: no escape left visible, inside a URL
 * or anywhere else.
 */
export function verifyReadme(files: readonly GeneratedFile[], expected: Expected, context = ''): void {
  const readme = files.find((file) => file.path === 'README.md')!.text;
  const tables = parseMarkdown(readme).children.filter((node): node is Table => node.type === 'table');
  for (const row of expected.rows) {
    // The codes table of the row's table: its columns by header (a table without names has no Phrase column).
    const table = tables.find((each) => each.children.some((tableRow) => tableRow.children[0] && toString(tableRow.children[0]) === String(row.code)));
    expect(table, `README row of ${row.code} ${context}`).toBeDefined();
    const headers = table!.children[0]!.children.map(cellText);
    const cells = table!.children.find((tableRow) => toString(tableRow.children[0]!) === String(row.code))!.children.map(cellText);
    const column = (header: string) => (headers.includes(header) ? cells[headers.indexOf(header)] : undefined);
    const shown = { phrase: column('Phrase'), description: column('Description') };
    expect(shown, context).toEqual({ phrase: headers.includes('Phrase') ? row.phrase : undefined, description: headers.includes('Description') ? row.description : undefined });
  }
}
