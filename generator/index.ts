// The programmatic API of md-codegen: re-exports only.
export { defineConfig } from './config/define.js';
export type { Config } from './config/schema.js';
export type { Severity } from './diagnostics.js';
export type { EmitOptions, GeneratedFile } from './emit/index.js';
export { type GenerateOptions, type GenerateResult, generate } from './generate.js';
export { defaultLimits, type Limits } from './limits.js';
export type { Cell, FrontMatter, Inline, NamedSeed, Point, Row, Seed, Span, TableKind } from './model.js';
export { type JsonMessage, toJsonMessages } from './report/json.js';
export { githubAnnotations } from './report/github.js';
export { watch } from './watch.js';
