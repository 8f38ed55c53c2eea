// The generated package, judged in memory: type-checked under strict with the
// real compiler, its declarations emitted with stripInternal, its JavaScript
// evaluated (the compiled CommonJS) in a vm context, and every comment
// searched for tags.
import { dirname, posix } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import ts from 'typescript';
import type { GeneratedFile } from '../../generator/emit/index.js';

const root = '/package';
const libDir = dirname(ts.getDefaultLibFilePath({}));

const options: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2020,
  lib: ['lib.es2020.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  isolatedModules: true,
  skipLibCheck: true,
  declaration: true,
  emitDeclarationOnly: true,
  stripInternal: true,
  types: [],
  rootDir: root,
  outDir: `${root}/dts`,
};

// The standard library is parsed once for every program.
const libFiles = new Map<string, ts.SourceFile>();
function libFile(fileName: string): ts.SourceFile | undefined {
  let file = libFiles.get(fileName);
  if (!file) {
    const text = ts.sys.readFile(fileName);
    if (text === undefined) return undefined;
    file = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2020);
    libFiles.set(fileName, file);
  }
  return file;
}

/** What the compiler says about the generated sources of one package. */
export interface Compiled {
  /** Every diagnostic of a strict type-check, formatted; `[]` when clean. */
  readonly diagnostics: readonly string[];
  /** The `.d.ts` files of a declaration emit with `stripInternal`, by path relative to `src/` (`http-status/enum.d.ts`). */
  readonly declarations: ReadonlyMap<string, string>;
}

/**
 * Type-check the `src/` files of generated packages in memory, in one program
 * (each package in a folder of its own), and emit their declarations with
 * `stripInternal`. One program for many packages parses and binds the
 * standard library once.
 */
export function compile(packages: readonly (readonly GeneratedFile[])[]): Compiled[] {
  const folder = (index: number) => `${root}/${index}`;
  const sources = new Map<string, string>(
    packages.flatMap((files, index) => files.filter((file) => file.path.startsWith('src/') && file.path.endsWith('.ts')).map((file) => [`${folder(index)}/${file.path}`, file.text] as const)),
  );
  const results = packages.map(() => ({ diagnostics: [] as string[], declarations: new Map<string, string>() }));
  const owner = (fileName: string) => results[Number(fileName.slice(root.length + 1).split('/')[0])];
  const host: ts.CompilerHost = {
    getSourceFile: (fileName, version) => {
      const text = sources.get(fileName);
      return text === undefined ? libFile(fileName) : ts.createSourceFile(fileName, text, version);
    },
    getDefaultLibFileName: (compilerOptions) => posix.join(libDir, ts.getDefaultLibFileName(compilerOptions)),
    getDefaultLibLocation: () => libDir,
    writeFile: (fileName, text) => {
      const [index, ...rest] = posix.relative(`${root}/dts`, fileName).split('/');
      results[Number(index)]!.declarations.set(rest.slice(1).join('/'), text);
    },
    getCurrentDirectory: () => root,
    getDirectories: () => [],
    fileExists: (fileName) => sources.has(fileName) || ts.sys.fileExists(fileName),
    readFile: (fileName) => sources.get(fileName) ?? ts.sys.readFile(fileName),
    getCanonicalFileName: (fileName) => fileName,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
  };
  const program = ts.createProgram({ rootNames: [...sources.keys()], options, host });
  const format = { getCanonicalFileName: (name: string) => name, getCurrentDirectory: () => root, getNewLine: () => '\n' };
  const emitted = program.emit(undefined, undefined, undefined, true);
  // What getPreEmitDiagnostics gives, but the declaration diagnostics, which the emit reports (not computing them twice).
  const checked = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics(), ...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics()];
  for (const diagnostic of [...checked, ...emitted.diagnostics]) {
    const result = diagnostic.file && owner(diagnostic.file.fileName);
    if (!result) throw new Error(`a diagnostic outside the generated packages: ${ts.formatDiagnostic(diagnostic, format)}`);
    result.diagnostics.push(ts.formatDiagnostic(diagnostic, format));
  }
  return results;
}

/**
 * The exports of every module of a generated package as consumers run it:
 * its compiled CommonJS (`dist/cjs/`), evaluated in a fresh vm context
 * without `process` or `require`, by module path (`http-status/map`).
 */
