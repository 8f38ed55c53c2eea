import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { CodeTable, Row } from '../model.js';
import { isRegisteredPhrase } from '../registry/index.js';
import type { MemberCase } from '../config/schema.js';
import { codeSuffix, fallbackName, memberName, writtenName } from './member.js';

/**
 * Give every row its enum member name: from its phrase (a name column, a
 * `CODE PHRASE` cell, Slate's `Name -- description`), from the token code
 * itself when the table names it no other way, else `Code<code>` (one
 * warning for the table). When rows clash, the one whose phrase is the
 * registered phrase of its code (HTTP tables) keeps the bare name and the
 * others get their code appended; with no such row, or several, all get the
 * code. Each rename and fallback is a warning.
 */
export function resolveNames(table: CodeTable, file: VFile, memberCase: MemberCase = 'pascal'): string[] {
  const formName = memberCase === 'pascal' ? memberName : writtenName;
  if (table.nameSource === 'none' && table.rows.length > 0) {
    const example = fallbackName(table.rows[0]!.codeText);
    const reason = `Found no column of names in this table, so its members are named from their codes (\`${example}\`); expected a column of short English names (\`Order Locked\`): add one to name them`;
    report(file, 'warning', 'name-fallback', reason, table.columns[table.codeColumn]!.header.span);
  }
  const names = table.rows.map((row) => {
    if (table.nameSource === 'none') return fallbackName(row.codeText);
    const name = formName(table.nameSource === 'code' ? row.codeText : row.phrase);
    if (name) return name;
    const fallback = fallbackName(row.codeText);
    // An empty phrase is `phrase-empty`, which names the fallback already.
    if (row.phrase.trim() === '') return fallback;
    const reason = `Found the phrase \`${row.phrase}\`, which gives no member name (one is formed from ASCII letters and digits, and starts with a letter), so the member is named \`${fallback}\`; expected a phrase such as \`Order Locked\`: add English words to name it`;
    report(file, 'warning', 'name-fallback', reason, row.head.span);
    return fallback;
  });
  // A repeated code is a `code-duplicate` error already: its row takes no part in clashes.
  const repeats = repeatedCodes(table.rows);
  for (const group of groupByName(names, repeats).values()) {
    if (group.length > 1) renameClash(table, group, names, file);
  }
  const taken = new Map<string, number>();
  names.forEach((name, index) => {
    if (repeats.has(index)) return;
    const other = taken.get(name);
    if (other !== undefined) {
      const reason = `Found the member name \`${name}\` on line ${table.rows[index]!.span.start.line} and on line ${table.rows[other]!.span.start.line}, even with codes appended; expected distinct names: change one of the phrases`;
      report(file, 'error', 'name-clash', reason, table.rows[index]!.head.span);
    }
    taken.set(name, index);
  });
  return names;
}

/** The indexes of rows whose code an earlier row has. */
function repeatedCodes(rows: readonly Row[]): Set<number> {
  const seen = new Set<Row['code']>();
  const repeats = new Set<number>();
  rows.forEach((row, index) => {
    if (seen.has(row.code)) repeats.add(index);
    seen.add(row.code);
  });
  return repeats;
}

function groupByName(names: readonly string[], skip: ReadonlySet<number>): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  names.forEach((name, index) => {
    if (skip.has(index)) return;
    const group = groups.get(name);
    if (group) group.push(index);
    else groups.set(name, [index]);
  });
  return groups;
}

function renameClash(table: CodeTable, group: readonly number[], names: string[], file: VFile): void {
  const registered = group.filter((index) => table.reading.kind === 'http' && isRegisteredPhrase(table.rows[index]!.code as number, table.rows[index]!.phrase));
  const keeper = registered.length === 1 ? registered[0] : undefined;
  const bare = names[group[0]!]!;
  for (const index of group) {
    if (index === keeper) continue;
    const row = table.rows[index]!;
    names[index] = bare + codeSuffix(row.codeText);
    report(file, 'warning', 'name-clash', clashReason(table.rows, group, index, keeper, bare, names[index]!), row.head.span);
  }
}

function clashReason(rows: readonly Row[], group: readonly number[], index: number, keeper: number | undefined, bare: string, renamed: string): string {
  const others = group
    .filter((other) => other !== index)
    .map((other) => `\`${rowText(rows[other]!)}\` (line ${rows[other]!.span.start.line})`)
    .join(', ');
  const row = rows[index]!;
  const why =
    keeper === undefined
      ? 'no single row has the registered phrase, so each gets its code'
      : `${rows[keeper]!.codeText} keeps it, as its registered phrase`;
  const all = group.length === 2 ? 'both' : 'all';
  return `\`${rowText(row)}\` (line ${row.span.start.line}) and ${others} ${all} give the member name \`${bare}\`; ${why}, so this member is \`${renamed}\`. Expected one phrase per name: fix the phrase if it is wrong`;
}

/** `203 See Other`, or the code alone when the row has no phrase. */
function rowText(row: Row): string {
  return row.phrase === '' ? row.codeText : `${row.codeText} ${row.phrase}`;
}
