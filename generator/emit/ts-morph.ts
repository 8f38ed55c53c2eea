import { createRequire } from 'node:module';

// ts-morph is CommonJS. Imported from an ES module, Node first lexes it and
// the modules it re-exports (TypeScript among them, 12 MB) for their export
// names; required, it is only evaluated. That saves about a third of the time
// ts-morph takes to load. Types still come from `import type ... from 'ts-morph'`.
const tsMorph = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');

export const { printStructure, StructureKind, ts, VariableDeclarationKind } = tsMorph;
