import { lookupCode, normalizePhrase } from '../registry/index.js';
import type { RowRule } from './types.js';

/** `registry-unofficial` (info): a well-known unofficial code, and who uses it. */
export const registryUnofficial: RowRule = (row, seed) => {
  const facts = lookupCode(row.code);
  if (seed.kind !== 'http' || !facts || facts.unofficial.length === 0) return undefined;
  const wanted = normalizePhrase(row.phrase);
  const named = facts.unofficial.some((entry) => [entry.phrase, ...entry.previousPhrases].some((phrase) => normalizePhrase(phrase) === wanted));
  const registered = facts.registered;
  if (registered && registered.kind !== 'iana-unused' && !named) return undefined;
  const uses = facts.unofficial.map((entry) => `"${entry.phrase}" (${entry.reference})`).join(', ');
  const status = registered ? `registered as "${registered.phrase}" (${registered.reference})` : 'not registered';
  return {
    ruleId: 'registry-unofficial',
    severity: 'info',
    reason: `${row.code} \`${row.phrase}\` is an unofficial code, ${status}; it is known as ${uses}. Clients outside your API may not know it`,
    note: `${row.code} is an unofficial code, ${status}; it is known as ${uses}.`,
  };
};
