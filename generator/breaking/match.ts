import type { Code, NamedDocument, NamedTable } from '../model.js';
import type { NamedRow, TablePair } from './types.js';

/** The tables at the ref matched with the tables now, and those on one side only. */
export interface Matched {
  readonly pairs: readonly TablePair[];
  readonly removed: readonly NamedTable[];
  readonly added: readonly NamedTable[];
}

/**
 * Match the tables at the ref with the tables now: by export name across
 * every document (export names are unique in a package, so a document
 * renamed or moved keeps its tables), then each table left over at the ref
 * with the table left over now that shares most of its codes, when that is
 * at least half of them (a table renamed). Rows are matched by code, so
 * rows reordered are the same rows.
 */
export function matchTables(old: readonly NamedDocument[], now: readonly NamedDocument[]): Matched {
  const oldTables = old.flatMap((document) => document.tables);
  const newTables = now.flatMap((document) => document.tables);
  const byName = new Map(newTables.map((table) => [table.exportName, table]));
  const pairs: TablePair[] = [];
  const taken = new Set<NamedTable>();
  const leftOver: NamedTable[] = [];
  for (const table of oldTables) {
    const match = byName.get(table.exportName);
    if (match) {
      pairs.push(pairRows(table, match, false));
      taken.add(match);
    } else leftOver.push(table);
  }
  const removed: NamedTable[] = [];
  for (const table of leftOver) {
    const codes = new Set(table.rows.map((row) => row.code));
    let best: { table: NamedTable; shared: number } | undefined;
    for (const candidate of newTables) {
      if (taken.has(candidate)) continue;
      const shared = candidate.rows.filter((row) => codes.has(row.code)).length;
      if (shared > (best?.shared ?? 0)) best = { table: candidate, shared };
    }
    if (best && best.shared * 2 >= codes.size) {
      pairs.push(pairRows(table, best.table, true));
      taken.add(best.table);
    } else removed.push(table);
  }
  return { pairs, removed, added: newTables.filter((table) => !taken.has(table)) };
}

function namedRows(table: NamedTable): NamedRow[] {
  return table.rows.map((row, index) => ({ row, name: table.names[index]! }));
}

function pairRows(old: NamedTable, now: NamedTable, renamed: boolean): TablePair {
  const oldRows = namedRows(old);
  const newRows = namedRows(now);
  const oldByCode = new Map<Code, NamedRow>(oldRows.map((entry) => [entry.row.code, entry]));
  const newByCode = new Map<Code, NamedRow>(newRows.map((entry) => [entry.row.code, entry]));
  const newByName = new Map(newRows.map((entry) => [entry.name, entry]));
  const moved = oldRows.flatMap((entry) => {
    const match = newByName.get(entry.name);
    return match && match.row.code !== entry.row.code ? [{ old: entry, new: match }] : [];
  });
  return {
    old,
    new: now,
    renamed,
    rows: newRows.flatMap((entry) => {
      const match = oldByCode.get(entry.row.code);
      return match ? [{ old: match, new: entry }] : [];
    }),
    removedRows: oldRows.filter((entry) => !newByCode.has(entry.row.code)),
    addedRows: newRows.filter((entry) => !oldByCode.has(entry.row.code)),
    moved,
  };
}
