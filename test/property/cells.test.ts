// Every cell is untrusted: for random seeds whose cells hold arbitrary Unicode
// and inline markup (hostile pieces and lone surrogates included), the
// generator either reports located errors, or emits a package that
// (a) type-checks under strict with zero diagnostics,
// (b) evaluated in a vm context, gives back exactly the plain text of every
//     phrase and description (and the title and intro),
// (c) has no JSDoc tag, and no `@` in a comment, that the generator did not write,
// (d) keeps every member through a declaration emit with stripInternal,
// and exports exactly the names a harmless seed of the same kind gives.
// MD_CODEGEN_PROPERTY_RUNS=2000 runs more cases than the default.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultEmitOptions, emitPackage, type GeneratedFile } from '../../generator/emit/index.js';
import type { NamedSeed } from '../../generator/model.js';
import { seedNames } from '../../generator/names/seed.js';
import { readText } from '../helpers.js';
import { comments, compile, constProperties, enumMembers, evaluate, exportedNames, jsDocTags } from './program.js';
import { propertyRuns } from './runs.js';
import { type Table, table } from './tables.js';

const slug = 'codes';
const names = seedNames(slug);
/** The only tags the generator writes. */
const generatorTags = new Set(['@remarks', '@example', '@packageDocumentation', '@ts-expect-error']);

/** The generated package of seed text that must be valid. */
function generated(markdown: string): { seed: NamedSeed; files: GeneratedFile[] } {
  const { file, seed } = readText(markdown, slug);
  if (!seed) throw new Error(`the seed did not generate:\n${file.messages.map(String).join('\n')}`);
  return { seed, files: emitPackage([seed], defaultEmitOptions) };
}

/** `{ module: [export names] }` of a generated package, from its sources and from evaluating them. */
function exportsOf(files: readonly GeneratedFile[], modules = evaluate(files)) {
  const declared = Object.fromEntries(files.filter((file) => file.path.endsWith('.ts')).map((file) => [file.path, exportedNames(file.text)]));
  const runtime = Object.fromEntries([...modules].map(([name, exports]) => [name, Object.keys(exports).sort()]));
  return { declared, runtime };
}

// What a harmless seed of each kind exports: a hostile one must export exactly the same names.
const baseline = {
  http: exportsOf(generated('# T\n\n| Code | Description |\n| --- | --- |\n| 200 OK | fine |\n').files),
  generic: exportsOf(generated('# T\n\n| Code | Description |\n| --- | --- |\n| 100001 Fine | fine |\n').files),
};

/** A seed that generated, kept for the type-check. */
interface Generated {
  readonly given: Table;
  readonly seed: NamedSeed;
  readonly files: readonly GeneratedFile[];
}

/** Check one random seed up to the type-check; returns the package it generated, if any. */
function checkTable(given: Table): Generated | undefined {
  const { file, seed } = readText(given.markdown, slug);
  const errors = file.messages.filter((message) => message.fatal === true);
  if (given.poisoned) expect(errors.filter((message) => message.ruleId === 'character').map((message) => `${message.line}:${message.column}`)).toContain(given.poisoned);
  if (errors.length > 0 || !seed) {
    // A located error: every error names its line and column.
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect([error.ruleId, error.line, error.column]).toEqual([error.ruleId, expect.any(Number), expect.any(Number)]);
    return undefined;
  }
  const files = emitPackage([seed], defaultEmitOptions);
  const sources = files.filter((generatedFile) => generatedFile.path.endsWith('.ts'));

  // (b) the plain text back, exactly, from the evaluated package; the exports of a harmless seed.
  const modules = evaluate(files);
  const map = modules.get(`${slug}/map`)![names.map] as Record<number, { code: number; name: string; phrase: string; description: string }>;
  const enumObject = modules.get(`${slug}/enum`)![names.enum] as Record<string, number>;
  expect(seed.rows.map((row) => row.code)).toEqual(given.rows.map((row) => row.code));
  given.rows.forEach((row, index) => {
    expect(map[row.code]).toEqual({ code: row.code, name: seed.names[index], phrase: row.phrase.text, description: row.description.text });
    expect(enumObject[seed.names[index]!]).toBe(row.code);
  });
  const source = modules.get(`${slug}/source`)![names.source] as { title?: string; intro: string[] };
  expect(source.title).toBe(given.title.text);
  expect(source.intro).toEqual(given.intro.text === '' ? [] : [given.intro.text]);
  const kind = seed.kind === 'http' ? baseline.http : baseline.generic;
  expect(exportsOf(files, modules)).toEqual(kind);

  for (const sourceFile of sources) {
    // (c) no tag and no `@` in a comment but those the generator writes.
    expect(jsDocTags(sourceFile.text).filter((tag) => !generatorTags.has(tag)), sourceFile.path).toEqual([]);
    for (const comment of comments(sourceFile.text).filter((text) => text !== '/* @__PURE__ */')) {
      const rest = comment
        .replace(/^ *\* @(remarks|example|packageDocumentation)$/gm, '')
        .replaceAll(`"${defaultEmitOptions.packageName}`, '')
        .replace(/^ *\* \/\/ @ts-expect-error /gm, '');
      expect(rest, `${sourceFile.path}: ${comment}`).not.toContain('@');
    }
    expect(comments(sourceFile.text).filter((comment) => comment.includes('@internal'))).toEqual([]);
  }

  return { given, seed, files };
}

/** (a) and (d) for many packages at once: one program parses the standard library once. */
function checkCompiled(packages: readonly Generated[]): void {
  const compiled = compile(packages.map((entry) => entry.files));
  packages.forEach(({ given, seed, files }, index) => {
    const { diagnostics, declarations } = compiled[index]!;
    const context = `seed:\n${given.markdown}`;
    // (a) a strict type-check with zero diagnostics.
    expect(diagnostics, context).toEqual([]);
    // (d) every member and entry survives a declaration emit with stripInternal.
    expect(enumMembers(declarations.get(`${slug}/enum.d.ts`)!, names.enum), context).toEqual(seed.names);
    expect(constProperties(declarations.get(`${slug}/map.d.ts`)!, names.map), context).toEqual(seed.rows.map((row) => String(row.code)));
    for (const sourceFile of files.filter((file) => file.path.endsWith('.ts'))) {
      const declaration = declarations.get(sourceFile.path.slice('src/'.length).replace(/\.ts$/, '.d.ts'));
      // As sets: an overloaded function has its implementation in `.ts` only.
      expect(new Set(exportedNames(declaration ?? '', 'x.d.ts')), `${sourceFile.path} of ${context}`).toEqual(new Set(exportedNames(sourceFile.text)));
    }
  });
}

describe('random seeds with hostile cells', () => {
  it('give located errors, or a package that type-checks, gives every text back, has only its own tags and survives stripInternal', () => {
    const packages: Generated[] = [];
    let refused = 0;
    fc.assert(
      fc.property(table, (given) => {
        const generatedPackage = checkTable(given);
        if (generatedPackage) packages.push(generatedPackage);
        else refused++;
      }),
      { numRuns: propertyRuns(200) },
    );
    // The cases must mostly reach the emitters, or the property proves little.
    expect(packages.length).toBeGreaterThan(refused);
    for (let index = 0; index < packages.length; index += 50) checkCompiled(packages.slice(index, index + 50));
  });
});
