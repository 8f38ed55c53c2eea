import { lookupCode } from '../registry/index.js';
import { rowLabel } from './quote.js';
import type { RowRule } from './types.js';

/** `registry-obsoleted` (info): the registry marks the code obsoleted. */
export const registryObsoleted: RowRule = (row) => {
  const registered = lookupCode(row.code)?.registered;
  if (registered?.kind !== 'iana-obsoleted') return undefined;
  return {
    ruleId: 'registry-obsoleted',
    severity: 'info',
    reason: `${rowLabel(row)} is obsoleted in the HTTP status registry (${registered.reference}); clients may not support it. Prefer another code in new APIs`,
    note: `${row.code} is obsoleted in the HTTP status registry (${registered.reference}).`,
  };
};
