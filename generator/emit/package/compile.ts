import type { ts as TypeScript } from 'ts-morph';
import type { EmitOptions } from '../options.js';
import type { Datum, GeneratedFile, Origin } from '../print.js';
import { tsMorph } from '../ts-morph.js';
import { builtTables, type Compiled } from '../built.js';
import { isGenerated } from '../../write/scan.js';
import { lineBreaks, textPlaceholders } from '../print.js';
import { declarationMap, mapComment, nameMappings } from './declaration-map.js';
import { generatedMark } from './manifest.js';

/**
 * Each file compiled on its own, as `ts.transpileModule` and
 * `ts.transpileDeclaration` compile it (their options): nothing is resolved,
 * read or type-checked, so the output of a file depends on its text alone.
 * JavaScript targets ES2020 (Node.js 14, every current browser and bundler)
 * and keeps comments, so `@__PURE__` annotations reach bundlers.
 */
function transpile(): TypeScript.CompilerOptions {
  const { ts } = tsMorph();
  return { target: ts.ScriptTarget.ES2020, newLine: ts.NewLineKind.LineFeed, isolatedModules: true, noCheck: true, noLib: true, noResolve: true, types: [] };
}

/** The three builds, made when a template is compiled: TypeScript loads only then. */
export function builds(): Readonly<Record<'esm' | 'cjs' | 'declarations', TypeScript.CompilerOptions>> {
  const { ts } = tsMorph();
  return {
    esm: { ...transpile(), module: ts.ModuleKind.ES2020 },
    cjs: { ...transpile(), module: ts.ModuleKind.CommonJS },
    declarations: { ...transpile(), module: ts.ModuleKind.ES2020, declaration: true, emitDeclarationOnly: true, isolatedDeclarations: true },
  };
}

