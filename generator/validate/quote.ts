import type { Row } from '../model.js';

/** How a rule quotes document text: backticks in messages, double quotes in generated docs. */
export type Quote = (text: string) => string;

export const inBackticks: Quote = (text) => `\`${text}\``;
export const inQuotes: Quote = (text) => `"${text}"`;

/** A row as messages name it: `209 \`Already Reported\``, or `209` when it has no phrase. */
export function rowLabel(row: Row): string {
  return row.phrase === '' ? row.codeText : `${row.codeText} ${inBackticks(row.phrase)}`;
}
