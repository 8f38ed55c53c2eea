import { registryEntries } from './data.js';
import type { RegistryEntry } from './types.js';

export type { RegistryEntry, RegistryKind } from './types.js';

/** What the registry says about one code: its IANA entry and any unofficial use. */
export interface RegistryFacts {
  /** The IANA entry (`iana`, `iana-unused` or `iana-obsoleted`), if the code is registered. */
  readonly registered: RegistryEntry | undefined;
  /** Well-known unofficial uses of the code. */
  readonly unofficial: readonly RegistryEntry[];
}

const byCode = new Map<number, RegistryFacts>();
const byPhrase = new Map<string, RegistryEntry>();

for (const entry of registryEntries) {
  const facts = byCode.get(entry.code) ?? { registered: undefined, unofficial: [] };
  byCode.set(
    entry.code,
    entry.kind === 'unofficial'
      ? { ...facts, unofficial: [...facts.unofficial, entry] }
      : { ...facts, registered: entry },
  );
  if (entry.kind === 'iana') byPhrase.set(normalizePhrase(entry.phrase), entry);
}

/** Phrases compare without case and with runs of white space folded. */
export function normalizePhrase(phrase: string): string {
  return phrase.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The registry's facts for `code`, or `undefined` when it knows nothing of it. */
export function lookupCode(code: number): RegistryFacts | undefined {
  return byCode.get(code);
}

/** The assigned IANA entry whose current phrase is `phrase`, if any. */
export function lookupPhrase(phrase: string): RegistryEntry | undefined {
  return byPhrase.get(normalizePhrase(phrase));
}

/** Whether `phrase` is a name the registry gives `code` now (IANA or well-known unofficial). */
export function isRegisteredPhrase(code: number, phrase: string): boolean {
  const facts = byCode.get(code);
  if (!facts) return false;
  const wanted = normalizePhrase(phrase);
  const names = [facts.registered, ...facts.unofficial].filter((entry) => entry !== undefined);
  return names.some((entry) => entry.kind !== 'iana-unused' && normalizePhrase(entry.phrase) === wanted);
}

/** Whether `phrase` is any name the registry knows for `code`: current, previous, or a well-known unofficial one. */
export function isKnownName(code: number, phrase: string): boolean {
  const facts = byCode.get(code);
  if (!facts) return false;
  const wanted = normalizePhrase(phrase);
  const entries = [facts.registered, ...facts.unofficial].filter((entry) => entry !== undefined);
  return entries.some((entry) => (entry.kind !== 'iana-unused' && normalizePhrase(entry.phrase) === wanted) || entry.previousPhrases.some((previous) => normalizePhrase(previous) === wanted));
}
