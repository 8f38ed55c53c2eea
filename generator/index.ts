// The programmatic API of md-codegen: re-exports only.
export { defineConfig } from './config/define.js';
export type { Config } from './config/schema.js';
export type { Severity } from './diagnostics.js';
export type { EmitOptions, GeneratedFile } from './emit/index.js';
export { type GenerateOptions, type GenerateResult, generate } from './generate.js';
export { defaultLimits, type Limits } from './limits.js';
export type { Cell, Code, CodeTable, CodeType, Column, ColumnRole, Document, Field, FrontMatter, Inline, NamedDocument, NamedTable, NameSource, Point, Row, Span, TableKind, TableReading, Text } from './model.js';
export type { TableSummary } from './seeds.js';
export { type JsonMessage, toJsonMessages } from './report/json.js';
export { githubAnnotations } from './report/github.js';
export { type TextReportInput, type TextReportOptions, textReport } from './report/text.js';
export { watch } from './watch.js';
