import type * as TsMorph from 'ts-morph';
import type { FunctionDeclarationStructure, JSDocStructure, OptionalKind, StatementStructures } from 'ts-morph';
import { printDocComment } from './doc-comment.js';
import { lineCommentText, stringLiteral } from './escape.js';
import type { NamedTable, Point } from '../model.js';
import type { ExportNames } from '../names/exports.js';
import { defaultEmitOptions } from './options.js';
import { generatedMark } from './package/manifest.js';
import { builtTables, printOptions } from './built.js';
import { StructureKind, tsMorph } from './ts-morph.js';

/** A file the generator produces, relative to the output folder. */
export interface GeneratedFile {
  /** Path with `/` separators, relative to the output folder (`src/http-status/enum.ts`). */
  readonly path: string;
  readonly text: string;
  /** For a source with data (enum members, map entries, code lists): what the compile stage compiles instead of `text`. */
  readonly compile?: CompileInput;
  /** For a source of one table: the document and the table's first line, which its declarations map to (declaration maps). */
  readonly origin?: Origin;
}

/** Where a source's declarations come from: a document (its path as reported) and the place of its table. */
export interface Origin {
  readonly document: string;
  readonly at: Point;
}

/** A table's origin: its document, at the table's first line. */
export function tableOrigin(table: NamedTable): Origin {
  return { document: table.document.path, at: table.span.start };
}

/**
 * The names a data statement's declarations declare that map to rows (enum
 * members, a map's keys), all at `column` (from 0) of their lines: the i-th
 * on line `lines[i]` (from 0) of `dts`, from the row that starts at `at[i]`.
 * Two arrays rather than an object a name: a table of 50,000 rows has
 * 100,000 of them.
 */
export interface DeclaredNames {
  readonly column: number;
  readonly lines: readonly number[];
  readonly at: readonly Point[];
}

/**
 * A source as the compile stage takes it: its text with every data statement
 * replaced by its template (the data written `MdCodegenValue<i>`,
 * `MdCodegenType<i>` or `MdCodegenMember<i>`), what each datum is in
 * JavaScript and in declarations, and the source's variables (names formed
 * from the file name, and its path), which sources of the same shape differ by.
 */
export interface CompileInput {
  readonly template: string;
  readonly data: readonly Datum[];
  readonly variables: readonly string[];
}

/**
 * A statement whose bulk is data: one entry per row. Its text in `src/`
 * (`ts`) is what it is; the compile stage compiles its `template` instead,
 * where `MdCodegenValue` stands for the data, `MdCodegenType` for its type,
 * `MdCodegenMember` for an enum's member, and puts `js` (the value, or every
 * member's line) and `dts` (the type, or every member's declaration) back into
 * what it compiled. The compiler then spends no time on the data: every
 * source of the same shape compiles once, and data compiles in time linear in
 * its size.
 */
export interface DataStatement {
  readonly kind: 'data';
  readonly ts: string;
  readonly template: string;
  readonly js: string;
  /** Its CommonJS, when it is not `js` (re-exports): the value, or every member's line. */
  readonly cjs?: string;
  readonly dts: string;
  /** The names `dts` declares that map to their rows in the document, in the order they appear. */
  readonly names?: DeclaredNames;
}

/** What the compile stage puts back for a data statement. */
export type Datum = Pick<DataStatement, 'js' | 'cjs' | 'dts' | 'names'>;

/**
 * The banner every generated source file starts with: the mark alone on the
 * first line (where it is found whatever the paths), then the source path and
 * the command that regenerates the file.
 */
export function banner(source: string, command = defaultEmitOptions.command): string {
  return `// ${generatedMark}\n// Source: ${lineCommentText(source)}\n${regenerateLine(command)}`;
}

function regenerateLine(command: string): string {
  return `// Regenerate with \`${lineCommentText(command)}\`.`;
}

/**
 * `file` with its banner naming `command`: {@link printSourceFile} takes no
 * options and names the default command, and the package's emit run names the
 * one it was given, in every source file alike. Files without the banner (the
 * manifest, the README) are returned as they are.
 */
export function withCommand(file: GeneratedFile, command: string): GeneratedFile {
  if (command === defaultEmitOptions.command) return file;
  // The banner's three lines (see `banner`), found without reading further: a map of 50,000 rows is 15 MB.
  const { text } = file;
  const sourceStart = text.indexOf('\n') + 1;
  const regenerateStart = sourceStart === 0 ? -1 : text.indexOf('\n', sourceStart) + 1;
  const regenerateEnd = regenerateStart <= 0 ? -1 : text.indexOf('\n', regenerateStart);
  if (regenerateEnd === -1 || !text.startsWith('// Source: ', sourceStart) || text.slice(regenerateStart, regenerateEnd) !== regenerateLine(defaultEmitOptions.command)) return file;
  return { ...file, text: `${text.slice(0, regenerateStart)}${regenerateLine(command)}${text.slice(regenerateEnd)}` };
}

