// What every generated package must be, whatever its cells held: shared by
// the property test and the hostile fixtures.
import { expect } from 'vitest';
import { defaultEmitOptions, emitPackage, type GeneratedFile } from '../../generator/emit/index.js';
import type { NamedSeed } from '../../generator/model.js';
import { seedNames } from '../../generator/names/seed.js';
import { readText } from '../helpers.js';
import { comments, compile, enumMembers, evaluate, exportedNames, jsDocTags, unionMembers } from './program.js';

/** The tags the generator writes (`@ts-expect-error` in an example); no other may appear. */
export const generatorTags = new Set(['@remarks', '@example', '@packageDocumentation', '@ts-expect-error']);

/** The plain text a seed's package must give back. */
export interface Expected {
  readonly rows: readonly { readonly code: number; readonly phrase: string; readonly description: string }[];
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
function harmless(slug: string, kind: NamedSeed['kind']): ReturnType<typeof exportsOf> {
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
export function verifyPackage(seed: NamedSeed, files: readonly GeneratedFile[], expected: Expected, context = ''): void {
  const names = seedNames(seed.slug);
  const modules = evaluate(files);
  const map = modules.get(`${seed.slug}/map`)![names.map] as Record<number, unknown>;
  const enumObject = modules.get(`${seed.slug}/enum`)![names.enum] as Record<string, number>;
  expect(seed.rows.map((row) => row.code), context).toEqual(expected.rows.map((row) => row.code));
  expected.rows.forEach((row, index) => {
    expect(map[row.code], context).toEqual({ code: row.code, name: seed.names[index], phrase: row.phrase, description: row.description });
    expect(enumObject[seed.names[index]!], context).toBe(row.code);
  });
  const source = modules.get(`${seed.slug}/source`)![names.source] as { title?: string; intro: string[] };
  if (expected.title !== undefined) expect(source.title, context).toBe(expected.title);
  if (expected.intro !== undefined) expect(source.intro, context).toEqual(expected.intro);
  expect(exportsOf(files, modules), context).toEqual(harmless(seed.slug, seed.kind));

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
export function verifyCompiled(packages: readonly { readonly seed: NamedSeed; readonly files: readonly GeneratedFile[]; readonly context: string }[]): void {
  const compiled = compile(packages.map((entry) => entry.files));
  packages.forEach(({ seed, files, context }, index) => {
    const names = seedNames(seed.slug);
    const { diagnostics, declarations } = compiled[index]!;
    const shipped = (path: string) => files.find((file) => file.path === `dist/esm/${path}`)!.text;
    const codes = seed.rows.map((row) => String(row.code));
    expect(diagnostics, context).toEqual([]);
    for (const enumDeclarations of [declarations.get(`${seed.slug}/enum.d.ts`)!, shipped(`${seed.slug}/enum.d.ts`)]) {
      expect(enumMembers(enumDeclarations, names.enum), context).toEqual(seed.names);
    }
    // Every code is in the code union, which the map's type is keyed by.
    for (const codeDeclarations of [declarations.get(`${seed.slug}/codes.d.ts`)!, shipped(`${seed.slug}/codes.d.ts`)]) {
      expect(unionMembers(codeDeclarations, names.code), context).toEqual(codes);
    }
    expect(shipped(`${seed.slug}/map.d.ts`), context).toContain(`export declare const ${names.map}: {\n    readonly [Code in ${names.code}]: ${names.info} & {`);
    for (const file of files.filter((each) => each.path.startsWith('src/'))) {
      const declaration = declarations.get(file.path.slice('src/'.length).replace(/\.ts$/, '.d.ts'));
      // As sets: an overloaded function has its implementation in `.ts` only.
      expect(new Set(exportedNames(declaration ?? '', 'x.d.ts')), `${file.path} ${context}`).toEqual(new Set(exportedNames(file.text)));
      expect(exportedNames(shipped(file.path.slice('src/'.length).replace(/\.ts$/, '.d.ts')), 'x.d.ts'), `${file.path} ${context}`).toEqual(exportedNames(declaration ?? '', 'x.d.ts'));
    }
  });
}