/** Parse without reading doc comments: the compilers copy them as text. */
function parseOptions(): TypeScript.CreateSourceFileOptions {
  const { ts } = tsMorph();
  return { languageVersion: ts.ScriptTarget.ES2020, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
}

/**
 * What each template compiled to in the last run: the next run compiles only
 * templates it has not seen, in it or among those built with md-codegen
 * (`../built.ts`; a seed of another shape, or, in watch mode, an edit that
 * changed one). Compiling depends on nothing but the template, and only the
 * last run is kept, so this holds no more than one run's worth.
 */
let lastRun = new Map<string, Compiled>();

let compiledLastRun = 0;

/** How many templates the last {@link compilePackage} compiled: those neither built with md-codegen (`../built.ts`) nor in the run before (for tests). */
export function templatesCompiled(): number {
  return compiledLastRun;
}

/**
 * The templates of `sources` (a package's `src/` files, as {@link compilePackage}
 * takes them), each compiled as it compiles them, but always afresh: what
 * `scripts/templates.mjs` builds the table from, and what a test compares the
 * table with.
 */
export function compileTemplates(sources: readonly GeneratedFile[]): (readonly [string, Compiled])[] {
  const inputs = new Map(sources.filter((source) => /^src\/.+(?<!\.d)\.ts$/.test(source.path)).map(prepare).map((input) => [input.key, input]));
  return [...compileAll(inputs.values())];
}

/** Compile templates (each once) in the three builds: what each compiled to, by its key. */
function compileAll(inputs: Iterable<Prepared>): Map<string, Compiled> {
  // Sources of several packages may share a path: each compiles under a path of its own (messages name the source's).
  const templates = new Map([...inputs].map((input, index) => [`t${index}.ts`, input]));
  const options = builds();
  const [esm, cjs, declarations] = [emit(templates, options.esm), emit(templates, options.cjs), emit(templates, options.declarations)];
  return new Map([...templates].map(([path, input]) => [input.key, { esm: esm.get(path)!, cjs: cjs.get(path)!, declarations: declarations.get(path)! }]));
}

/** A source made ready to compile: the template the compiler sees, and what goes back into its output. */
interface Prepared {
  readonly source: GeneratedFile;
  /** The source's mark: its leading `//` lines, put back in front of each output. */
  readonly mark: string;
  /** The text to compile: without the mark, doc comments as `/** MdCodegenDoc<i> *\/`, data as tokens, variables as placeholders. */
  readonly key: string;
  /** Each doc comment, the column it stood at, and where its token is in `key`. */
  readonly docs: readonly { readonly text: string; readonly column: number; readonly at: number }[];
  readonly data: NonNullable<GeneratedFile['compile']>['data'];
  readonly restore: (text: string) => string;
}

/**
 * The compiled package, from its sources: for every `src/<path>.ts`,
 * `dist/esm/<path>.js` (ES modules), `dist/cjs/<path>.js` (CommonJS) and a
 * `.d.ts` beside each (the same declarations), and `dist/cjs/package.json`,
 * which makes the `.js` files of `dist/cjs` CommonJS in a package of
 * `"type": "module"`. The TypeScript that ts-morph bundles compiles each
 * file on its own, as `ts.transpileModule` and `ts.transpileDeclaration` do
 * (the sources are written for `isolatedDeclarations`), but not the text of
 * the file itself: its template, where every doc comment, every datum (enum
 * members, map entries, code lists, unions) and every name formed from the
 * file name is a token. Sources of the same shape share one template, which
 * compiles once; the tokens are then replaced by what they stand for in each
 * output (a datum's JavaScript or its declaration, written by the emitter),
 * so the compiler's time does not grow with the rows, nor with the seeds of
 * one shape. Every output starts with its source's generated mark. The
 * declarations of a source with an origin (a table's) end with a link to
 * their declaration map (`x.d.ts.map`), which maps the names they declare to
 * the document: each enum member and map entry to its row, the template's
 * own declarations (`export declare enum HttpStatus`) to the table. Returns
 * the files in the order of `sources`, then the `package.json`.
 */
export function compilePackage(sources: readonly GeneratedFile[], options: Pick<EmitOptions, 'outDir'>): GeneratedFile[] {
  const inputs = sources.filter((source) => /^src\/.+(?<!\.d)\.ts$/.test(source.path)).map(prepare);
  const thisRun = new Map<string, Compiled>();
  // Each template neither compiled in the last run nor built, by its key: the first source of its shape.
  const fresh = new Map<string, Prepared>();
  for (const input of inputs) {
    if (thisRun.has(input.key) || fresh.has(input.key)) continue;
    const known = lastRun.get(input.key) ?? builtTables().templates.get(input.key);
    if (known === undefined) fresh.set(input.key, input);
    else thisRun.set(input.key, known);
  }
  compiledLastRun = fresh.size;
  if (fresh.size > 0) for (const [key, compiled] of compileAll(fresh.values())) thisRun.set(key, compiled);
  lastRun = thisRun;
  const files: GeneratedFile[] = [];
  for (const input of inputs) {
    const path = input.source.path.slice('src/'.length, -'.ts'.length);
    const compiled = thisRun.get(input.key)!;
    const [esm, cjs, declarations] = [fill(input, compiled.esm, 'js').text, fill(input, compiled.cjs, 'cjs').text, fill(input, compiled.declarations, 'dts')];
    const { origin } = input.source;
    const { mappings } = declarations;
    if (origin === undefined || mappings === undefined) {
      files.push({ path: `dist/esm/${path}.js`, text: esm }, { path: `dist/esm/${path}.d.ts`, text: declarations.text }, { path: `dist/cjs/${path}.js`, text: cjs }, { path: `dist/cjs/${path}.d.ts`, text: declarations.text });
      continue;
    }
    // Declarations of a table come with their map into its document (the same in both folders, which are as deep).
    const text = `${declarations.text}${mapComment(`${path}.d.ts`)}`;
    for (const [folder, js] of [['esm', esm], ['cjs', cjs]] as const) {
      const declarationsPath = `dist/${folder}/${path}.d.ts`;
      files.push({ path: `dist/${folder}/${path}.js`, text: js }, { path: declarationsPath, text }, { path: `${declarationsPath}.map`, text: declarationMap(declarationsPath, options.outDir, origin.document, mappings) });
    }
  }
  const commonjs = { '//': generatedMark, type: 'commonjs' };
  files.push({ path: 'dist/cjs/package.json', text: `${JSON.stringify(commonjs, null, 2)}\n` });
  return files;
}

/** The template of a source: its mark apart, its doc comments and variables as tokens. */
function prepare(source: GeneratedFile): Prepared {
  const input = source.compile?.template ?? source.text;
  const mark = leadingLineComments(input);
  const text = input.slice(mark.length);
  const docs: { text: string; column: number }[] = [];
  let template = '';
  let last = 0;
  docComments(text).forEach(([start, end], index) => {
    docs.push({ text: text.slice(start, end), column: start - text.lastIndexOf('\n', start - 1) - 1 });
    template += `${text.slice(last, start)}/** MdCodegenDoc${index} */`;
    last = end;
  });
  template += text.slice(last);
  const names = textPlaceholders(source.compile?.variables ?? [], template);
  const key = names ? names.fill(template) : template;
  const located = docs.map((doc, index) => ({ ...doc, at: key.indexOf(`/** MdCodegenDoc${index} */`) }));
  return { source, mark: leadingLineComments(source.text), key, docs: located, data: source.compile?.data ?? [], restore: names ? names.restore : (same) => same };
}

/**
 * Where the doc comments (`/** ... *\/`) of a source are: comments that
 * start `/**`, outside strings, template literals and other comments, found
 * as TypeScript's scanner finds them when nothing parses, but without loading
 * it (a test compares the two on every source the seeds and fixtures
 * generate, and on random code-like text; merge conflict markers, which the
 * scanner skips and no printed source holds, are read as code): a line
 * comment ends at a line break, a string at its quote, a line feed or a
 * carriage return, a template literal at its backtick or its first `${` (the
 * rest is read as code, as the scanner reads it without a parser), a
 * backslash escapes the character after it (a CR LF pair as one), and a
 * U+FFFD in code ends the text.
 */
export function docComments(text: string): [number, number][] {
  const found: [number, number][] = [];
  const lineBreak = (at: number) => text[at] === '\n' || text[at] === '\r' || text[at] === '\u2028' || text[at] === '\u2029';
  const escaped = (at: number) => (text[at + 1] === '\r' && text[at + 2] === '\n' ? at + 3 : at + 2);
  let at = text.startsWith('#!') ? 2 : 0;
  if (at === 2) while (at < text.length && !lineBreak(at)) at++;
  while (at < text.length) {
    const char = text[at];
    if (char === '/' && text[at + 1] === '/') {
      while (at < text.length && !lineBreak(at)) at++;
    } else if (char === '/' && text[at + 1] === '*') {
      const close = text.indexOf('*/', at + 2);
      const end = close === -1 ? text.length : close + 2;
      if (text.startsWith('/**', at)) found.push([at, end]);
      at = end;
    } else if (char === '"' || char === "'") {
      for (at++; at < text.length && text[at] !== char && text[at] !== '\n' && text[at] !== '\r'; ) at = text[at] === '\\' ? escaped(at) : at + 1;
      if (text[at] === char) at++;
    } else if (char === '`') {
      for (at++; at < text.length && text[at] !== '`' && !(text[at] === '$' && text[at + 1] === '{'); ) at = text[at] === '\\' ? escaped(at) : at + 1;
      at += text[at] === '`' ? 1 : 2;
    } else if (char === '\uFFFD') {
      // The scanner takes a replacement character in code for a binary file, and reads no further.
      break;
    } else at++;
  }
  return found;
}

/**
 * What a template compiled to, for one source: its variables back, then, in
 * one pass (so that nothing put back is read again), each doc comment at the
 * column the compiler put its token, each member line of an enum replaced by
 * the lines of every member, each datum's value or type. The source's mark in
 * front. For declarations of a source with an origin, also where the names
 * to map are ({@link namesToMap}).
 */
function fill(input: Prepared, compiled: string, build: 'js' | 'cjs' | 'dts'): { readonly text: string; readonly mappings?: string } {
  const form = build === 'dts' ? 'dts' : 'js';
  const forms = (data: Datum) => (build === 'cjs' ? (data.cjs ?? data.js) : data[form]);
  const restored = input.restore(compiled);
  const names = form === 'dts' && input.source.origin !== undefined ? namesToMap(restored, input.source.origin) : undefined;
  const tokens = /^( *)[^\n]*\bMdCodegenMember(\d+)\b[^\n]*$|( ?)MdCodegen(Value|Type)(\d+)\b|\/\*\* MdCodegenDoc(\d+) \*\//gm;
  const text = restored.replace(tokens, (whole, indent: string | undefined, member: string | undefined, space: string | undefined, kind: string | undefined, datum: string | undefined, doc: string | undefined, offset: number) => {
    if (member !== undefined) {
      const data = input.data[Number(member)]!;
      names?.replaced(offset, lineBreaks(forms(data)), data, (column) => indent!.length + column - 2);
      // Declarations of members are written indented by two spaces, their JavaScript not at all.
      return indentLines(forms(data), indent!, form === 'dts');
    }
    if (datum !== undefined) {
      const data = input.data[Number(datum)]!;
      const value = kind === 'Value' ? (build === 'cjs' ? (data.cjs ?? data.js) : data.js) : data.dts;
      const before = value.startsWith('\n') ? '' : space!;
      const column = offset - restored.lastIndexOf('\n', offset - 1) - 1 + before.length;
      names?.replaced(offset, lineBreaks(value), data, (at, line) => (line === 0 ? column + at : at));
      return `${before}${value}`;
    }
    const { text, column } = input.docs[Number(doc)]!;
    const at = offset - restored.lastIndexOf('\n', offset - 1) - 1;
    const lines = text.split('\n');
    names?.replaced(offset, lines.length - 1, undefined, () => 0);
    return lines.map((line, index) => (index === 0 ? line : `${' '.repeat(at)}${line.slice(column)}`)).join('\n');
  });
  const { text: output, shift } = marked(input.source, input.mark, text);
  return names === undefined ? { text: output } : { text: output, mappings: names.end(shift) };
}

/**
 * Every line of `text` (split at `\n` only) behind `indent` (spaces), with
 * `dedent` two leading spaces of each taken off first: as splitting, mapping
 * and joining the lines, in one pass over a member list of 50,000 rows.
 */
function indentLines(text: string, indent: string, dedent: boolean): string {
  if (indent === '' && !dedent) return text;
  const first = dedent && text.startsWith('  ') ? text.slice(2) : text;
  return `${indent}${first.replace(dedent ? /\n(?: {2})?/g : /\n/g, `\n${indent}`)}`;
}

/** The names to map in declarations as {@link fill} fills them in. */
interface NamesToMap {
  /**
   * The token at `offset` (on one line) replaced by text of `breaks` line
   * breaks; the names of `data`, if any, at the columns `column` gives for
   * their column and line in the data.
   */
  readonly replaced: (offset: number, breaks: number, data: Datum | undefined, column: (column: number, line: number) => number) => void;
  /** The mappings of every name, the declarations moved down by `shift` lines (the mark put before them). */
  readonly end: (shift: number) => string;
}

/** The names a template's own statements declare (`export declare enum HttpStatus {`), which map to the table: found in the template, never in the data. */
const declaration = /^export (?:declare )?(?:enum|const|function|type|interface|class) ([^\s(:<=;{]+)/gm;

/**
 * The names of declarations being filled in (`restored`, the template's
 * declarations with their variables back): the template's own, mapped to the
 * table, and those of the data put in (enum members, map keys), mapped to
 * their rows. Lines are counted as the tokens are replaced, in one pass over
 * the template and what is put in.
 */
function namesToMap(restored: string, origin: Origin): NamesToMap {
  const own = [...restored.matchAll(declaration)].map((match) => match.index + match[0].length - match[1]!.length);
  const mappings = nameMappings();
  let next = 0;
  // The line of the output at `counted`, an offset of `restored` (the tokens before it replaced).
  let counted = 0;
  let line = 0;
  const lineAt = (offset: number) => {
    line += lineBreaks(restored, counted, offset);
    counted = offset;
    return line;
  };
  const ownBefore = (offset: number) => {
    for (; next < own.length && own[next]! < offset; next++) {
      const at = own[next]!;
      mappings.add(lineAt(at), at - restored.lastIndexOf('\n', at - 1) - 1, origin.at);
    }
  };
  return {
    replaced: (offset, breaks, data, column) => {
      ownBefore(offset);
      const first = lineAt(offset);
      const names = data?.names;
      if (names !== undefined) names.lines.forEach((nameLine, index) => mappings.add(first + nameLine, column(names.column, nameLine), names.at[index]!));
      line += breaks;
    },
    end: (shift) => {
      ownBefore(restored.length);
      return mappings.encode(shift);
    },
  };
}

/**
 * Compile every template with `options`, each on its own: what it compiles
 * to, by the path of its source. A diagnostic (a source that
 * `isolatedDeclarations` cannot declare, say) is a bug of an emitter, and
 * names the line of the source it is on.
 */
function emit(templates: ReadonlyMap<string, Prepared>, options: TypeScript.CompilerOptions): Map<string, string> {
  const { ts } = tsMorph();
  const parsed = new Map([...templates].map(([path, input]) => [path, ts.createSourceFile(path, input.key, parseOptions(), false, ts.ScriptKind.TS)]));
  const output = new Map<string, string>();
  const host: TypeScript.CompilerHost = {
    getSourceFile: (path) => parsed.get(path),
    writeFile: (path, text) => output.set(path.replace(/(?:\.d\.ts|\.js)$/, '.ts'), text),
    getDefaultLibFileName: () => 'lib.d.ts',
    useCaseSensitiveFileNames: () => true,
    getCanonicalFileName: (path) => path,
    getCurrentDirectory: () => '',
    getNewLine: () => '\n',
    fileExists: (path) => parsed.has(path),
    readFile: () => undefined,
    directoryExists: () => true,
    getDirectories: () => [],
  };
  const program = ts.createProgram({ rootNames: [...parsed.keys()], options, host });
  const declarationsOnly = options.emitDeclarationOnly === true;
  const { diagnostics } = program.emit(undefined, undefined, undefined, declarationsOnly);
  const problems = [...program.getSyntacticDiagnostics(), ...program.getOptionsDiagnostics(), ...diagnostics];
  if (problems.length > 0) {
    const messages = problems.map((diagnostic) => {
      const input = diagnostic.file && templates.get(diagnostic.file.fileName);
      const place = input ? `${input.source.path}:${sourceLine(input, diagnostic.start ?? 0)}:${diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0).character + 1}` : 'md-codegen';
      return `${place}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
    throw new Error(`md-codegen generated sources that do not compile on their own:\n${messages.join('\n')}`);
  }
  return output;
}

/** The line (from 1) of a source that a position in its template is on: the mark and the lines of the doc comments before it counted back in. */
function sourceLine(input: Prepared, position: number): number {
  const newlines = (text: string) => text.split('\n').length - 1;
  const docLines = input.docs.filter((doc) => doc.at < position).reduce((lines, doc) => lines + newlines(doc.text), 0);
  return newlines(input.mark) + newlines(input.key.slice(0, position)) + docLines + 1;
}

/** The lines at the start of `text` that are `//` comments: a source's generated mark ({@link banner}). */
function leadingLineComments(text: string): string {
  return /^(?:\/\/[^\n]*\n)*/.exec(text)![0];
}

/**
 * `compiled` with its source's mark as its first lines: the compiler copies
 * the mark into JavaScript (after `"use strict"` in CommonJS) and drops it
 * from declarations. `shift`: how many lines the mark put before `compiled`.
 */
function marked(source: GeneratedFile, mark: string, compiled: string): { readonly text: string; readonly shift: number } {
  const prologue = compiled.startsWith('"use strict";\n') ? '"use strict";\n' : '';
  let body = compiled.slice(prologue.length);
  const copied = body.startsWith(mark);
  if (copied) body = body.slice(mark.length);
  const text = mark + prologue + body;
  if (!isGenerated(text)) throw new Error(`${source.path} carries no generated mark in its first lines, so its compiled forms would not`);
  return { text, shift: copied ? 0 : lineBreaks(mark) };
}
