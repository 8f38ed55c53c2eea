import type { Cell, NamedTable } from '../model.js';

/** One property of a table's entries beside its code and name: its key, and the header of the column it comes from. */
export interface EntryField {
  readonly key: string;
  readonly header: Cell;
  /** The column it comes from, from 0. */
  readonly column: number;
}

/**
 * The properties each entry of a table's map has beside `code` and `name`,
 * as the generated `Info` type declares them: `phrase` when the document
 * names its codes, `description` when it has a description column, then a
 * field per other column.
 */
export function entryFields(table: NamedTable): EntryField[] {
  const at = (column: number) => ({ header: table.columns[column]!.header, column });
  const fields: EntryField[] = [];
  if (table.nameSource !== 'none' && table.nameSource !== 'code') {
    fields.push({ key: 'phrase', ...at(table.columns.find((column) => column.role === 'name')?.index ?? table.codeColumn) });
  }
  if (table.descriptionColumn !== undefined) fields.push({ key: 'description', ...at(table.descriptionColumn) });
  for (const field of table.fields) fields.push({ key: field.key, ...at(field.column) });
  return fields;
}

/** How the entries' properties differ: those gone (each with the property in its column now, when it is a rename) and those new. */
export interface FieldChanges {
  readonly removed: readonly { readonly field: EntryField; readonly renamedTo: EntryField | undefined }[];
  /** New properties that are no rename. */
  readonly added: readonly EntryField[];
}

/** Compare the entries' properties by key: a new key in the column of a key gone is that key renamed. */
export function compareFields(old: NamedTable, now: NamedTable): FieldChanges {
  const [before, after] = [entryFields(old), entryFields(now)];
  const oldKeys = new Set(before.map((field) => field.key));
  const newKeys = new Set(after.map((field) => field.key));
  const fresh = after.filter((field) => !oldKeys.has(field.key));
  const removed = before.filter((field) => !newKeys.has(field.key)).map((field) => ({ field, renamedTo: fresh.find((other) => other.column === field.column) }));
  const renames = new Set(removed.map((entry) => entry.renamedTo));
  return { removed, added: fresh.filter((field) => !renames.has(field)) };
}