export function evaluate(files: readonly GeneratedFile[]): Map<string, Record<string, unknown>> {
  const sources = new Map(files.filter((file) => file.path.startsWith('dist/cjs/') && file.path.endsWith('.js')).map((file) => [file.path.slice('dist/cjs/'.length, -'.js'.length), file.text]));
  const context = createContext({});
  const modules = new Map<string, Record<string, unknown>>();
  const load = (name: string): Record<string, unknown> => {
    const loaded = modules.get(name);
    if (loaded) return loaded;
    const source = sources.get(name);
    if (source === undefined) throw new Error(`no generated module ${name}`);
    const module = { exports: {} as Record<string, unknown> };
    const factory = runInContext(`(function (exports, require, module) {${source}\n})`, context, { filename: `${name}.js` }) as (exports: unknown, require: (specifier: string) => unknown, module: unknown) => void;
    factory(module.exports, (specifier) => load(posix.join(posix.dirname(name), specifier).replace(/\.js$/, '')), module);
    modules.set(name, module.exports);
    return module.exports;
  };
  for (const name of sources.keys()) load(name);
  return modules;
}

/** Every comment of a TypeScript source, by the scanner: what the compiler (and stripInternal) reads as comments. */
export function comments(source: string): string[] {
  const found: string[] = [];
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, source);
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) found.push(scanner.getTokenText());
  }
  return found;
}

/** The tags TypeScript's JSDoc parser finds on every declaration of a source, as `@name`. */
export function jsDocTags(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
  const tags: string[] = [];
  const visit = (node: ts.Node): void => {
    for (const doc of (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? []) for (const tag of doc.tags ?? []) tags.push(`@${tag.tagName.text}`);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return tags;
}

/** The names a module declares at its top level with `export`, in order. */
export function exportedNames(source: string, fileName = 'x.ts'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  for (const statement of file.statements) {
    if (!ts.canHaveModifiers(statement) || !ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue;
    if (ts.isVariableStatement(statement)) names.push(...statement.declarationList.declarations.map((declaration) => declaration.name.getText(file)));
    else if ('name' in statement && statement.name && ts.isIdentifier(statement.name as ts.Node)) names.push((statement.name as ts.Identifier).text);
  }
  return names;
}

/** The member names of `export enum name` in a source (`.ts` or `.d.ts`). */
export function enumMembers(source: string, name: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
  const declaration = file.statements.find((statement): statement is ts.EnumDeclaration => ts.isEnumDeclaration(statement) && statement.name.text === name);
  return declaration ? declaration.members.map((member) => member.name.getText(file)) : [];
}

/** The members of `export type name = A | B | ...` in a source (`.ts` or `.d.ts`), as written; `[]` for `never`. */
export function unionMembers(source: string, name: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
  const alias = file.statements.find((statement): statement is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(statement) && statement.name.text === name);
  if (!alias) throw new Error(`no type ${name}`);
  if (alias.type.kind === ts.SyntaxKind.NeverKeyword) return [];
  return ts.isUnionTypeNode(alias.type) ? alias.type.types.map((type) => type.getText(file)) : [alias.type.getText(file)];
}

/** The property names of `export const name` (its type in `.d.ts`, its object literal in `.ts`), as their text (`"-1"` as `-1`). */
export function constProperties(source: string, name: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (declaration.name.getText(file) !== name) continue;
      let node: ts.Node | undefined = declaration.type ?? declaration.initializer;
      while (node && (ts.isSatisfiesExpression(node) || ts.isAsExpression(node) || ts.isTypeOperatorNode(node))) node = ts.isTypeOperatorNode(node) ? node.type : node.expression;
      if (node && (ts.isTypeLiteralNode(node) || ts.isObjectLiteralExpression(node))) {
        const members: readonly ts.Node[] = ts.isTypeLiteralNode(node) ? node.members : node.properties;
        return members.map((member) => {
          const key = (member as ts.NamedDeclaration).name!;
          return ts.isStringLiteral(key) || ts.isNumericLiteral(key) || ts.isIdentifier(key) ? key.text : key.getText(file);
        });
      }
    }
  }
  return [];
}
