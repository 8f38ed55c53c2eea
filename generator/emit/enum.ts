import type { NamedTable } from '../model.js';
import type { ExportNames } from '../names/exports.js';
import type { ApiDocs } from './api.js';
import { printDocComment } from './doc-comment.js';
import { codeLiteral, identifier, memberIdentifier, tsdocCode, tsdocText } from './escape.js';
import type { EmitOptions } from './options.js';
import { block, declaredNames, type GeneratedFile, printPart, seedVariables, sourceFile, tableOrigin } from './print.js';
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
  const docs = docStructure(apiDoc(enumName, seedSummary(table, 'The codes')));
  const [assign, end] = style === 'enum' ? [' = ', ','] : [': ', ','];
  // Every member (an old name kept comes right before the member of its code) with its doc, and its value.
  const members = table.rows.flatMap((row, index) => {
    const name = memberIdentifier(table.names[index]!);
    const old = aliases.filter((alias) => alias.code === row.code).map((alias) => {
      const origin = `${tsdocCode(row.phrase === '' ? row.codeText : `${row.codeText} ${row.phrase}`)} in ${tsdocText(table.document.path)}, line ${row.span.start.line}`;
      const doc = printDocComment({ description: `The old name of {@link ${enumName}.${name}}: the row ${origin}, renamed it.`, tags: [{ tagName: 'deprecated', text: `Use {@link ${enumName}.${name}}.` }] }, '  ');
      return { doc, name: memberIdentifier(alias.name), value: codeLiteral(row.code), at: row.span.start };
    });
    return [...old, { doc: rowDocs[index]!, name, value: codeLiteral(row.code), at: row.span.start }];
  });
  const list = members.map((member) => `${member.doc}\n  ${member.name}${assign}${member.value}${end}\n`).join('\n');
  const doc = printPart(docs);
  // Each member's name maps to its row in the declaration map, the declarations to the table.
  const origin = tableOrigin(table);
  const memberNames = (firstLine: number, column: number) => declaredNames(members.map((member) => member.doc), members.map((member) => member.at), firstLine, column);
  if (style === 'enum') {
    // In JavaScript, the lines TypeScript compiles each member to (a numeric enum maps its codes back to the names).
    const numeric = table.codeType === 'integer';
    const js = members.map(({ name, value }) => (numeric ? `${enumName}[${enumName}["${name}"] = ${value}] = "${name}";` : `${enumName}["${name}"] = ${value};`)).join('\n');
    const dts = members.map((member) => `${member.doc}\n  ${member.name} = ${member.value},`).join('\n');
    const template = `${doc}\nexport enum ${enumName} {\n${members.length === 0 ? '' : `  MdCodegenMember = ${numeric ? '0' : '""'},\n`}}`;
    const statement = { kind: 'data', ts: `${doc}\nexport enum ${enumName} {\n${list}}`, template, js, dts, names: memberNames(0, '  '.length) } as const;
    return sourceFile(`${dir}/enum.ts`, table.document.path, [statement], seedVariables(names, table.document.path), origin);
  }
  const typeDoc = printPart(docStructure(apiDoc(enumName, ['The codes of the document: the values of the properties of the object of the same name.'])));
  const type = `${typeDoc}\nexport type ${enumName} = (typeof ${enumName})[keyof typeof ${enumName}];`;
  return sourceFile(`${dir}/enum.ts`, table.document.path, [
    {
      kind: 'data',
      ts: `${doc}\nexport const ${enumName} = {\n${list}} as const;\n\n${type}`,
      template: `${doc}\nexport const ${enumName}: MdCodegenType = MdCodegenValue;\n\n${type}`,
      js: block('{', members.map((member) => `${member.name}: ${member.value},`), '}'),
      dts: `{\n${members.map((member) => `${member.doc}\n  readonly ${member.name}: ${member.value};\n`).join('')}}`,
      names: memberNames(1, '  readonly '.length),
    },
  ], seedVariables(names, table.document.path), origin);
}
