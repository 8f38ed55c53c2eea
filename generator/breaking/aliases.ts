// `breaking.keepRenamedAliases`: the old member names kept as deprecated
// aliases. They are what the generated package at `breaking.against` kept
// (its record, `aliases.json`), and the renames since: a code whose member
// name at the ref differs from its name now. Both come from the ref, never
// from the output folder of the working tree, so a name typed and changed
// again before a commit is never kept, `check` computes what `generate`
// writes, and the aliases a commit gets depend only on it and the ref.
import type { GeneratedFile } from '../emit/print.js';
import { generatedMark } from '../emit/package/manifest.js';
import type { Code, NamedDocument } from '../model.js';
import type { ReadSeedsOptions } from '../read.js';
import { type AtRef, readAtRef } from './ref.js';

/** An old member name kept as a deprecated alias of the member of its code. */
export interface RenamedAlias {
  readonly name: string;
  readonly code: Code;
}

/** The aliases of each table, by export name, sorted by name. */
export type Aliases = Readonly<Record<string, readonly RenamedAlias[]>>;

/** The record of aliases in the output folder. */
export const aliasRecordPath = 'aliases.json';

type AliasRecord = Readonly<Record<string, Readonly<Record<string, Code>>>>;

const memberName = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The record at the ref (`undefined`: none there), or why it is not one generate wrote. */
export function parseAliasRecord(bytes: Uint8Array | undefined, where: string): { readonly record: AliasRecord } | { readonly problem: string } {
  if (bytes === undefined) return { record: {} };
  const problem = (found: string) => ({ problem: `Found ${found} in \`${where}\`; expected the record of aliases generate writes, \`{ "aliases": { "<table>": { "<old name>": <code> } } }\`: regenerate it at that ref, or delete it there` });
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return problem('text that is not JSON');
  }
  const aliases = (value as { aliases?: unknown } | null)?.aliases;
  if (typeof aliases !== 'object' || aliases === null || Array.isArray(aliases)) return problem('no `aliases` object');
  for (const [table, names] of Object.entries(aliases)) {
    if (typeof names !== 'object' || names === null || Array.isArray(names)) return problem(`\`${table}\` without an object of names`);
    for (const [name, code] of Object.entries(names)) {
      if (!memberName.test(name) || name === '__proto__') return problem(`the name \`${name}\`, which is no member name`);
      if (!(typeof code === 'string' || Number.isSafeInteger(code))) return problem(`\`${name}\` without a code`);
    }
  }
  return { record: aliases as AliasRecord };
}

/**
 * The aliases to emit: those of the record at the ref, then each rename
 * since (a table of the same export name at the ref whose code had another
 * member name), each while its code is in the table now under another name,
 * and once.
 */
export function keptAliases(record: AliasRecord, old: readonly NamedDocument[], now: readonly NamedDocument[]): Aliases {
  const oldTables = new Map(old.flatMap((document) => document.tables).map((table) => [table.exportName, table]));
  const aliases: Record<string, RenamedAlias[]> = {};
  for (const table of now.flatMap((document) => document.tables)) {
    const codes = new Set<Code>(table.rows.map((row) => row.code));
    const names = new Set(table.names);
    const kept = new Map<string, RenamedAlias>();
    const keep = (name: string, code: Code) => {
      if (codes.has(code) && !names.has(name) && !kept.has(name) && memberName.test(name) && name !== '__proto__') kept.set(name, { name, code });
    };
    for (const [name, code] of Object.entries(record[table.exportName] ?? {})) keep(name, code);
    const before = oldTables.get(table.exportName);
    before?.rows.forEach((row, index) => keep(before.names[index]!, row.code));
    if (kept.size > 0) aliases[table.exportName] = [...kept.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  return aliases;
}

/** The record of the aliases, in the output folder, for the next ref to carry forward. */
export function aliasRecordFile(aliases: Aliases, seedsDir: string): GeneratedFile {
  const record = Object.fromEntries(
    Object.keys(aliases)
      .sort()
      .map((table) => [table, Object.fromEntries(aliases[table]!.map((alias) => [alias.name, alias.code]))]),
  );
  const about = 'The old member names kept as deprecated aliases (breaking.keepRenamedAliases): generate reads this file at breaking.against and keeps them.';
  return { path: aliasRecordPath, text: `${JSON.stringify({ '//': generatedMark, about, aliases: record }, null, 2)}\n` };
}

/** The aliases kept since a ref read with its record (`readAtRef` with {@link aliasRecordPath} under `out` in `extra`), for the documents `now`. */
export function aliasesAt(at: AtRef, ref: string, out: string, now: readonly NamedDocument[]): { readonly aliases: Aliases } | { readonly problem: string } {
  const recordPath = `${out}/${aliasRecordPath}`;
  const parsed = parseAliasRecord(at.files.get(recordPath), `${ref}:${recordPath}`);
  return 'problem' in parsed ? parsed : { aliases: keptAliases(parsed.record, at.read.documents, now) };
}

/**
 * The aliases `generate` emits: the documents and the record of aliases at
 * `against`, read from git, compared with the documents now; or why they
 * cannot be read.
 */
export function renamedAliases(cwd: string, against: string, seeds: readonly string[], options: ReadSeedsOptions, out: string, now: readonly NamedDocument[]): { readonly aliases: Aliases } | { readonly problem: string } {
  const at = readAtRef(cwd, against, seeds, options, [`${out}/${aliasRecordPath}`]);
  return 'problem' in at ? at : aliasesAt(at, against, out, now);
}
