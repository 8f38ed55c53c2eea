import type { Code } from '../model.js';
import type { MemberCase, Style } from '../config/schema.js';

/** Options of the emitters, resolved once with every default filled in. */
export interface EmitOptions {
  /** Name of the generated package. */
  readonly packageName: string;
  /** Its version. */
  readonly version: string;
  /** Its licence: an SPDX expression or `UNLICENSED`. */
  readonly license: string;
  /** Its description; `undefined` for one naming the documents. */
  readonly description: string | undefined;
  /** The seeds folder as written in generated files (`seeds`). */
  readonly seedsDir: string;
  /**
   * The output folder relative to the working directory (where the documents'
   * paths are relative to), `/` separated: the declaration maps name each
   * document by its path relative to them.
   */
  readonly outDir: string;
  /** The command that regenerates the package, named in every banner, the README and the drift report. */
  readonly command: string;
  /** How codes are exported: `enum` or `const` (`as const` object and union type). */
  readonly style: Style;
  /** How member names are formed: `pascal` or `as-written`. */
  readonly memberCase: MemberCase;
  /** Old member names kept as deprecated aliases (`breaking.keepRenamedAliases`), by table export name. */
  readonly aliases: Readonly<Record<string, readonly { readonly name: string; readonly code: Code }[]>>;
}

export const defaultEmitOptions: EmitOptions = {
  packageName: '@md-codegen/generated',
  version: '0.1.0',
  license: 'UNLICENSED',
  description: undefined,
  seedsDir: 'seeds',
  outDir: 'generated',
  command: 'npm run generate',
  style: 'enum',
  memberCase: 'pascal',
  aliases: {},
};

/** The emit options of a run: the defaults, the seeds as the generated files name them, the options given, and the output folder as reports show it. */
export function runEmitOptions(seeds: readonly string[], given: Partial<EmitOptions> | undefined, shownOut: string): EmitOptions {
  return { ...defaultEmitOptions, seedsDir: seeds.join(', '), ...given, outDir: shownOut };
}
