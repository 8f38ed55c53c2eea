/** Options of the emitters, resolved once with every default filled in. */
export interface EmitOptions {
  /** Name of the generated package. */
  readonly packageName: string;
  /** Its version. */
  readonly version: string;
  /** The seeds folder as written in generated files (`seeds`). */
  readonly seedsDir: string;
}

export const defaultEmitOptions: EmitOptions = {
  packageName: '@md-codegen/generated',
  version: '0.1.0',
  seedsDir: 'seeds',
};
