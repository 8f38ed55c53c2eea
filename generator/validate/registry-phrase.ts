import { isRegisteredPhrase, lookupCode, lookupPhrase, normalizePhrase } from '../registry/index.js';
import type { RowRule } from './types.js';

/** `registry-phrase`: the code is registered under another phrase. */
export const registryPhrase: RowRule = (row, seed) => {
  const registered = lookupCode(row.code)?.registered;
  if (seed.kind !== 'http' || !registered || registered.kind === 'iana-unused' || row.phrase === '') return undefined;
  if (isRegisteredPhrase(row.code, row.phrase)) return undefined;
  const wanted = normalizePhrase(row.phrase);
  if (registered.previousPhrases.some((phrase) => normalizePhrase(phrase) === wanted)) return undefined;
  const owner = lookupPhrase(row.phrase);
  const elsewhere = owner && owner.code !== row.code ? `; \`${owner.phrase}\` is ${owner.code}` : '';
  return {
    ruleId: 'registry-phrase',
    severity: 'warning',
    reason: `${row.code} is named \`${row.phrase}\` here; the HTTP status registry names ${row.code} \`${registered.phrase}\` (${registered.reference})${elsewhere}. Check the code and the phrase`,
    note: `The HTTP status registry names ${row.code} "${registered.phrase}"${owner && owner.code !== row.code ? `; "${owner.phrase}" is ${owner.code}` : ''}.`,
  };
};
