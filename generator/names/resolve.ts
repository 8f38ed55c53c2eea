import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { NamedSeed, Row, Seed } from '../model.js';
import { isRegisteredPhrase } from '../registry/index.js';
import { fallbackName, memberName } from './member.js';

/**
 * Give every row its enum member name. When rows clash, the one whose phrase
 * is the registered phrase of its code (HTTP tables) keeps the bare name and
 * the others get their code appended; with no such row, or several, all get
 * the code. Each rename and fallback is a warning.
 */
export function resolveNames(seed: Seed, file: VFile): NamedSeed {
  const names = seed.rows.map((row) => {
    const name = memberName(row.phrase);
    if (name) return name;
    const fallback = fallbackName(row.codeText);
    report(
      file,
      'warning',
      'name-fallback',
      `Found the phrase \`${row.phrase}\`, which gives no member name; expected a phrase that starts with an ASCII letter: the member is named \`${fallback}\``,
      row.head.span,
    );
    return fallback;
  });
  for (const group of groupByName(names).values()) {
    if (group.length > 1) renameClash(seed, group, names, file);
  }
  const taken = new Map<string, number>();
  names.forEach((name, index) => {
    const other = taken.get(name);
    if (other !== undefined) {
      report(file, 'error', 'name-clash', `Found the member name \`${name}\` again (line ${seed.rows[other]!.span.start.line}); expected distinct names: change one of the phrases`, seed.rows[index]!.head.span);
    }
    taken.set(name, index);
  });
  return { ...seed, names };
}

function groupByName(names: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  names.forEach((name, index) => {
    const group = groups.get(name);
    if (group) group.push(index);
    else groups.set(name, [index]);
  });
  return groups;
}

function renameClash(seed: Seed, group: readonly number[], names: string[], file: VFile): void {
  const registered = group.filter((index) => seed.kind === 'http' && isRegisteredPhrase(seed.rows[index]!.code, seed.rows[index]!.phrase));
  const keeper = registered.length === 1 ? registered[0] : undefined;
  const bare = names[group[0]!]!;
  for (const index of group) {
    if (index === keeper) continue;
    const row = seed.rows[index]!;
    names[index] = bare + row.codeText;
    report(file, 'warning', 'name-clash', clashReason(seed.rows, group, index, keeper, bare, names[index]!), row.head.span);
  }
}

function clashReason(rows: readonly Row[], group: readonly number[], index: number, keeper: number | undefined, bare: string, renamed: string): string {
  const others = group
    .filter((other) => other !== index)
    .map((other) => `\`${rows[other]!.codeText} ${rows[other]!.phrase}\` (line ${rows[other]!.span.start.line})`)
    .join(', ');
  const row = rows[index]!;
  const why =
    keeper === undefined
      ? 'no single row has the registered phrase, so every row in the clash gets its code'
      : `${rows[keeper]!.codeText} keeps it as its registered phrase`;
  return `\`${row.codeText} ${row.phrase}\` (line ${row.span.start.line}) and ${others} all give the member name \`${bare}\`; ${why}: this member is \`${renamed}\`. Expected distinct phrases: fix the phrase if it is wrong`;
}
