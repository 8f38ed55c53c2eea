import type { NamedSeed } from '../model.js';
import { seedNames } from '../names/seed.js';
import { apiDocs } from './api.js';
import { emitClasses } from './classes.js';
import { emitCodes } from './codes.js';
import { emitEnum } from './enum.js';
import { emitMap } from './map.js';
import type { EmitOptions } from './options.js';
import { compilePackage } from './package/compile.js';
import { emitPackageJson, emitTsconfig } from './package/manifest.js';
import { emitReadme } from './package/readme.js';
import { rowDocComments } from './row-doc.js';
import { type GeneratedFile, startPrintRun } from './print.js';
import { emitRootIndex, emitSeedIndex } from './seed-index.js';
import { emitSource } from './source.js';

export type { EmitOptions } from './options.js';
export { defaultEmitOptions } from './options.js';
export type { GeneratedFile } from './print.js';

/** Every file of one seed's module, under `src/<seed>/`. */
export function emitSeed(seed: NamedSeed, options: EmitOptions): GeneratedFile[] {
  const names = seedNames(seed.slug);
  const dir = `src/${seed.slug}`;
  const rowDocs = rowDocComments(seed);
  const apiDoc = apiDocs(seed, options.packageName);
  const files = [
    emitEnum(seed, names, dir, apiDoc, rowDocs),
    emitCodes(seed, names, dir, apiDoc),
    emitMap(seed, names, dir, apiDoc, rowDocs),
    emitSource(seed, names, dir, apiDoc),
    emitSeedIndex(seed, dir),
  ];
  if (seed.kind === 'http') files.push(emitClasses(seed, names, dir, apiDoc));
  return files;
}

/** The whole generated package for `seeds` (sorted by slug), sorted by path. */
export function emitPackage(seeds: readonly NamedSeed[], options: EmitOptions): GeneratedFile[] {
  startPrintRun();
  const sources = [...seeds.flatMap((seed) => emitSeed(seed, options)), emitRootIndex(seeds, `${options.seedsDir}/`)];
  const files = [
    ...sources,
    ...compilePackage(sources, options),
    emitPackageJson(seeds, options),
    emitTsconfig(options),
    emitReadme(seeds, options),
  ];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
