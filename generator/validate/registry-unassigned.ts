import { lookupCode, lookupPhrase } from '../registry/index.js';
import type { RowRule } from './types.js';

/** `registry-unassigned`: an HTTP code in 100–599 the registry does not know. */
export const registryUnassigned: RowRule = (row, seed) => {
  if (seed.kind !== 'http' || row.code < 100 || row.code > 599 || lookupCode(row.code)) return undefined;
  const owner = row.phrase === '' ? undefined : lookupPhrase(row.phrase);
  const elsewhere = owner ? `; \`${owner.phrase}\` is ${owner.code}` : '';
  return {
    ruleId: 'registry-unassigned',
    severity: 'warning',
    reason: `${row.code} \`${row.phrase}\` is not assigned in the HTTP status registry${elsewhere}. Expected a registered code: check the code`,
    note: `${row.code} is not assigned in the HTTP status registry${owner ? `; "${owner.phrase}" is ${owner.code}` : ''}.`,
  };
};