/** A ts-morph structure, text printed already, or a data statement (the large, one-entry-per-row statements). */
export type Statement = StatementStructures | string | DataStatement;

/**
 * Print statements as one source file: the banner, then each statement
 * printed on its own (which keeps printing linear in size) but for runs of
 * imports and exports, printed together, a blank line between statements but
 * not between imports, LF line endings and a trailing newline. `variables`
 * are what differs from one seed to the next in the structures
 * ({@link seedVariables}): structures that differ only there print through
 * ts-morph once.
 */
export function printSourceFile(source: string, statements: readonly Statement[], variables: readonly string[] = []): string {
  return printSource(source, statements, variables).text;
}

/**
 * A source file, printed as {@link printSourceFile} prints it, with what the
 * compile stage takes when it has data statements.
 */
export function sourceFile(path: string, source: string, statements: readonly Statement[], variables: readonly string[] = [], origin?: Origin): GeneratedFile {
  const { text, template, data } = printSource(source, statements, variables);
  const file = data.length === 0 ? { path, text } : { path, text, compile: { template, data, variables } };
  return origin === undefined ? file : { ...file, origin };
}

function printSource(source: string, statements: readonly Statement[], variables: readonly string[]): { text: string; template: string; data: Datum[] } {
  const fill = placeholdersFor(variables);
  let text = banner(source);
  let template = text;
  const data: Datum[] = [];
  for (let index = 0; index < statements.length; ) {
    const statement = statements[index]!;
    let printed: string;
    if (isImport(statement)) {
      let end = index + 1;
      while (end < statements.length && isImport(statements[end]!)) end++;
      printed = printStatements(statements.slice(index, end) as StatementStructures[], fill).trimEnd();
      index = end;
    } else {
      index++;
      if (typeof statement === 'object' && statement.kind === 'data') {
        const at = data.length;
        data.push({ js: statement.js, dts: statement.dts, names: statement.names });
        text += `\n\n${statement.ts.trimEnd()}`;
        template += `\n\n${statement.template.replace(/MdCodegen(Value|Type|Member)\b/g, `MdCodegen$1${at}`).trimEnd()}`;
        continue;
      }
      printed = (typeof statement === 'string' ? statement : printStatement(statement, fill)).trimEnd();
    }
    text += `\n\n${printed}`;
    template += `\n\n${printed}`;
  }
  return { text: `${text}\n`, template: `${template}\n`, data };
}

function isImport(statement: Statement): boolean {
  return typeof statement === 'object' && statement.kind !== 'data' && (statement.kind === StructureKind.ImportDeclaration || statement.kind === StructureKind.ExportDeclaration);
}

/**
 * What differs between two seeds' structures: every name formed from the file
 * name (`HttpStatus`, `isHttpStatusCode`, ...), any more the caller forms,
 * and the path as a string literal.
 */
export function seedVariables(names: ExportNames, path: string, more: readonly string[] = []): string[] {
  return [...new Set([...Object.values(names), ...more]), stringLiteral(path)];
}

/** A seed's variables in structures: replaced by placeholders before printing, put back after. */
interface Placeholders {
  /**
   * The structures as JSON with every variable replaced by its placeholder:
   * what they print is remembered by it, and it parses back into structures
   * to print. `undefined` when they hold what JSON cannot carry, or a
   * placeholder already.
   */
  readonly template: (structures: readonly StatementStructures[]) => string | undefined;
  /** Printed text with every placeholder replaced by its variable. */
  readonly restore: (text: string) => string;
  /** Source text with every variable replaced by its placeholder (as `template` does in structures). */
  readonly fill: (text: string) => string;
}

/**
 * A placeholder is a token of the same kind as its variable (identifier or
 * string literal), so it prints the same way, but where ts-morph treats
 * either by its content: it quotes a reserved word used as a name (such a
 * variable is never replaced), and it escapes a string it quotes itself (the
 * placeholder then survives `restore`, and the statement prints as it is).
 */
const placeholderMark = /MdCodegen(?:Name|Text)/;
const placeholderPattern = /"MdCodegenText(\d+)"|MdCodegenName(\d+)/g;
const plainIdentifier = /^[A-Za-z][A-Za-z0-9]*$/;
const plainLiteral = /^"[A-Za-z0-9 ._/-]*"$/;
/** JavaScript's reserved words, and more that ts-morph quotes as names (its `isValidVariableName`). */
const reserved = new Set(
  ('arguments await break case catch class const continue debugger default delete do else enum eval export extends false finally for ' +
    'function if implements import in instanceof interface let new null package private protected public return static super switch ' +
    'this throw true try typeof var void while with yield').split(' '),
);

