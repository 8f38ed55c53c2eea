import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';
import type { StructureKind as Kind, VariableDeclarationKind as DeclarationKind } from 'ts-morph';

// ts-morph is CommonJS. Imported from an ES module, Node first lexes it and
// the modules it re-exports (TypeScript among them, 12 MB) for their export
// names; required, it is only evaluated. That saves about a third of the time
// ts-morph takes to load. And it loads only when something is printed or
// compiled that the tables built with md-codegen do not hold (print.ts,
// package/compile.ts): a run of the common shapes never loads it, which was
// about 0.3 s of the seed's 0.7 s. Types still come from `import type`.
const require = createRequire(import.meta.url);
let loaded: typeof TsMorph | undefined;

/**
 * ts-morph, loaded the first time it is asked for. A ts-morph that numbers
 * the structure kinds below otherwise (its `^28` range allows a release that
 * adds one) would print wrong structures: that is refused, naming the fix.
 */
export function tsMorph(): typeof TsMorph {
  if (loaded !== undefined) return loaded;
  const module = require('ts-morph') as typeof TsMorph;
  const renumbered = Object.entries(StructureKind).filter(([name, value]) => module.StructureKind[name as keyof typeof StructureKind] !== value);
  if (renumbered.length > 0 || module.VariableDeclarationKind.Const !== VariableDeclarationKind.Const) {
    throw new Error(`md-codegen was built for ts-morph 28.0.0, whose StructureKind the installed ts-morph numbers otherwise (${renumbered.map(([name]) => name).join(', ') || 'VariableDeclarationKind'}): install ts-morph 28.0.0 beside md-codegen`);
  }
  return (loaded = module);
}

/** Whether ts-morph has been loaded in this process (for tests). */
export function tsMorphLoaded(): boolean {
  return loaded !== undefined;
}

/**
 * The values of ts-morph's `StructureKind` and `VariableDeclarationKind` that
 * the emitters write into structures, without loading ts-morph for them: a
 * test compares each with ts-morph's own.
 */
export const StructureKind = {
  ExportDeclaration: 11 as Kind.ExportDeclaration,
  Function: 13 as Kind.Function,
  ImportDeclaration: 16 as Kind.ImportDeclaration,
  Interface: 19 as Kind.Interface,
  JSDoc: 24 as Kind.JSDoc,
  SourceFile: 36 as Kind.SourceFile,
  TypeAlias: 38 as Kind.TypeAlias,
  VariableStatement: 41 as Kind.VariableStatement,
} as const;

export const VariableDeclarationKind = { Const: 'const' as DeclarationKind.Const } as const;
