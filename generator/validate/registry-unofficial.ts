import { lookupCode, normalizePhrase, type RegistryFacts } from '../registry/index.js';
import { inBackticks, inQuotes, type Quote, rowLabel } from './quote.js';
import type { RowRule } from './types.js';

/** `registry-unofficial` (info): a well-known unofficial code, and who uses it under which names. */
export const registryUnofficial: RowRule = (row) => {
  const facts = lookupCode(row.code);
  if (!facts || facts.unofficial.length === 0) return undefined;
  const wanted = normalizePhrase(row.phrase);
  const named = facts.unofficial.some((entry) => [entry.phrase, ...entry.previousPhrases].some((phrase) => normalizePhrase(phrase) === wanted));
  const registered = facts.registered;
  if (registered && registered.kind !== 'iana-unused' && !named) return undefined;
  return {
    ruleId: 'registry-unofficial',
    severity: 'info',
    reason: `${rowLabel(row)} is an unofficial code: ${describe(row.code, facts, inBackticks)}. Clients outside your API may not understand it`,
    note: `${row.code} is an unofficial code: ${describe(row.code, facts, inQuotes)}.`,
  };
};

/** `the HTTP status registry does not assign 419. It is known as "Page Expired" from Laravel framework, formerly known as "Authentication Timeout"` */
function describe(code: number, facts: RegistryFacts, q: Quote): string {
  const { registered } = facts;
  const status = !registered
    ? `the HTTP status registry does not assign ${code}`
    : registered.kind === 'iana-unused'
      ? `the HTTP status registry reserves ${code} as unused (${registered.reference})`
      : `the HTTP status registry names ${code} ${q(registered.phrase)} (${registered.reference})`;
  const uses = facts.unofficial.map((entry) => {
    const formerly = entry.previousPhrases.length > 0 ? `, formerly known as ${entry.previousPhrases.map(q).join(' or ')}` : '';
    return `${q(entry.phrase)} from ${entry.reference}${formerly}`;
  });
  return `${status}. It is known as ${uses.join('; as ')}`;
}
