// What md-codegen's build compiled and printed ahead of every run
// (scripts/templates.mjs writes dist/emit/built.json): the compiled templates
// of the common shapes (package/compile.ts) and the statements their modules
// print through ts-morph (print.ts). A run of those shapes then neither
// compiles nor prints, so it never loads ts-morph or the TypeScript it
// bundles. Each table is a cache of a pure function, keyed by its whole
// input, and is used only under the ts-morph, TypeScript and options it was
// built with; a missing or unreadable file only means compiling and
// printing, as without it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where the tables are, beside this module. */
export const builtFile = './built.json';

/** What a template compiled to: JavaScript (ES modules, CommonJS) and declarations, its placeholders still in. */
export interface Compiled {
  readonly esm: string;
  readonly cjs: string;
  readonly declarations: string;
}

/** The file of built tables. */
export interface Built {
  /** The versions of ts-morph and the packages it prints and compiles with that built them ({@link toolVersions}). */
  readonly tools: string;
  /** The options they were built with: the compile stage's and the printer's. */
  readonly options: string;
  readonly templates: readonly (readonly [string, Compiled])[];
  /** Printed statements by their template (print.ts). */
  readonly prints: readonly (readonly [string, string])[];
}

/**
 * The versions of ts-morph and of the packages it prints and compiles with
 * (@ts-morph/common, which bundles TypeScript, and code-block-writer), as
 * installed beside md-codegen, read from their manifests (nothing loads).
 */
export function toolVersions(): string {
  const manifest = createRequire(import.meta.url).resolve('ts-morph/package.json');
  const beside = createRequire(manifest);
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version: string };
  // code-block-writer's exports name no package.json: its manifest is the first one above its entry that is its own.
  let writer = dirname(beside.resolve('code-block-writer'));
  while (!existsSync(join(writer, 'package.json')) || read(join(writer, 'package.json')).name !== 'code-block-writer') {
    if (dirname(writer) === writer) throw new Error('md-codegen: no manifest of code-block-writer found');
    writer = dirname(writer);
  }
  return `ts-morph ${read(manifest).version}, @ts-morph/common ${read(beside.resolve('@ts-morph/common/package.json')).version}, code-block-writer ${read(join(writer, 'package.json')).version}`;
}

/** How print.ts prints structures through ts-morph. */
export const printOptions = { indentNumberOfSpaces: 2, newLine: '\n', useSingleQuote: false } as const;

/**
 * The compile stage's options (package/compile.ts, `builds()`: a test checks
 * that this is their JSON), written out, so that checking a table needs no
 * TypeScript.
 */
export const compileOptions =
  '{"esm":{"target":7,"newLine":1,"isolatedModules":true,"noCheck":true,"noLib":true,"noResolve":true,"types":[],"module":6},"cjs":{"target":7,"newLine":1,"isolatedModules":true,"noCheck":true,"noLib":true,"noResolve":true,"types":[],"module":1},"declarations":{"target":7,"newLine":1,"isolatedModules":true,"noCheck":true,"noLib":true,"noResolve":true,"types":[],"module":6,"declaration":true,"emitDeclarationOnly":true,"isolatedDeclarations":true}}';

/** Every option the tables depend on, as one string. */
export const builtOptions = JSON.stringify({ compile: compileOptions, print: printOptions });

let tables: { readonly templates: ReadonlyMap<string, Compiled>; readonly prints: ReadonlyMap<string, string> } | undefined;

/** The built tables, read the first time they are asked for, when built by these tools with these options; empty otherwise. */
export function builtTables(): { readonly templates: ReadonlyMap<string, Compiled>; readonly prints: ReadonlyMap<string, string> } {
  return (tables ??= readTables());
}

function readTables(): { readonly templates: ReadonlyMap<string, Compiled>; readonly prints: ReadonlyMap<string, string> } {
  const none = { templates: new Map(), prints: new Map() };
  try {
    const built = JSON.parse(readFileSync(new URL(builtFile, import.meta.url), 'utf8')) as Partial<Built>;
    if (built.options !== builtOptions || built.tools !== toolVersions() || !Array.isArray(built.templates) || !Array.isArray(built.prints)) return none;
    const isText = (value: unknown): value is string => typeof value === 'string';
    const templates = built.templates.filter(([key, compiled]) => isText(key) && isText(compiled?.esm) && isText(compiled?.cjs) && isText(compiled?.declarations));
    const prints = built.prints.filter(([key, text]) => isText(key) && isText(text));
    return { templates: new Map(templates), prints: new Map(prints) };
  } catch {
    return none;
  }
}
