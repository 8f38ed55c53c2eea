import type { Style } from '../config/schema.js';
import type { Code, NamedTable } from '../model.js';
import { exportNames } from '../names/exports.js';
import { codeLiteral, identifier, memberIdentifier } from './escape.js';
import { classNames, statusClasses, statusClassOf } from './status-classes.js';
import type { Doc } from './tsdoc.js';

/** The module of a table that holds an export. */
export type ApiModule = 'enum' | 'codes' | 'classes' | 'map' | 'source';

/**
 * One export of a table's module, documented once: its TSDoc and the generated
 * README are both written from this, so they cannot disagree. Summaries are
 * generator text (no `@ { } < >`), examples hold only identifiers, codes and
 * generator text: no other cell ever reaches them, and a token code has no
 * character that TSDoc or Markdown code would read otherwise.
 */
export interface ApiEntry {
  readonly name: string;
  readonly kind: 'enum' | 'type' | 'interface' | 'const' | 'function';
  readonly module: ApiModule;
  readonly summary: string;
  /** What the example imports; `type X` for a type. */
  readonly imports: readonly string[];
  /** The example, one line an item. */
  readonly code: readonly string[];
}

/**
 * The codes an example uses: the first of the table and its member name
 * (`undefined` for a table without rows, whose examples show only what holds
 * for it), a code not in it, and how each is written in code.
 */
function exampleCodes(table: NamedTable) {
  const codes = new Set<Code>(table.rows.map((row) => row.code));
  const first = table.rows[0]?.code;
  let missing: Code;
  if (table.codeType === 'token') {
    missing = 'NOT_A_CODE';
    for (let suffix = 2; codes.has(missing); suffix++) missing = `NOT_A_CODE_${suffix}`;
  } else {
    let next = first === undefined ? 200 : (first as number) + 1;
    while (codes.has(next)) next += 1;
    missing = next;
  }
  const lit = (code: Code) => exampleLiteral(code);
  return { codes, first, firstName: table.names[0] === undefined ? undefined : memberIdentifier(table.names[0]), missing, lit };
}

const exampleToken = /^[A-Za-z][A-Za-z0-9_]*(?:[.:-][A-Za-z0-9_]+)*$/;

/** A code in an example: a token code can only hold characters that mean nothing to TSDoc or Markdown; anything else is a bug. */
function exampleLiteral(code: Code): string {
  if (typeof code === 'string' && !exampleToken.test(code)) throw new Error(`md-codegen bug: \`${code}\` is not a code token`);
  return codeLiteral(code);
}

/** The fields an entry has, as the summaries of the info type and the map say them. */
function entryFields(table: NamedTable): string {
  const fields = ['the code', 'its member name'];
  if (table.nameSource !== 'none' && table.nameSource !== 'code') fields.push('its phrase');
  if (table.descriptionColumn !== undefined) fields.push('its description');
  // Keys written as headers (`备注`) are document text, which summaries never hold: they are counted.
  const named = table.fields.filter((field) => /^[A-Za-z][A-Za-z0-9]*$/.test(field.key)).map((field) => `\`${field.key}\``);
  const others = table.fields.length - named.length;
  if (others > 0) named.push(`${others} more named by ${others === 1 ? 'its header' : 'their headers'}`);
  if (named.length > 0) fields.push(`the ${table.fields.length === 1 ? 'field' : 'fields'} ${named.join(', ')}`);
  return `${fields.slice(0, -1).join(', ')} and ${fields[fields.length - 1]}`;
}

