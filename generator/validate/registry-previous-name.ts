import { lookupCode, normalizePhrase } from '../registry/index.js';
import { inBackticks, inQuotes } from './quote.js';
import type { RowRule } from './types.js';

/** `registry-previous-name` (info): the phrase is the code's earlier registered name. */
export const registryPreviousName: RowRule = (row) => {
  const registered = lookupCode(row.code)?.registered;
  // A reserved code's previous name is `registry-unassigned`'s finding.
  if (!registered || registered.kind === 'iana-unused') return undefined;
  const wanted = normalizePhrase(row.phrase);
  if (!registered.previousPhrases.some((phrase) => normalizePhrase(phrase) === wanted)) return undefined;
  return {
    ruleId: 'registry-previous-name',
    severity: 'info',
    reason: `${row.code} is named ${inBackticks(row.phrase)} here, its previous name; the HTTP status registry now names ${row.code} ${inBackticks(registered.phrase)} (${registered.reference}). Use the current name if you can`,
    note: `${inQuotes(row.phrase)} is the previous name of ${row.code}; the HTTP status registry now names it ${inQuotes(registered.phrase)}.`,
    phrase: registered.phrase,
  };
};
