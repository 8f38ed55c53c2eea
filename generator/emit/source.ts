import type { NamedSeed } from '../model.js';
import type { SeedNames } from '../names/seed.js';
import type { ApiDocs } from './api.js';
import { identifier, stringLiteral } from './escape.js';
import { block, exportConst, type GeneratedFile, printSourceFile } from './print.js';
import { docStructure } from './tsdoc.js';

/** `source.ts`: `httpStatusSource`, where the codes come from (path, title, intro, date, tags). */
export function emitSource(seed: NamedSeed, names: SeedNames, dir: string, apiDoc: ApiDocs): GeneratedFile {
  const front = seed.frontMatter;
  const fields: [string, string][] = [['path', stringLiteral(seed.path)]];
  if (seed.title !== undefined) fields.push(['title', stringLiteral(seed.title)]);
  fields.push(['intro', `[${seed.intro.map(stringLiteral).join(', ')}]`]);
  if (front) fields.push(['date', stringLiteral(front.date)], ['tags', `[${front.tags.map(stringLiteral).join(', ')}]`]);
  fields.push(['kind', stringLiteral(seed.kind)]);
  const initializer = block('{', fields.map(([key, value]) => `${key}: ${value},`), '} as const');
  const docs = docStructure(apiDoc(names.source));
  return { path: `${dir}/source.ts`, text: printSourceFile(seed.path, [exportConst(docs, identifier(names.source), undefined, initializer)]) };
}
