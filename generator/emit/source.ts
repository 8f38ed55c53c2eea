import type { NamedTable } from '../model.js';
import type { ExportNames } from '../names/exports.js';
import type { ApiDocs } from './api.js';
import { identifier, stringLiteral } from './escape.js';
import { block, exportConst, type GeneratedFile, printSourceFile } from './print.js';
import { docStructure } from './tsdoc.js';

/** `source.ts`: `httpStatusSource`, where the codes come from (path, title, intro, date, tags, and which table of a document of several). */
export function emitSource(table: NamedTable, names: ExportNames, dir: string, apiDoc: ApiDocs): GeneratedFile {
  const { document } = table;
  const front = document.frontMatter;
  const fields: [string, string][] = [['path', stringLiteral(document.path)]];
  if (document.title !== undefined) fields.push(['title', stringLiteral(document.title)]);
  fields.push(['intro', `[${document.intro.map(stringLiteral).join(', ')}]`]);
  if (front?.date !== undefined) fields.push(['date', stringLiteral(front.date)]);
  if (front) fields.push(['tags', `[${front.tags.map(stringLiteral).join(', ')}]`]);
  // A document of several tables: which one.
  if (table.dir !== document.module) {
    if (table.heading !== undefined) fields.push(['heading', stringLiteral(table.heading)]);
    fields.push(['line', String(table.span.start.line)]);
  }
  fields.push(['kind', stringLiteral(table.reading.kind)]);
  const initializer = block('{', fields.map(([key, value]) => `${key}: ${value},`), '} as const');
  const docs = docStructure(apiDoc(names.source));
  return { path: `${dir}/source.ts`, text: printSourceFile(document.path, [exportConst(docs, identifier(names.source), undefined, initializer)]) };
}
