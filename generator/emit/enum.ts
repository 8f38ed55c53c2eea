import { StructureKind, type WriterFunction } from 'ts-morph';
import type { NamedSeed } from '../model.js';
import type { SeedNames } from '../names/seed.js';
import { apiDoc } from './api.js';
import { identifier } from './escape.js';
import { type GeneratedFile, printPart, printSourceFile } from './print.js';
import { rowDoc } from './row-doc.js';
import { docStructure } from './tsdoc.js';
import { seedSummary } from './seed-doc.js';

/**
 * `enum.ts`: `export enum HttpStatus { Ok = 200, ... }`, every member with its
 * doc. Members are printed one by one, which stays linear in the row count.
 */
export function emitEnum(seed: NamedSeed, names: SeedNames, dir: string, packageName: string): GeneratedFile {
  const enumName = identifier(names.enum);
  const members: WriterFunction = (writer) => {
    seed.rows.forEach((row, index) => {
      const member = printPart({
        kind: StructureKind.EnumMember,
        name: identifier(seed.names[index]!),
        value: row.code,
        docs: [docStructure(rowDoc(seed, row))],
      });
      if (index > 0) writer.blankLine();
      writer.write(`${member},`).newLine();
    });
  };
  const docs = docStructure(apiDoc(seed, enumName, packageName, seedSummary(seed, 'The codes of')));
  const body: WriterFunction = (writer) => {
    writer.write(printPart(docs)).newLine();
    writer.write(`export enum ${enumName} `).inlineBlock(() => members(writer));
  };
  return { path: `${dir}/enum.ts`, text: printSourceFile(seed.path, [body]) };
}
