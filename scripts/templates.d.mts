// Types of scripts/templates.mjs, for the test that imports it.
import type { Built, builtOptions, toolVersions } from '../generator/emit/built.js';
import type { compileTemplates } from '../generator/emit/package/compile.js';
import type { printsOfThisRun } from '../generator/emit/print.js';
import type { generate } from '../generator/generate.js';

/** The stages the tables are built with: dist/'s, or the sources' in a test. */
export interface Stages {
  readonly generate: typeof generate;
  readonly compileTemplates: typeof compileTemplates;
  readonly printsOfThisRun: typeof printsOfThisRun;
  readonly toolVersions: typeof toolVersions;
  readonly builtOptions: typeof builtOptions;
}

/** The tables of every seed and fixture of `from` (the repository root by default), and how many documents it read. */
export declare function harvestTemplates(stages: Stages, from?: string): Promise<Built & { readonly documents: number }>;

/** Build the tables from dist/ and write them; with `ifStale`, only when they are out of date (`undefined` then). */
export declare function buildTemplates(options?: { readonly ifStale?: boolean }): Promise<{ readonly documents: number; readonly templates: number; readonly prints: number } | undefined>;
