import type { CodeType, NameSource } from '../model.js';
import { memberName } from '../names/member.js';
import { isCodeShaped, isToken, parseCodePhrase, parseInteger } from './code.js';
import { saysCode, saysDescription, saysName, saysNameOnly, saysNotCode, saysRowNumber } from './headers.js';

/** Which column of a table plays which part, as {@link chooseLayout} decides it from the plain text of the cells. */
export interface Layout {
  readonly code: number;
  readonly codeType: CodeType;
  /** Whether the code cells are `CODE PHRASE` (`200 OK`). */
  readonly codePhrase: boolean;
  readonly nameSource: NameSource;
  /** The name column, when `nameSource` is `column`. */
  readonly name: number | undefined;
  readonly description: number | undefined;
  /** Every other column, in table order. */
  readonly fields: readonly number[];
  /** How the code column was chosen. */
  readonly reason: string;
}

/** Columns a caller names itself (a config file's override), by header text as written or 1-based position. */
export interface LayoutOverrides {
  readonly code?: string;
  readonly name?: string;
  readonly description?: string;
}

/** A table that is not a code table, and why. */
export interface NoLayout {
  readonly skip: string;
}

/** What one column could be. */
interface ColumnKind {
  readonly index: number;
  readonly header: string;
  /** The code type its cells are, when most of them are codes. */
  readonly type: 'integer' | 'code-phrase' | 'token' | undefined;
  /** Its cells that are not codes of that type. */
  readonly misses: number;
  readonly unique: boolean;
  readonly saysCode: boolean;
  /** A column of row numbers (`#` over 1, 2, 3): never the code, the name or the description. */
  readonly rowNumbers: boolean;
}

/**
 * Decide which column holds the codes, which the names, which the
 * description, and which are fields, from the header texts and the plain
 * text of each body row's cells (rows may be short; a missing cell is empty).
 * A column of codes holds, in most of its cells (the others are left out, each
 * with a warning), integers, or `CODE PHRASE` cells, or code tokens (under a
 * header that says code, or shaped like codes: `INVALID_ARGUMENT`,
 * `AuthFailure.SignatureExpire`, `E1001`). Content decides; headers help to
 * choose: a column all of whose cells are codes wins over one with cells
 * that are not, then one whose header says code (`Code`, `Id`, `Number`,
 * `错误码`), then one of unique codes, then numeric codes over tokens, then
 * fewer cells that are not codes, then the leftmost. A column whose header
 * says description holds no codes.
 */
export function chooseLayout(headers: readonly string[], rows: readonly (readonly string[])[], overrides: LayoutOverrides = {}): Layout | NoLayout {
  const cell = (row: readonly string[], index: number) => row[index] ?? '';
  const kinds = headers.map((header, index) => columnKind(index, header, rows.map((row) => cell(row, index))));
  const forced = overrides.code === undefined ? undefined : findColumn(headers, overrides.code);
  // A table without rows yet: a header that says code is all there is to go by.
  const candidates = rows.length === 0 ? kinds.filter((kind) => (forced === undefined ? kind.saysCode : kind.index === forced)).slice(0, 1).map((kind) => ({ ...kind, type: 'integer' as const })) : kinds.filter((kind) => kind.type !== undefined && (forced === undefined || kind.index === forced));
  if (candidates.length === 0) return { skip: rows.length === 0 ? 'it has no rows, and no header says code' : 'no column holds codes' };
  const ranked = [...candidates].sort(compareCandidates);
  const code = ranked[0]!;
  const reason = forced !== undefined ? 'the config names it' : ranked.length === 1 ? 'the only column of codes' : whyFirst(code, ranked[1]!);
  const codeType: CodeType = code.type === 'token' ? 'token' : 'integer';
  const rest = headers.map((_, index) => index).filter((index) => index !== code.index && !kinds[index]!.rowNumbers);
  const texts = (index: number) => rows.map((row) => cell(row, index));

  let nameSource: NameSource = code.type === 'code-phrase' ? 'phrase' : codeType === 'token' ? 'code' : 'none';
  let name: number | undefined;
  if (code.type !== 'code-phrase') {
    const forcedName = overrides.name === undefined ? undefined : findColumn(headers, overrides.name);
    name = forcedName ?? rest.find((index) => isNameColumn(headers[index]!, texts(index), codeType, true)) ?? (codeType === 'integer' ? rest.find((index) => isNameColumn(headers[index]!, texts(index), codeType, false)) : undefined);
    if (name !== undefined) nameSource = 'column';
  }
  // `| Code | Description | Explanation |` with short names under Description: the names are there, the description next to them.
  const textColumns = rest.filter((index) => kinds[index]!.type === undefined);
  if (name === undefined && codeType === 'integer' && overrides.name === undefined) {
    const described = textColumns.filter((index) => saysDescription(headers[index]!));
    if (described.length >= 2 && isShortNames(texts(described[0]!))) [name, nameSource] = [described[0]!, 'column'];
  }
  const others = rest.filter((index) => index !== name);
  const forcedDescription = overrides.description === undefined ? undefined : findColumn(headers, overrides.description);
  const description =
    forcedDescription ??
    others.find((index) => saysDescription(headers[index]!)) ??
    others.find((index) => kinds[index]!.type === undefined && texts(index).some((text) => text !== '')) ??
    others[0];
  if (nameSource === 'none' && description !== undefined && isSplit(texts(description))) nameSource = 'split';
  const fields = headers.map((_, index) => index).filter((index) => index !== code.index && index !== name && index !== description);
  return { code: code.index, codeType, codePhrase: code.type === 'code-phrase', nameSource, name, description, fields, reason };
}

