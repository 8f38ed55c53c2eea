import { isRegisteredPhrase, lookupCode, lookupPhrase, normalizePhrase } from '../registry/index.js';
import { inBackticks, inQuotes, type Quote } from './quote.js';
import type { RowRule } from './types.js';

/** `registry-phrase`: the code is registered under another phrase (and whose phrase it is, if any). */
export const registryPhrase: RowRule = (row) => {
  const registered = lookupCode(row.code)?.registered;
  if (!registered || registered.kind === 'iana-unused' || row.phrase === '') return undefined;
  if (isRegisteredPhrase(row.code, row.phrase)) return undefined;
  const wanted = normalizePhrase(row.phrase);
  if (registered.previousPhrases.some((phrase) => normalizePhrase(phrase) === wanted)) return undefined;
  const owner = lookupPhrase(row.phrase);
  const elsewhere = (q: Quote) => (owner && owner.code !== row.code ? `; ${q(owner.phrase)} is ${owner.code}` : '');
  return {
    ruleId: 'registry-phrase',
    severity: 'warning',
    reason: `${row.code} is named ${inBackticks(row.phrase)} here; the HTTP status registry names ${row.code} ${inBackticks(registered.phrase)} (${registered.reference})${elsewhere(inBackticks)}. Fix the code or the phrase`,
    note: `The HTTP status registry names ${row.code} ${inQuotes(registered.phrase)}${elsewhere(inQuotes)}.`,
    phrase: registered.phrase,
  };
};
