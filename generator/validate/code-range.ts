import { rowLabel } from './quote.js';
import type { RowRule } from './types.js';

/** `code-range`: an HTTP status code outside 100–599. */
export const codeRange: RowRule = (row, table) => {
  if (row.code >= 100 && row.code <= 599) return undefined;
  return {
    ruleId: 'code-range',
    severity: 'warning',
    reason: `Found ${rowLabel(row)}; expected an HTTP status code from 100 to 599 (the table is read as HTTP statuses: ${table.reading.kindReason}): use a code in range, or move the row to a business-code table`,
    note: `${row.code} is outside the HTTP status code range 100–599.`,
  };
};