/** The column a header text (as written) or a 1-based position names. */
function findColumn(headers: readonly string[], wanted: string): number | undefined {
  const byHeader = headers.findIndex((header) => header.trim() === wanted.trim());
  if (byHeader !== -1) return byHeader;
  const position = /^[1-9][0-9]*$/.test(wanted) ? Number(wanted) - 1 : -1;
  return position >= 0 && position < headers.length ? position : undefined;
}

function columnKind(index: number, header: string, cells: readonly string[]): ColumnKind {
  let integers = 0;
  let phrased = 0;
  let tokens = 0;
  let shaped = 0;
  for (const text of cells) {
    if (parseInteger(text) !== undefined) integers++;
    else if (parseCodePhrase(text)) phrased++;
    else if (isToken(text)) {
      tokens++;
      if (isCodeShaped(text)) shaped++;
    }
  }
  const most = (count: number) => count > 0 && count * 2 >= cells.length;
  // A token among integers is a cell that holds no code; tokens in more than a quarter of the cells make a column that mixes both, which holds no codes.
  const fewTokens = tokens <= 1 || tokens * 4 <= cells.length;
  let type: ColumnKind['type'];
  let hits = 0;
  const rowNumbers = saysRowNumber(header) && isRowNumbers(cells);
  const excluded = saysNotCode(header) || saysDescription(header) || rowNumbers;
  if (!excluded) {
    if (phrased > 0 && phrased >= integers && most(phrased + integers) && fewTokens) [type, hits] = ['code-phrase', phrased + integers];
    else if (most(integers) && fewTokens) [type, hits] = ['integer', integers];
    else if (most(tokens) && integers === 0 && phrased === 0 && (saysCode(header) || shaped === tokens)) [type, hits] = ['token', tokens];
  }
  const values = cells.map((text) => (type === 'code-phrase' ? (parseCodePhrase(text)?.codeText ?? text) : text)).filter((text) => text !== '');
  return { index, header, type, misses: cells.length - hits, unique: new Set(values).size === values.length, saysCode: saysCode(header), rowNumbers };
}

/** `1, 2, 3, …` (or from 0): the numbers of the rows, not codes. */
function isRowNumbers(cells: readonly string[]): boolean {
  const first = cells[0] === '0' ? 0 : 1;
  return cells.length > 0 && cells.every((text, index) => text === String(index + first));
}

function compareCandidates(a: ColumnKind, b: ColumnKind): number {
  const numeric = (kind: ColumnKind) => (kind.type === 'token' ? 1 : 0);
  const full = (kind: ColumnKind) => (kind.misses === 0 ? 0 : 1);
  return full(a) - full(b) || Number(b.saysCode) - Number(a.saysCode) || Number(b.unique) - Number(a.unique) || numeric(a) - numeric(b) || a.misses - b.misses || a.index - b.index;
}

function whyFirst(winner: ColumnKind, runnerUp: ColumnKind): string {
  const other = `column ${runnerUp.index + 1} \`${runnerUp.header}\``;
  if (winner.misses === 0 && runnerUp.misses > 0) return `every cell of it is a code, unlike those of ${other}`;
  if (winner.saysCode && !runnerUp.saysCode) return `its header says code, unlike ${other}`;
  if (winner.unique && !runnerUp.unique) return `its codes are unique, unlike those of ${other}`;
  if (winner.type !== 'token' && runnerUp.type === 'token') return `numeric codes win over the tokens of ${other}`;
  if (winner.misses < runnerUp.misses) return `fewer of its cells are not codes than in ${other}`;
  return `it is left of ${other}, which could hold codes too`;
}

/**
 * Whether a column names the codes: every cell that is not empty is short (at
 * most 64 characters and 8 words, no sentence), most of them form a member
 * name (the others get `Code<code>` and a warning), and the column does not
 * describe. With `hinted`, its header must say name (for token codes, say
 * only that); without, its names must be distinct, so that a column of
 * categories is not taken for names.
 */
function isNameColumn(header: string, cells: readonly string[], codeType: CodeType, hinted: boolean): boolean {
  if (saysDescription(header)) return false;
  if (hinted && !(codeType === 'token' ? saysNameOnly(header) : saysName(header))) return false;
  return hinted ? isShortTexts(cells) : isShortNames(cells);
}

/** Cells that could name codes: every cell that is not empty short, most forming a member name. */
function isShortTexts(cells: readonly string[]): boolean {
  const names = cells.filter((text) => text !== '');
  return names.length > 0 && names.every(isShort) && names.filter((text) => memberName(text) !== undefined).length * 2 >= names.length;
}

/** Cells that name codes: {@link isShortTexts}, and all of them distinct. */
function isShortNames(cells: readonly string[]): boolean {
  const names = cells.filter((text) => text !== '');
  return isShortTexts(cells) && new Set(names.map((text) => text.toLowerCase())).size === names.length;
}

function isShort(text: string): boolean {
  return text.length <= 64 && text.split(/\s+/).length <= 8 && !/[.。!?！？,，;；:：]$/.test(text) && !/\n/.test(text);
}

/** Slate's `Bad Request -- Your request is invalid.`: most descriptions hold a short name, ` -- ` and the rest. */
function isSplit(cells: readonly string[]): boolean {
  const written = cells.filter((text) => text !== '');
  const split = written.filter((text) => {
    const at = text.indexOf(' -- ');
    return at > 0 && isShort(text.slice(0, at).trim()) && memberName(text.slice(0, at)) !== undefined;
  });
  return split.length > 0 && split.length * 2 >= written.length;
}
