/** How the registry knows a code. */
export type RegistryKind = 'iana' | 'iana-unused' | 'iana-obsoleted' | 'unofficial';

/** One fact of the HTTP status code registry. */
export interface RegistryEntry {
  readonly code: number;
  readonly phrase: string;
  readonly kind: RegistryKind;
  readonly reference: string;
  readonly previousPhrases: readonly string[];
}
