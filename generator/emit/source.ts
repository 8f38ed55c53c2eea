import type { NamedTable } from '../model.js';
import type { ExportNames } from '../names/exports.js';
import type { ApiDocs } from './api.js';
import { identifier, stringLiteral } from './escape.js';
import { block, exportConst, type GeneratedFile, seedVariables, sourceFile, tableOrigin } from './print.js';
import { docStructure } from './tsdoc.js';

/** `source.ts`: `httpStatusSource`, where the codes come from (path, title, intro, date, tags, and which table of a document of several). */
export function emitSource(table: NamedTable, names: ExportNames, dir: string, apiDoc: ApiDocs): GeneratedFile {
  const { document } = table;
  const front = document.frontMatter;
  // Each field's value as code and as its type: a string, a number, or a list of strings.
  const fields: [string, string, string][] = [];
  const text = (key: string, value: string) => fields.push([key, stringLiteral(value), stringLiteral(value)]);
  const list = (key: string, values: readonly string[]) => fields.push([key, `[${values.map(stringLiteral).join(', ')}]`, `readonly [${values.map(stringLiteral).join(', ')}]`]);
  text('path', document.path);
  if (document.title !== undefined) text('title', document.title);
  list('intro', document.intro);
  if (front?.date !== undefined) text('date', front.date);
  if (front) list('tags', front.tags);
  // A document of several tables: which one.
  if (table.dir !== document.module) {
    if (table.heading !== undefined) text('heading', table.heading);
    fields.push(['line', String(table.span.start.line), String(table.span.start.line)]);
  }
  text('kind', table.reading.kind);
  const js = block('{', fields.map(([key, value]) => `${key}: ${value},`), '}');
  const dts = block('{', fields.map(([key, , type]) => `readonly ${key}: ${type};`), '}');
  const docs = docStructure(apiDoc(names.source));
  return sourceFile(`${dir}/source.ts`, document.path, [exportConst(docs, identifier(names.source), { ts: `${js} as const`, js, dts })], seedVariables(names, document.path), tableOrigin(table));
}
