import { lookupCode, lookupPhrase } from '../registry/index.js';
import { inBackticks, inQuotes, type Quote, rowLabel } from './quote.js';
import type { RowRule } from './types.js';

/**
 * `registry-unassigned`: an HTTP code in 100–599 the registry does not assign,
 * or reserves as unused (306), with no well-known unofficial use.
 */
export const registryUnassigned: RowRule = (row) => {
  if (row.code < 100 || row.code > 599) return undefined;
  const facts = lookupCode(row.code);
  if (facts && (facts.registered?.kind !== 'iana-unused' || facts.unofficial.length > 0)) return undefined;
  const unused = facts?.registered;
  const status = unused ? `is reserved as unused in the HTTP status registry (${unused.reference})` : 'is not assigned in the HTTP status registry';
  const owner = row.phrase === '' ? undefined : lookupPhrase(row.phrase);
  const elsewhere = (q: Quote) => (owner ? `; ${q(owner.phrase)} is ${owner.code}` : '');
  return {
    ruleId: 'registry-unassigned',
    severity: 'warning',
    reason: `${rowLabel(row)} ${status}${elsewhere(inBackticks)}. Expected a registered code: fix the code, or keep it if your API defines ${row.code} on purpose`,
    note: `${row.code} ${status}${elsewhere(inQuotes)}.`,
  };
};
