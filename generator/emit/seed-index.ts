import { type StatementStructures, StructureKind } from 'ts-morph';
import type { NamedSeed } from '../model.js';
import { type GeneratedFile, printPart, printSourceFile } from './print.js';
import { seedSummary } from './seed-doc.js';
import { docStructure } from './tsdoc.js';

/** The modules of one seed, in the order they are re-exported. */
export function seedModules(seed: NamedSeed): string[] {
  return seed.kind === 'http' ? ['enum', 'codes', 'classes', 'map', 'source'] : ['enum', 'codes', 'map', 'source'];
}

/** `src/<seed>/index.ts`: the seed's module doc and its re-exports. */
export function emitSeedIndex(seed: NamedSeed, dir: string): GeneratedFile {
  const doc = docStructure({ paragraphs: seedSummary(seed, 'The codes of') });
  const statements: (StatementStructures | string)[] = [
    printPart({ ...doc, tags: [...(doc.tags ?? []), { tagName: 'packageDocumentation' }] }),
    ...seedModules(seed).map((module): StatementStructures => ({ kind: StructureKind.ExportDeclaration, moduleSpecifier: `./${module}.js` })),
  ];
  return { path: `${dir}/index.ts`, text: printSourceFile(seed.path, statements) };
}

/** `src/index.ts`: every seed's module. */
export function emitRootIndex(seeds: readonly NamedSeed[], source: string): GeneratedFile {
  const statements = seeds.map((seed): StatementStructures => ({ kind: StructureKind.ExportDeclaration, moduleSpecifier: `./${seed.slug}/index.js` }));
  return { path: 'src/index.ts', text: printSourceFile(source, statements) };
}
