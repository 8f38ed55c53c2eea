import { lookupCode, lookupPhrase } from '../registry/index.js';
import { inBackticks, inQuotes, type Quote, rowLabel } from './quote.js';
import type { RowRule } from './types.js';

/** `registry-unassigned`: an HTTP code in 100–599 the registry does not know. */
export const registryUnassigned: RowRule = (row, seed) => {
  if (seed.kind !== 'http' || row.code < 100 || row.code > 599 || lookupCode(row.code)) return undefined;
  const owner = row.phrase === '' ? undefined : lookupPhrase(row.phrase);
  const elsewhere = (q: Quote) => (owner ? `; ${q(owner.phrase)} is ${owner.code}` : '');
  return {
    ruleId: 'registry-unassigned',
    severity: 'warning',
    reason: `${rowLabel(row)} is not assigned in the HTTP status registry${elsewhere(inBackticks)}. Expected a registered code: fix the code, or keep it if your API defines ${row.code} on purpose`,
    note: `${row.code} is not assigned in the HTTP status registry${elsewhere(inQuotes)}.`,
  };
};
