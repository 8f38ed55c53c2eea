import type { NamedDocument, NamedTable } from '../model.js';
import { exportNames } from '../names/exports.js';
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
import { type GeneratedFile, startPrintRun, withCommand } from './print.js';
import { emitDocumentIndex, emitRootIndex, emitSeedIndex } from './seed-index.js';
import { emitSource } from './source.js';

export type { EmitOptions } from './options.js';
export { defaultEmitOptions, runEmitOptions } from './options.js';
export type { GeneratedFile } from './print.js';

/** Every file of one table's module, under `src/<dir>/`. */
export function emitTable(table: NamedTable, options: EmitOptions): GeneratedFile[] {
  const names = exportNames(table.exportName);
  const dir = `src/${table.dir}`;
  const rowDocs = rowDocComments(table);
  const apiDoc = apiDocs(table, options.packageName, options.style);
  const files = [
    emitEnum(table, names, dir, apiDoc, rowDocs, options.style, options.aliases[table.exportName]),
    emitCodes(table, names, dir, apiDoc),
    emitMap(table, names, dir, apiDoc, rowDocs),
    emitSource(table, names, dir, apiDoc),
    emitSeedIndex(table, dir),
  ];
  if (table.reading.kind === 'http') files.push(emitClasses(table, names, dir, apiDoc));
  return files;
}

/** Every file of one document: each table's module, and an index of them when there are several. */
export function emitDocument(document: NamedDocument, options: EmitOptions): GeneratedFile[] {
  const files = document.tables.flatMap((table) => emitTable(table, options));
  if (document.tables.length > 1) files.push(emitDocumentIndex(document));
  return files;
}

/**
 * The whole generated package for `documents` (sorted by path; those without
 * code tables generate nothing), sorted by path: the sources, their compiled
 * forms (`dist/`), the manifest, the tsconfig and the README.
 */
export function emitPackage(all: readonly NamedDocument[], options: EmitOptions): GeneratedFile[] {
  startPrintRun();
  const documents = all.filter((document) => document.tables.length > 0);
  const sources = [...documents.flatMap((document) => emitDocument(document, options)), emitRootIndex(documents, `${options.seedsDir}/`)].map((file) => withCommand(file, options.command));
  const files = [...sources, ...compilePackage(sources, options), emitPackageJson(documents, options), emitTsconfig(options), emitReadme(documents, options)];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
