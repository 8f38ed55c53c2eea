// Types of scripts/templates.mjs, for the test that imports it.
import type { BuiltTemplates, compileTemplates } from '../generator/emit/package/compile.js';
import type { generate } from '../generator/generate.js';

/** The table of the templates of every seed and fixture of `from` (the repository root by default), and how many documents it read. */
export declare function harvestTemplates(stages: { readonly generate: typeof generate; readonly compileTemplates: typeof compileTemplates }, from?: string): Promise<BuiltTemplates & { readonly documents: number }>;

/** Build the table from dist/ and write it; with `ifStale`, only when it is out of date (`undefined` then). */
export declare function buildTemplates(options?: { readonly ifStale?: boolean }): Promise<{ readonly documents: number; readonly templates: number } | undefined>;