/** Every export of a table's module with its summary and example, in the order the README lists them. */
export function tableApi(table: NamedTable, style: Style = 'enum'): ApiEntry[] {
  const n = exportNames(table.exportName);
  const { first, firstName, missing, lit } = exampleCodes(table);
  const numeric = table.codeType === 'integer';
  const reverse = numeric && style === 'enum';
  const entries: ApiEntry[] = [
    {
      name: n.enum, kind: style === 'enum' ? 'enum' : 'const', module: 'enum', imports: [n.enum],
      summary:
        style === 'const'
          ? `Every code of the document as a property named from its phrase, in an object \`as const\`; the type of the same name is the union of the codes.`
          : reverse
            ? `Every code of the document as an enum member named from its phrase, with the reverse mapping from code to name.`
            : `Every code of the document as an enum member named from its phrase, whose value is the code.`,
      code:
        first === undefined
          ? [`Object.keys(${n.enum}).length; // 0: the document has no code`]
          : [`${n.enum}.${firstName}; // ${lit(first)}`, ...(reverse ? [`${n.enum}[${lit(first)}]; // "${firstName}"`] : [])],
    },
    {
      name: n.code, kind: 'type', module: 'codes', imports: [`type ${n.code}`],
      summary: 'Every code of the document, as a literal union.',
      code: [...(first === undefined ? [] : [`const code: ${n.code} = ${lit(first)};`]), `// @ts-expect-error ${lit(missing)} is not a code of the document`, `const other: ${n.code} = ${lit(missing)};`],
    },
    {
      name: n.codes, kind: 'const', module: 'codes', imports: [n.codes],
      summary: 'Every code of the document, in document order.',
      code: [`${n.codes}.length; // ${table.rows.length}`, ...(first === undefined ? [] : [`${n.codes}[0]; // ${lit(first)}`])],
    },
    {
      name: n.is, kind: 'function', module: 'codes', imports: [n.is],
      summary: numeric
        ? `Whether \`value\` is one of the codes of the document, as a type guard for \`${n.code}\`: \`false\` for any other value, numeric strings included.`
        : `Whether \`value\` is one of the codes of the document, as a type guard for \`${n.code}\`: \`false\` for any other value.`,
      code:
        first === undefined
          ? [`${n.is}(${lit(missing)}); // false`]
          : [`${n.is}(${lit(first)}); // true`, `${n.is}(${lit(missing)}); // false`, numeric ? `${n.is}("${first}"); // false` : `${n.is}(0); // false`],
    },
    {
      name: n.name, kind: 'type', module: 'map', imports: [`type ${n.name}`],
      summary: `The member name of a code in \`${n.enum}\`, as a union of string literals.`,
      code: [firstName === undefined ? `type None = ${n.name}; // never: the document has no code` : `const name: ${n.name} = "${firstName}";`],
    },
    {
      name: n.info, kind: 'interface', module: 'map', imports: [n.get, `type ${n.info}`],
      summary: `What the document says about one code: ${entryFields(table)}, as plain text.`,
      code: [`const info: ${n.info} | undefined = ${n.get}(${lit(first ?? missing)});`],
    },
    {
      name: n.map, kind: 'const', module: 'map', imports: [n.map],
      summary: `Every code of the document with ${entryFields(table).replace('the code, ', '')}, keyed by code. It holds every text of the table: import it only where you show them.`,
      code: [first === undefined ? `Object.keys(${n.map}).length; // 0: the document has no code` : `${n.map}[${lit(first)}].name; // "${firstName}"`],
    },
    {
      name: n.get, kind: 'function', module: 'map', imports: [n.get],
      summary: numeric
        ? `What the document says about \`code\`, or \`undefined\` for a code not in the document (or \`NaN\`, a fraction, a string). It never throws.`
        : `What the document says about \`code\`, or \`undefined\` for a code not in the document. It never throws.`,
      code: [...(first === undefined ? [] : [`${n.get}(${lit(first)})?.name; // "${firstName}"`]), `${n.get}(${lit(missing)}); // undefined`],
    },
    {
      name: n.getOrThrow, kind: 'function', module: 'map', imports: [n.getOrThrow],
      summary: `Like \`${n.get}\`, but throws a \`RangeError\` whose message names the code when it is not in the document.`,
      code: [...(first === undefined ? [] : [`${n.getOrThrow}(${lit(first)}).name; // "${firstName}"`]), `${n.getOrThrow}(${lit(missing)}); // throws a RangeError naming ${lit(missing)}`],
    },
    {
      name: n.source, kind: 'const', module: 'source', imports: [n.source],
      summary: 'Where the codes come from: the document path, its title and intro, the front-matter date (local time, as written) and tags, and how the table was read (`http` or `generic`).',
      code: [`${n.source}.kind; // "${table.reading.kind}"`],
    },
  ];
  if (table.reading.kind === 'http') entries.push(...classApi(table));
  return entries;
}

