import type { NamedTable } from '../model.js';
import type { ExportNames } from '../names/exports.js';
import type { ApiDocs } from './api.js';
import { printDocComment } from './doc-comment.js';
import { codeLiteral, identifier, memberIdentifier, tsdocCode, tsdocText } from './escape.js';
import type { EmitOptions } from './options.js';
import { type GeneratedFile, printPart, printSourceFile } from './print.js';
import { seedSummary } from './seed-doc.js';
import { docStructure } from './tsdoc.js';

/**
 * `enum.ts`: with the `enum` style, `export enum HttpStatus { Ok = 200, ... }`
 * (a string enum for token codes: `InvalidArgument = "INVALID_ARGUMENT"`);
 * with the `const` style, `export const HttpStatus = { Ok: 200, ... } as const`
 * and the type of its values, which need no TypeScript-only syntax
 * (`erasableSyntaxOnly`, Node's type stripping). Every member has its doc
 * (`rowDocs`, from `rowDocComments`). The members are plain text: linear in
 * the row count, with no code writer scanning every character. An old name
 * kept (`aliases`) comes right before the member of its code, with the same
 * value, so that a numeric enum's reverse mapping still gives the new name.
 */
export function emitEnum(table: NamedTable, names: ExportNames, dir: string, apiDoc: ApiDocs, rowDocs: readonly string[], style: EmitOptions['style'], aliases: EmitOptions['aliases'][string] = []): GeneratedFile {
  const enumName = identifier(names.enum);
  const docs = docStructure(apiDoc(enumName, seedSummary(table, 'The codes of')));
  const [assign, end] = style === 'enum' ? [' = ', ','] : [': ', ','];
  const members = table.rows.flatMap((row, index) => {
    const name = memberIdentifier(table.names[index]!);
    const old = aliases.filter((alias) => alias.code === row.code).map((alias) => {
      const origin = `${tsdocCode(row.phrase === '' ? row.codeText : `${row.codeText} ${row.phrase}`)} in ${tsdocText(table.document.path)}, line ${row.span.start.line}`;
      const doc = printDocComment({ description: `The old name of {@link ${enumName}.${name}}: the row ${origin}, renamed it.`, tags: [{ tagName: 'deprecated', text: `Use {@link ${enumName}.${name}}.` }] }, '  ');
      return `${doc}\n  ${memberIdentifier(alias.name)}${assign}${codeLiteral(row.code)}${end}`;
    });
    return [...old, `${rowDocs[index]}\n  ${name}${assign}${codeLiteral(row.code)}${end}`];
  });
  const list = members.map((member) => `${member}\n`).join('\n');
  const body =
    style === 'enum'
      ? `${printPart(docs)}\nexport enum ${enumName} {\n${list}}`
      : `${printPart(docs)}\nexport const ${enumName} = {\n${list}} as const;\n\n${printPart(docStructure(apiDoc(enumName, ['The codes of the document: the values of the properties of the object of the same name.'])))}\nexport type ${enumName} = (typeof ${enumName})[keyof typeof ${enumName}];`;
  return { path: `${dir}/enum.ts`, text: printSourceFile(table.document.path, [body]) };
}
