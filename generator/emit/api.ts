import type { NamedSeed } from '../model.js';
import { seedNames } from '../names/seed.js';
import { identifier } from './escape.js';
import { classNames, statusClasses, statusClassOf } from './status-classes.js';
import type { Doc } from './tsdoc.js';

/** The module of a seed that holds an export. */
export type ApiModule = 'enum' | 'codes' | 'classes' | 'map' | 'source';

/**
 * One export of a seed's module, documented once: its TSDoc and the generated
 * README are both written from this, so they cannot disagree. Summaries are
 * generator text (no `@ { } < >`), examples hold only identifiers, numbers and
 * generator text: no seed cell ever reaches them.
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
 * The codes an example uses: the first of the document and its member name
 * (`undefined` for a table without rows, whose examples show only what holds
 * for it), and a code not in it.
 */
function exampleCodes(seed: NamedSeed) {
  const codes = new Set(seed.rows.map((row) => row.code));
  const first = seed.rows[0]?.code;
  let missing = first === undefined ? 200 : first + 1;
  while (codes.has(missing)) missing += 1;
  return { codes, first, firstName: seed.names[0] === undefined ? undefined : identifier(seed.names[0]), missing };
}

/** Every export of `seed`'s module with its summary and example, in the order the README lists them. */
export function seedApi(seed: NamedSeed): ApiEntry[] {
  const names = seedNames(seed.slug);
  const { first, firstName, missing } = exampleCodes(seed);
  const n = names;
  const entries: ApiEntry[] = [
    {
      name: n.enum, kind: 'enum', module: 'enum', imports: [n.enum],
      summary: `Every code of the document as an enum member named from its phrase, with the reverse mapping from code to name.`,
      code: first === undefined ? [`Object.keys(${n.enum}).length; // 0: the document has no code`] : [`${n.enum}.${firstName}; // ${first}`, `${n.enum}[${first}]; // "${firstName}"`],
    },
    {
      name: n.code, kind: 'type', module: 'codes', imports: [`type ${n.code}`],
      summary: 'Every code of the document, as a literal union.',
      code: [...(first === undefined ? [] : [`const code: ${n.code} = ${first};`]), `// @ts-expect-error ${missing} is not a code of the document`, `const other: ${n.code} = ${missing};`],
    },
    {
      name: n.codes, kind: 'const', module: 'codes', imports: [n.codes],
      summary: 'Every code of the document, in document order.',
      code: [`${n.codes}.length; // ${seed.rows.length}`, ...(first === undefined ? [] : [`${n.codes}[0]; // ${first}`])],
    },
    {
      name: n.is, kind: 'function', module: 'codes', imports: [n.is],
      summary: `Whether \`value\` is one of the codes of the document, as a type guard for \`${n.code}\`: \`false\` for any other value, numeric strings included.`,
      code: first === undefined ? [`${n.is}(${missing}); // false`] : [`${n.is}(${first}); // true`, `${n.is}(${missing}); // false`, `${n.is}("${first}"); // false`],
    },
    {
      name: n.name, kind: 'type', module: 'map', imports: [`type ${n.name}`],
      summary: `The member name of a code in \`${n.enum}\`, as a union of string literals.`,
      code: [firstName === undefined ? `type None = ${n.name}; // never: the document has no code` : `const name: ${n.name} = "${firstName}";`],
    },
    {
      name: n.info, kind: 'interface', module: 'map', imports: [n.get, `type ${n.info}`],
      summary: 'What the document says about one code: the code, its member name, its phrase and its description as plain text.',
      code: [`const info: ${n.info} | undefined = ${n.get}(${first ?? missing});`],
    },
    {
      name: n.map, kind: 'const', module: 'map', imports: [n.map],
      summary: 'Every code of the document with its member name, phrase and description, keyed by code. It holds every description: import it only where you show them.',
      code: [first === undefined ? `Object.keys(${n.map}).length; // 0: the document has no code` : `${n.map}[${first}].name; // "${firstName}"`],
    },
    {
      name: n.get, kind: 'function', module: 'map', imports: [n.get],
      summary: `What the document says about \`code\`, or \`undefined\` for a code not in the document (or \`NaN\`, a fraction, a string). It never throws.`,
      code: [...(first === undefined ? [] : [`${n.get}(${first})?.name; // "${firstName}"`]), `${n.get}(${missing}); // undefined`],
    },
    {
      name: n.getOrThrow, kind: 'function', module: 'map', imports: [n.getOrThrow],
      summary: `Like \`${n.get}\`, but throws a \`RangeError\` whose message names the code when it is not in the document.`,
      code: [...(first === undefined ? [] : [`${n.getOrThrow}(${first}).name; // "${firstName}"`]), `${n.getOrThrow}(${missing}); // throws a RangeError naming ${missing}`],
    },
    {
      name: n.source, kind: 'const', module: 'source', imports: [n.source],
      summary: 'Where the codes come from: the seed path, its title and intro, the front-matter date (local time, as written) and tags, and how the table was read (`http` or `generic`).',
      code: [`${n.source}.kind; // "${seed.kind}"`],
    },
  ];
  if (seed.kind === 'http') entries.push(...classApi(seed));
  return entries;
}

/** The status class exports of an HTTP table. */
function classApi(seed: NamedSeed): ApiEntry[] {
  const n = seedNames(seed.slug);
  const { codes, first, missing } = exampleCodes(seed);
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
      const inside = [...codes].find((code) => entry.has(code));
      const outside = [...codes].find((code) => !entry.has(code)) ?? missing;
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

/** The example of an entry as lines of a fenced TypeScript block, importing from the seed's subpath. */
export function exampleBlock(entry: Pick<ApiEntry, 'imports' | 'code'>, packageName: string, slug: string): string[] {
  return ['```ts', `import { ${entry.imports.join(', ')} } from "${packageName}/${slug}";`, '', ...entry.code, '```'];
}

/** The TSDoc of an export by name: `lead` (escaped paragraphs), its summary and its example. */
export type ApiDocs = (name: string, lead?: readonly string[]) => Doc;

/**
 * The TSDoc of every export of `seed`, from one pass over its API (the
 * emitters ask for some twenty of them per seed). A name without an entry is
 * a bug in the generator.
 */
export function apiDocs(seed: NamedSeed, packageName: string): ApiDocs {
  const entries = new Map(seedApi(seed).map((entry) => [entry.name, entry]));
  return (name, lead = []) => {
    const entry = entries.get(name);
    if (entry === undefined) throw new Error(`md-codegen bug: no API entry for \`${name}\``);
    return { paragraphs: [...lead, entry.summary], example: exampleBlock(entry, packageName, seed.slug) };
  };
}
