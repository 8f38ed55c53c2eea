import type { ts as TypeScript } from 'ts-morph';
import type { EmitOptions } from '../options.js';
import type { GeneratedFile } from '../print.js';
import { ts } from '../ts-morph.js';
import { isGenerated } from '../../write/scan.js';
import { generatedMark } from './manifest.js';

/**
 * Each file compiled on its own, as `ts.transpileModule` and
 * `ts.transpileDeclaration` compile it (their options): nothing is resolved,
 * read or type-checked, so the output of a file depends on its text alone.
 * JavaScript targets ES2020 (Node.js 14, every current browser and bundler)
 * and keeps comments, so `@__PURE__` annotations reach bundlers.
 */
const transpile: TypeScript.CompilerOptions = {
  target: ts.ScriptTarget.ES2020,
  newLine: ts.NewLineKind.LineFeed,
  isolatedModules: true,
  noCheck: true,
  noLib: true,
  noResolve: true,
  types: [],
};
const builds = {
  esm: { ...transpile, module: ts.ModuleKind.ES2020 },
  cjs: { ...transpile, module: ts.ModuleKind.CommonJS },
  declarations: { ...transpile, module: ts.ModuleKind.ES2020, declaration: true, emitDeclarationOnly: true, isolatedDeclarations: true },
};

/** Parse without reading doc comments: the compilers copy them as text. */
const parseOptions: TypeScript.CreateSourceFileOptions = { languageVersion: ts.ScriptTarget.ES2020, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };

/** What one source compiles to, its mark in front. */
interface Compiled {
  readonly esm: string;
  readonly cjs: string;
  readonly declarations: string;
}

/**
 * What each source text compiled to in the last run: the next run compiles
 * only the sources that changed (watch mode, where an edit changes a few
 * files of one seed). Compiling depends on nothing but the text, and only
 * the last run is kept, so this holds no more than one run's worth.
 */
let lastRun = new Map<string, Compiled>();

/**
 * The compiled package, from its sources: for every `src/<path>.ts`,
 * `dist/esm/<path>.js` (ES modules), `dist/cjs/<path>.js` (CommonJS) and a
 * `.d.ts` beside each (the same declarations), and `dist/cjs/package.json`,
 * which makes the `.js` files of `dist/cjs` CommonJS in a package of
 * `"type": "module"`. The TypeScript that ts-morph bundles compiles each
 * file on its own, as `ts.transpileModule` and `ts.transpileDeclaration` do
 * (the sources are written for `isolatedDeclarations`), but parses each once
 * and compiles all of them together, in one program per output; a source
 * compiled by the run before is not compiled again. Every output starts with
 * its source's generated mark. Returns the files in the order of `sources`,
 * then the `package.json`.
 */
export function compilePackage(sources: readonly GeneratedFile[], options: Pick<EmitOptions, 'seedsDir'>): GeneratedFile[] {
  const inputs = sources.filter((source) => /^src\/.+(?<!\.d)\.ts$/.test(source.path));
  const thisRun = new Map<string, Compiled>();
  const fresh = inputs.filter((source) => {
    const known = lastRun.get(source.text);
    if (known !== undefined) thisRun.set(source.text, known);
    return known === undefined;
  });
  if (fresh.length > 0) {
    const parsed = new Map(fresh.map((source) => [source.path, ts.createSourceFile(source.path, source.text, parseOptions, false, ts.ScriptKind.TS)]));
    const [esm, cjs, declarations] = [emit(parsed, builds.esm), emit(parsed, builds.cjs), emit(parsed, builds.declarations)];
    for (const source of fresh) {
      const mark = leadingLineComments(source.text);
      const compiled = (output: Map<string, string>) => marked(source, mark, output.get(source.path)!);
      thisRun.set(source.text, { esm: compiled(esm), cjs: compiled(cjs), declarations: compiled(declarations) });
    }
  }
  lastRun = thisRun;
  const files: GeneratedFile[] = [];
  for (const source of inputs) {
    const path = source.path.slice('src/'.length, -'.ts'.length);
    const { esm, cjs, declarations } = thisRun.get(source.text)!;
    files.push(
      { path: `dist/esm/${path}.js`, text: esm },
      { path: `dist/esm/${path}.d.ts`, text: declarations },
      { path: `dist/cjs/${path}.js`, text: cjs },
      { path: `dist/cjs/${path}.d.ts`, text: declarations },
    );
  }
  const commonjs = { '//': generatedMark, type: 'commonjs' };
  files.push({ path: 'dist/cjs/package.json', text: `${JSON.stringify(commonjs, null, 2)}\n` });
  return files;
}

/**
 * Compile every parsed source with `options`, each on its own: what it
 * compiles to, by source path. A diagnostic (a source that
 * `isolatedDeclarations` cannot declare, say) is a bug of an emitter.
 */
function emit(parsed: ReadonlyMap<string, TypeScript.SourceFile>, options: TypeScript.CompilerOptions): Map<string, string> {
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
      const at = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      return `${diagnostic.file?.fileName ?? ''}${at ? `:${at.line + 1}:${at.character + 1}` : ''}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
    throw new Error(`md-codegen generated sources that do not compile on their own:\n${messages.join('\n')}`);
  }
  return output;
}

/** The lines at the start of `text` that are `//` comments: a source's generated mark ({@link banner}). */
function leadingLineComments(text: string): string {
  return /^(?:\/\/[^\n]*\n)*/.exec(text)![0];
}

/**
 * `compiled` with its source's mark as its first lines: the compiler copies
 * the mark into JavaScript (after `"use strict"` in CommonJS) and drops it
 * from declarations.
 */
function marked(source: GeneratedFile, mark: string, compiled: string): string {
  const prologue = compiled.startsWith('"use strict";\n') ? '"use strict";\n' : '';
  let body = compiled.slice(prologue.length);
  if (body.startsWith(mark)) body = body.slice(mark.length);
  const text = mark + prologue + body;
  if (!isGenerated(text)) throw new Error(`${source.path} carries no generated mark in its first lines, so its compiled forms would not`);
  return text;
}
