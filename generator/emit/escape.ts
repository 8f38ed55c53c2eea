// The only ways untrusted text (any seed cell) reaches generated files: one
// helper per output context. Nothing else may interpolate seed text.

/**
 * Characters a reader cannot see, or that reorder what they see, as a regular
 * expression class (for the `u` flag): the bidirectional controls, every
 * default-ignorable code point of Unicode (soft hyphen, combining grapheme
 * joiner, Hangul fillers, Khmer and Mongolian format characters, zero-width
 * space, joiners and marks, word joiner and invisible operators, variation
 * selectors, BOM, shorthand and musical format controls, tags) and the
 * interlinear annotation characters. Written out rather than taken from
 * `\p{Default_Ignorable_Code_Point}`, so that no Node.js version escapes
 * other characters.
 */
export const invisibleClass =
  '\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}\u{e0000}-\u{e0fff}';
const unreadable = new RegExp(`[\u007f-\u009f\u2028\u2029${invisibleClass}]`, 'gu');

/** `\u` and the four hex digits of a BMP character, `\u{...}` for an astral one. */
export function unicodeEscape(char: string): string {
  const code = char.codePointAt(0)!;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * A TypeScript string literal: `JSON.stringify` (quotes, backslashes, C0
 * controls and lone surrogates escaped), then DEL, C1 controls, U+2028,
 * U+2029 and every invisible character ({@link invisibleClass}: zero-width,
 * tags, bidirectional controls, ...) as `\u` escapes (`\u{e0041}` when
 * astral), so that the file reads plainly and reviews honestly. Evaluates to
 * exactly `text`.
 */
export function stringLiteral(text: string): string {
  return JSON.stringify(text).replace(unreadable, unicodeEscape);
}

/**
 * Characters a one-line comment shows as escapes: every control (C0 with TAB,
 * DEL, C1), U+2028, U+2029, U+FEFF, the bidirectional controls, and the
 * backslash that starts an escape.
 */
const commentUnsafe = new RegExp(`[\u0000-\u001f\\\\\u007f-\u009f\u2028\u2029${invisibleClass}]`, 'gu');
const commentEscapes: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text (a path) inside a `//` line comment, in TypeScript or in a
 * `tsconfig.json`: every line terminator and other control, U+FEFF and every
 * bidirectional control is written as an escape (`\n`, `\u202e`), and a
 * backslash as `\\`, so the comment ends where the line does and reads as
 * the text was, character for character.
 */
export function lineCommentText(text: string): string {
  return text.replace(commentUnsafe, (char) => commentEscapes[char] ?? unicodeEscape(char));
}

/**
 * Text (a path) inside an HTML comment of a generated Markdown file, on one
 * line: escaped as {@link lineCommentText}, then every `--` broken as `-\-`,
 * so that no `-->`, `--!>` or `<!--` can appear and the comment ends only
 * where the generator ends it.
 */
export function htmlCommentText(text: string): string {
  return lineCommentText(text).replace(/-(?=-)/g, '-\\');
}

/**
 * JSON text of a generated file: `JSON.stringify` with two-space indent, then
 * DEL, C1 controls, U+2028, U+2029, U+FEFF and the bidirectional controls as
 * `\u` escapes, as {@link stringLiteral} writes them (they only occur in
 * strings, where the escapes mean the same).
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(unreadable, unicodeEscape);
}

/** What JavaScript ends a line (or a `//` comment) at, plus NEL, which some editors do. */
const lineTerminators = /\r\n|[\n\r\u2028\u2029\u0085]/g;
/** Backslash-escaped in TSDoc text: TSDoc syntax, `[ ]` (no Markdown links in renderers), and `&` where it would start a character reference. */
const tsdocSpecial = /[\\{}<>`[\]]|&(?=#?[A-Za-z0-9]+;)/g;

/**
 * Break every `*\/` (which would close the comment) and `/*` (which
 * ts-morph's writer takes for the start of a comment of its own, and closes
 * with a stray `*\/` before the next tag) with a backslash: `*\/`, `/\*`.
 * Inserting a backslash never forms a new pair, so the result holds neither.
 */
export function breakCommentMarks(text: string): string {
  // Most text holds neither mark: two searches cost less than two replacements.
  if (!text.includes('*/') && !text.includes('/*')) return text;
  return text.replace(/\*\//g, '*\\/').replace(/\/\*/g, '/\\*');
}

/** Every character {@link tsdocText} changes, or may with its neighbour (`*` and `/` of a comment mark, `&` of a reference). */
const tsdocAttention = /[\r\n\u2028\u2029\u0085\\{}<>`[\]&@*/]/;

/**
 * Text inside a TSDoc comment, on one line: line terminators become spaces,
 * `\ { } < > [ ]`, backticks and the `&` of `&amp;` are backslash-escaped, `@`
 * becomes `&#64;` (so that no tag can start, and not even the substring
 * `@internal`, which `stripInternal` looks for anywhere in a comment, can
 * appear; `\@` would not be enough), and `*\/` and `/*` are broken with a
 * backslash (see {@link breakCommentMarks}). The result holds no `@`, no
 * `*\/`, no `/*` and no line terminator; a renderer shows `text` again.
 */
export function tsdocText(text: string): string {
  // Most text (a description in Chinese, a phrase) holds nothing to escape: one search instead of five replacements.
  if (!tsdocAttention.test(text)) return text;
  return breakCommentMarks(
    text
      .replace(lineTerminators, ' ')
      .replace(tsdocSpecial, (char) => `\\${char}`)
      .replace(/@/g, '&#64;'),
  );
}

/** Text that is safe, and shown as written, inside a TSDoc code span. */
const codeSpanSafe = /^[^`@\n\r\u2028\u2029\u0085]+$/;

/**
 * Inline code inside a TSDoc comment: a code span when its text is safe in
 * one (no backtick, `@`, line terminator, `*\/` or `/*`, and no space at
 * either end), escaped text otherwise.
 */
export function tsdocCode(text: string): string {
  return codeSpanSafe.test(text) && breakCommentMarks(text) === text && !/^ | $/.test(text) ? `\`${text}\`` : tsdocText(text);
}

const identifierPattern = /^[A-Za-z][A-Za-z0-9]*$/;
const memberPattern = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * An identifier for generated code. The naming rule only forms
 * `[A-Za-z][A-Za-z0-9]*`; anything else is a bug in the generator.
 */
export function identifier(name: string): string {
  if (!identifierPattern.test(name)) throw new Error(`md-codegen bug: \`${name}\` is not a safe identifier`);
  return name;
}

/**
 * The name of an enum member or of a property of the `as const` object: an
 * {@link identifier}, or a name as written (`INVALID_ARGUMENT`), which may hold
 * `_` and `$`; `__proto__` (which would set the object's prototype) or
 * anything else is a bug in the generator.
 */
export function memberIdentifier(name: string): string {
  if (!memberPattern.test(name) || name === '__proto__') throw new Error(`md-codegen bug: \`${name}\` is not a safe member name`);
  return name;
}

/** Every ASCII punctuation character that means something in CommonMark or GFM inline text. */
const markdownSpecial = /[\\`*_{}[\]()<>#+!|~&]/g;
/**
 * A GFM autolink literal trigger (`https:`, `http:`, `www.`, any case) whose
 * word, up to the next space or tab, holds a backslash escape, a reference or
 * a `<br>`: an autolink literal takes its text as written, so those would show
 * (`a\_b`). A backslash before the `:` or the `.` keeps it from forming.
 */
const autolinkWord = /(?<=https?)(?=:[^ \t]*[\\&<])|(?<=www)(?=\.[^ \t]*[\\&<])/gi;
/** Text that {@link markdownText} changes: a special character or line break anywhere, a list start, or a space or tab at either end. */
const markdownAttention = /[\\`*_{}[\]()<>#+!|~&\r\n]|^(?:-|[0-9]+\.)|^[ \t]|[ \t]$/;
/** A line feed in plain text; carriage returns never reach the model, but are treated alike. */
const markdownBreak = /\r\n|[\n\r]/g;

/**
 * Text inside a paragraph, heading or table cell of a generated Markdown file,
 * on one line: Markdown and HTML syntax is backslash-escaped (`|` too, for
 * tables), a line feed becomes `<br>`, a leading `-`, `+` or `1.` cannot start
 * a list, spaces and tabs at either end are written as references so that
 * Markdown keeps them, and a URL (`https:`, `www.`) whose word then holds an
 * escape becomes `https\:`, `www\.` (see {@link autolinkWord}); one with
 * none stays an autolink. Parsed as GFM, the result gives back `text`, with
 * each `<br>` as a line feed. (A reader that links URLs found in the text
 * after parsing, as remark-gfm does, may still make the escaped ones links,
 * showing them exactly as `text` has them.)
 */
export function markdownText(text: string): string {
  if (!markdownAttention.test(text)) return text;
  return text
    .replace(markdownSpecial, (char) => `\\${char}`)
    .replace(/^(?:-|[0-9]+(?=\.))/, (start) => (start === '-' ? '\\-' : `${start}\\`))
    .replace(/^[ \t]+|[ \t]+$/g, (space) => space.replace(/[ \t]/g, (char) => `&#${char.charCodeAt(0)};`))
    .replace(markdownBreak, '<br>')
    .replace(autolinkWord, '\\');
}

const plainKey = /^[A-Za-z_$][A-Za-z0-9_$]*$|^(?:0|[1-9][0-9]{0,14})$/;

/**
 * A property key of an object literal or interface: as written when it is an
 * identifier or a non-negative integer (`code`, `200`, `BLOB_UNKNOWN`),
 * otherwise a string literal (`"备注"`, `"-1"`, `"AuthFailure.SignatureExpire"`).
 * `__proto__` sets the prototype in a literal, quoted or not: the naming rules
 * never form it, so reaching here it is a bug.
 */
export function propertyKey(key: string): string {
  if (key === '__proto__') throw new Error('md-codegen bug: `__proto__` reached a property key');
  return plainKey.test(key) ? key : stringLiteral(key);
}

/** A code as a TypeScript literal: an integer as written (`-32700`), a token as a string literal (`"INVALID_ARGUMENT"`). */
export function codeLiteral(code: number | string): string {
  return typeof code === 'number' ? String(code) : stringLiteral(code);
}

/**
 * Inline code in a generated Markdown file, on one line, shown as written: a
 * code span whose fence has one backtick more than the longest run of
 * backticks in `text`, with a space inside each end where CommonMark would
 * otherwise take a backtick for the fence or strip a space of the text. Line
 * terminators become spaces; text of spaces only is written as text.
 */
export function markdownCode(text: string): string {
  const line = text.replace(lineTerminators, ' ');
  if (line.trim() === '') return markdownText(line);
  const fence = '`'.repeat(Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = /^`|`$|^ .* $/.test(line) ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}