/** The last seed's placeholders: its files come one after another, with the same variables. */
let lastPlaceholders: { readonly key: string; readonly fill: Placeholders } | undefined;

function placeholdersFor(variables: readonly string[]): Placeholders {
  const key = variables.join('\n');
  if (lastPlaceholders?.key !== key) lastPlaceholders = { key, fill: placeholders(variables) };
  return lastPlaceholders.fill;
}

/**
 * Replace identifier variables as whole words and literal variables as whole
 * literals, each by a token of its kind; variables of any other form are left
 * in the structures (they print as they are, only not shared).
 */
function placeholders(variables: readonly string[]): Placeholders {
  const used = variables.filter((variable) => (plainIdentifier.test(variable) && !reserved.has(variable)) || plainLiteral.test(variable));
  const index = new Map(used.map((variable, at) => [variable, at]));
  const escaped = [...used].sort((a, b) => b.length - a.length).map((variable) => variable.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const pattern = used.length === 0 ? undefined : new RegExp(`(?<![A-Za-z0-9_$])(?:${escaped.join('|')})(?![A-Za-z0-9_$])`, 'g');
  const placeholder = (variable: string) => (variable.startsWith('"') ? `"MdCodegenText${index.get(variable)}"` : `MdCodegenName${index.get(variable)}`);
  return {
    template: (structures) => {
      let pure = true;
      // The replacer sees every value (never a key): strings get their placeholders. Values JSON would lose or
      // change (writer functions, `undefined` fields, which ts-morph may tell from missing ones, NaN) keep a
      // statement out of the memo, so that the template parses back into exactly the structures given.
      const json = JSON.stringify(structures, (_, value: unknown) => {
        if (typeof value === 'function' || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) pure = false;
        if (typeof value !== 'string') return value;
        if (placeholderMark.test(value)) pure = false;
        return pattern === undefined ? value : value.replace(pattern, placeholder);
      });
      return pure ? json : undefined;
    },
    restore: (text) => (used.length === 0 ? text : text.replace(placeholderPattern, (_, text: string | undefined, name: string | undefined) => used[Number(text ?? name)]!)),
    fill: (text) => (pattern === undefined ? text : text.replace(pattern, placeholder)),
  };
}

/**
 * The placeholders of a source's variables, for the compile stage: `fill` a
 * template, compile it, `restore` what it compiled to; `undefined` when the
 * text holds a placeholder already, which restoring would turn into a name.
 */
export function textPlaceholders(variables: readonly string[], text: string): Pick<Placeholders, 'fill' | 'restore'> | undefined {
  return placeholderMark.test(text) ? undefined : placeholdersFor(variables);
}

/**
 * Statements printed in this emit run and in the one before, by their
 * templates (JSON; `null` for a template whose placeholders did not all come
 * back, whose statements print as they are instead): the same shapes recur
 * in every seed and, in watch mode, in every run. Keeping exactly the last
 * run's prints reuses all of them however many seeds there are, and holds no
 * more than two runs' worth. Printing depends on nothing but the structures
 * and `printOptions` (fixed: the same output on any machine). Before
 * printing, the statements printed when md-codegen was built are looked up
 * (`built.ts`): the common shapes print without loading ts-morph.
 */
let printed = new Map<string, string | null>();
let printedBefore = new Map<string, string | null>();

/** What this emit run printed through ts-morph, by template (what scripts/templates.mjs builds the table of prints from). */
export function printsOfThisRun(): ReadonlyMap<string, string | null> {
  return printed;
}

/** Start an emit run: what the last run printed stays at hand, older prints are forgotten. */
export function startPrintRun(): void {
  printedBefore = printed;
  printed = new Map();
}

/** One statement: its doc comments as text, the rest through ts-morph (which makes several code writers per comment). */
function printStatement(statement: StatementStructures, fill: Placeholders): string {
  const docs = 'docs' in statement ? (statement.docs ?? []) : [];
  if (statement.kind === StructureKind.Function && (statement.overloads ?? []).some((overload) => (overload.docs ?? []).length > 0)) return printWithOverloadDocs(statement, fill);
  if (docs.length === 0) return printStatements([statement], fill);
  return `${printDocs(docs)}\n${printStatements([{ ...statement, docs: [] } as StatementStructures], fill)}`;
}

function printDocs(docs: readonly (string | OptionalKind<JSDocStructure>)[]): string {
  return docs.map((doc) => printDocComment(typeof doc === 'string' ? { description: doc } : doc)).join('\n');
}

/**
 * A function whose overloads have docs: printed without them (so that the
 * print is shared, whatever its docs say: they name the document's package
 * and its codes), then each overload's docs put back above its signature,
 * which ts-morph prints one per line before the implementation.
 */
function printWithOverloadDocs(statement: FunctionDeclarationStructure, fill: Placeholders): string {
  const overloads = statement.overloads ?? [];
  const bare = printStatements([{ ...statement, docs: [], overloads: overloads.map((overload) => ({ ...overload, docs: [] })) }], fill);
  const lines = bare.split('\n');
  const signatures = lines.slice(0, overloads.length);
  if (!signatures.every((line) => /^(?:export )?(?:declare )?function [^\n]*;$/.test(line))) return printByTsMorph([statement]);
  const docs = statement.docs ?? [];
  const withDocs = signatures.map((line, index) => ((overloads[index]!.docs ?? []).length > 0 ? `${printDocs(overloads[index]!.docs!)}\n${line}` : line));
  return [...(docs.length > 0 ? [printDocs(docs)] : []), ...withDocs, ...lines.slice(overloads.length)].join('\n');
}

/** One statement without docs, or a run of imports and exports (one line each, as ts-morph separates them). */
function printStatements(statements: readonly StatementStructures[], fill: Placeholders): string {
  const key = fill.template(statements);
  if (key === undefined) return printByTsMorph(statements);
  let text: string | null | undefined = printed.get(key) ?? printedBefore.get(key) ?? builtTables().prints.get(key);
  if (text === undefined) {
    text = printByTsMorph(JSON.parse(key) as StatementStructures[]);
    if (placeholderMark.test(fill.restore(text))) text = null;
  }
  // Prints outside emitPackage (tests, tools) never start a run: keep them bounded too.
  if (printed.size >= 65_536) startPrintRun();
  printed.set(key, text);
  return text === null ? printByTsMorph(statements) : fill.restore(text);
}

function printByTsMorph(statements: readonly StatementStructures[]): string {
  return tsMorph().printStructure({ kind: StructureKind.SourceFile, statements: [...statements] }, printOptions);
}

/** Print one small structure (an enum member, a doc comment) with the same options; doc comments as {@link printDocComment} does. */
export function printPart(structure: Parameters<typeof TsMorph.printStructure>[0]): string {
  return structure.kind === StructureKind.JSDoc ? printDocComment(structure) : tsMorph().printStructure(structure, printOptions);
}

/**
 * `export const name = <value>;` with its doc, as a data statement: `ts` is
 * the value as `src/` holds it (`[200, 201] as const`), `js` as JavaScript
 * (`[200, 201]`), `dts` its type (`readonly [200, 201]`), and `names` the
 * names `dts` declares that map to rows (a map's keys). A large value (one
 * entry per row) needs no code writer.
 */
export function exportConst(docs: JSDocStructure, name: string, value: Pick<DataStatement, 'ts' | 'js' | 'dts' | 'names'>): DataStatement {
  const doc = printPart(docs);
  return { kind: 'data', ts: `${doc}\nexport const ${name} = ${value.ts};`, template: `${doc}\nexport const ${name}: MdCodegenType = MdCodegenValue;`, js: value.js, dts: value.dts, names: value.names };
}

/** `export type name = A | B | ...;` with its doc, ten literals to a line; `never` when empty. A type has no JavaScript. */
export function exportUnion(docs: JSDocStructure, name: string, values: readonly (string | number)[]): DataStatement {
  let union = '';
  if (values.length === 0) union = ' never';
  else if (values.length <= 10) union = ` ${values.join(' | ')}`;
  else for (let index = 0; index < values.length; index += 10) union += `\n  | ${values.slice(index, index + 10).join(' | ')}`;
  const doc = printPart(docs);
  return { kind: 'data', ts: `${doc}\nexport type ${name} =${union};`, template: `${doc}\nexport type ${name} = MdCodegenType;`, js: '', dts: union.replace(/^ /, '') };
}

/**
 * Where the names of entries are in declarations that write the entries one
 * after another, each its doc (`docs[i]`), then one line with its name at
 * `column`, from `firstLine` on: the i-th name mapped to `at[i]`, its row.
 */
export function declaredNames(docs: readonly string[], at: readonly Point[], firstLine: number, column: number): DeclaredNames {
  const lines: number[] = [];
  let line = firstLine;
  for (const doc of docs) {
    line += lineBreaks(doc) + 1;
    lines.push(line);
    line++;
  }
  return { column, lines, at };
}

/** How many line breaks `text` holds from `start` to `end`. */
export function lineBreaks(text: string, start = 0, end = text.length): number {
  let count = 0;
  for (let index = text.indexOf('\n', start); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

/** An object or array literal as text, one entry to a line, indented: `[\n  1,\n]`; `[]` when empty. */
export function block(open: string, lines: readonly string[], close: string): string {
  return lines.length === 0 ? `${open}${close}` : `${open}\n${lines.map((line) => `  ${line}\n`).join('')}${close}`;
}
