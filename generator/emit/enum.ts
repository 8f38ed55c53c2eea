import type { NamedSeed } from '../model.js';
import type { SeedNames } from '../names/seed.js';
import type { ApiDocs } from './api.js';
import { identifier } from './escape.js';
import { type GeneratedFile, printPart, printSourceFile } from './print.js';
import { docStructure } from './tsdoc.js';
import { seedSummary } from './seed-doc.js';

/**
 * `enum.ts`: `export enum HttpStatus { Ok = 200, ... }`, every member with its
 * doc (`rowDocs`, from `rowDocComments`). The members are plain text: linear
 * in the row count, with no code writer scanning every character.
 */
export function emitEnum(seed: NamedSeed, names: SeedNames, dir: string, apiDoc: ApiDocs, rowDocs: readonly string[]): GeneratedFile {
  const enumName = identifier(names.enum);
  const members = seed.rows.map((row, index) => `${rowDocs[index]}\n  ${identifier(seed.names[index]!)} = ${row.code},`);
  const docs = docStructure(apiDoc(enumName, seedSummary(seed, 'The codes of')));
  const body = `${printPart(docs)}\nexport enum ${enumName} {\n${members.map((member) => `${member}\n`).join('\n')}}`;
  return { path: `${dir}/enum.ts`, text: printSourceFile(seed.path, [body]) };
}