/** The status class exports of an HTTP table. */
function classApi(table: NamedTable): ApiEntry[] {
  const n = exportNames(table.exportName);
  const { first: firstCode, missing: missingCode } = exampleCodes(table);
  // HTTP status tables have integer codes.
  const codes = table.rows.map((row) => row.code as number);
  const [first, missing] = [firstCode as number | undefined, missingCode as number];
  const keys = statusClasses.map((entry) => `\`${entry.key}\``).join(', ');
  return [
    {
      name: n.class, kind: 'type', module: 'classes', imports: [`type ${n.class}`],
      summary: `The class of a status code, from its first digit: ${keys} (outside 100–599).`,
      code: [`const kind: ${n.class} = "${statusClassOf(first ?? missing).key}";`],
    },
    {
      name: n.getClass, kind: 'function', module: 'classes', imports: [n.getClass],
      summary: `The class of a code of the document, from its first digit, or \`undefined\` for a code not in the document. It never throws.`,
      code: [...(first === undefined ? [] : [`${n.getClass}(${first}); // "${statusClassOf(first).key}"`]), `${n.getClass}(${missing}); // undefined`],
    },
    ...statusClasses.flatMap((entry): ApiEntry[] => {
      const { type, guard } = classNames(entry, n.pascal);
      const inside = codes.find((code) => entry.has(code));
      const outside = codes.find((code) => !entry.has(code)) ?? missing;
      return [
        {
          name: type, kind: 'type', module: 'classes', imports: [`type ${type}`],
          summary: `The ${entry.what} codes of the document, as a literal union (\`never\` when it has none).`,
          code: inside === undefined ? [`type None = ${type}; // never: the document has no such code`] : [`const code: ${type} = ${inside};`],
        },
        {
          name: guard, kind: 'function', module: 'classes', imports: [guard],
          summary: `Whether \`value\` is one of the document's ${entry.what} codes, as a type guard for \`${type}\`.`,
          code: [...(inside === undefined ? [] : [`${guard}(${inside}); // true`]), `${guard}(${outside}); // false`],
        },
      ];
    }),
  ];
}

/** The example of an entry as lines of a fenced TypeScript block, importing from the document's subpath. */
export function exampleBlock(entry: Pick<ApiEntry, 'imports' | 'code'>, packageName: string, subpath: string): string[] {
  return ['```ts', `import { ${entry.imports.join(', ')} } from "${packageName}/${subpath}";`, '', ...entry.code, '```'];
}

/** The TSDoc of an export by name: `lead` (escaped paragraphs), its summary and its example. */
export type ApiDocs = (name: string, lead?: readonly string[]) => Doc;

/**
 * The TSDoc of every export of `table`, from one pass over its API (the
 * emitters ask for some twenty of them per table). A name without an entry is
 * a bug in the generator.
 */
export function apiDocs(table: NamedTable, packageName: string, style: Style = 'enum'): ApiDocs {
  const entries = new Map(tableApi(table, style).map((entry) => [entry.name, entry]));
  return (name, lead = []) => {
    const entry = entries.get(name);
    if (entry === undefined) throw new Error(`md-codegen bug: no API entry for \`${name}\``);
    return { paragraphs: [...lead, entry.summary], example: exampleBlock(entry, packageName, table.document.module) };
  };
}
