// How breaking-change messages name things: the place at the ref, the row,
// the text quoted, and the directive that accepts a change.
import type { NamedTable, Point, Row, Span } from '../model.js';
import { rowLabel } from '../validate/quote.js';
import type { Comparison, NamedRow, TablePair } from './types.js';

/** Where something was at the ref: `main:seeds/http-status.md:40`. */
export function atRef(comparison: Comparison, table: NamedTable, line: number = table.span.start.line): string {
  return `${comparison.ref}:${table.document.path}:${line}`;
}

/** `413 \`Payload Too Large\`` (or `413` without a phrase). */
export function label(entry: NamedRow): string {
  return rowLabel(entry.row);
}

/** What to add to accept a change deliberately. */
export function acceptIt(ruleId: string, subject: string): string {
  return `accept it with \`<!-- md-codegen accept ${ruleId} ${subject} -->\``;
}

/** Text as a message quotes it: in backticks, one line, cut after 60 characters. */
export function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return `\`${line.length > 60 ? `${line.slice(0, 59)}…` : line}\``;
}

/** Where a row's messages point: its code cell. */
export function rowPlace(row: Row): Span {
  return row.head.span;
}

/**
 * Where a row gone from a table stood: at the row now that followed it at
 * the ref, or at the start of the table when none of those is left.
 */
export function placeOfRemoved(pair: TablePair, entry: NamedRow): Point {
  const after = pair.old.rows.slice(pair.old.rows.indexOf(entry.row) + 1);
  const now = new Map(pair.new.rows.map((row) => [row.code, row]));
  const next = after.map((row) => now.get(row.code)).find((row) => row !== undefined);
  return next ? { line: next.span.start.line, column: 1 } : pair.new.span.start;
}
