import type { RowRule } from './types.js';

/** `code-range`: an HTTP status code outside 100–599. */
export const codeRange: RowRule = (row, seed) => {
  if (seed.kind !== 'http' || (row.code >= 100 && row.code <= 599)) return undefined;
  return {
    ruleId: 'code-range',
    severity: 'warning',
    reason: `Found the code ${row.code}; expected an HTTP status code from 100 to 599: use a code in range, or a business-code table`,
    note: `${row.code} is outside the HTTP status code range 100–599.`,
  };
};
