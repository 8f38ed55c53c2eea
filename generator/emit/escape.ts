// The only ways untrusted text (any seed cell) reaches generated files: one
// helper per output context. Nothing else may interpolate seed text.

const bidi = '\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069';
const unreadable = new RegExp(`[\u007f-\u009f\u2028\u2029\ufeff${bidi}]`, 'g');

/**
 * A TypeScript string literal: `JSON.stringify`, then DEL, C1 controls,
 * U+2028, U+2029, U+FEFF and the bidirectional controls as `\u` escapes, so
 * that the file reads plainly and reviews honestly.
 */
export function stringLiteral(text: string): string {
  return JSON.stringify(text).replace(unreadable, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const lineTerminators = /\r\n|[\n\r\u2028\u2029\u0085]/g;
const tsdocSpecial = /[\\{}<>`]/g;

/**
 * Text inside a TSDoc comment, on one line: line terminators become spaces,
 * `*\/` cannot close the comment, `@` becomes `&#64;` (so that no tag, not even
 * the substring `@internal` that `stripInternal` looks for, can appear), and
 * `\ { } < >` and backticks are backslash-escaped as TSDoc wants.
 */
export function tsdocText(text: string): string {
  return text
    .replace(lineTerminators, ' ')
    .replace(tsdocSpecial, (char) => `\\${char}`)
    .replace(/@/g, '&#64;')
    .replace(/\*\//g, '*\\/');
}

/**
 * Inline code inside a TSDoc comment: a code span when its text is safe in
 * one, escaped text otherwise.
 */
export function tsdocCode(text: string): string {
  return /^[^`@\n\r\u2028\u2029\u0085]+$/.test(text) && !text.includes('*/') && !/^ | $/.test(text) ? `\`${text}\`` : tsdocText(text);
}

const identifierPattern = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * An identifier for generated code. The naming rule only forms
 * `[A-Za-z][A-Za-z0-9]*`; anything else is a bug in the generator.
 */
export function identifier(name: string): string {
  if (!identifierPattern.test(name)) throw new Error(`md-codegen bug: \`${name}\` is not a safe identifier`);
  return name;
}

const markdownSpecial = /[\\`*_{}[\]()<>#+!|~&]/g;

/**
 * Text inside a Markdown table cell of the generated README: Markdown and
 * HTML syntax is backslash-escaped and line terminators become `<br>`.
 */
export function markdownText(text: string): string {
  return text.replace(markdownSpecial, (char) => `\\${char}`).replace(lineTerminators, '<br>');
}
