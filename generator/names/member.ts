// Character classes of the naming rule: anything else separates words.
const none = 0;
const lower = 1;
const upper = 2;
const digit = 3;

function classOf(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return lower;
  if (code >= 0x41 && code <= 0x5a) return upper;
  if (code >= 0x30 && code <= 0x39) return digit;
  return none;
}

/** ' and ’ join the letters around them (`I'm` is one word). */
function joins(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/**
 * The enum member name of a phrase: split into words on every character that
 * is not an ASCII letter or digit (an apostrophe joins) and where the case
 * changes inside a word (`BadRequest` → `Bad` `Request`, `HTTPVersion` →
 * `HTTP` `Version`), capitalise each word and lower-case the rest.
 * `I'm a teapot` → `ImATeapot`, `OK` → `Ok`, `INVALID_ARGUMENT` →
 * `InvalidArgument`, `AuthFailure.SignatureExpire` → `AuthFailureSignatureExpire`.
 * Returns `undefined` when no valid identifier can be formed (no ASCII
 * letter, or a leading digit). One pass over the phrase: it runs for every row.
 */
export function memberName(phrase: string): string | undefined {
  let name = '';
  let wordStart = true;
  let previous = none;
  for (let index = 0; index < phrase.length; index++) {
    const code = phrase.charCodeAt(index);
    if (joins(code)) continue;
    const kind = classOf(code);
    if (kind === none) {
      wordStart = true;
      previous = none;
      continue;
    }
    if (!wordStart && kind === upper && (previous === lower || previous === digit || (previous === upper && nextIsLower(phrase, index + 1)))) wordStart = true;
    name += String.fromCharCode(wordStart && kind === lower ? code - 0x20 : !wordStart && kind === upper ? code + 0x20 : code);
    wordStart = false;
    previous = kind;
  }
  const first = name.charCodeAt(0);
  return (first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a) ? name : undefined;
}

function nextIsLower(phrase: string, from: number): boolean {
  let index = from;
  while (index < phrase.length && joins(phrase.charCodeAt(index))) index++;
  return classOf(phrase.charCodeAt(index)) === lower;
}

const writtenIdentifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * The member name of a phrase as written (`memberCase: "as-written"`):
 * the phrase itself when it is an identifier (`INVALID_ARGUMENT`), else its
 * runs of other characters written `_` (`Not Found` → `Not_Found`,
 * `AuthFailure.SignatureExpire` → `AuthFailure_SignatureExpire`). Returns
 * `undefined` when that is no identifier (no ASCII letter first, or
 * `__proto__`, which would set an object's prototype).
 */
export function writtenName(phrase: string): string | undefined {
  const name = phrase.replace(/['\u2019]/g, '').replace(/^[^A-Za-z0-9_$]+|[^A-Za-z0-9_$]+$/g, '').replace(/[^A-Za-z0-9_$]+/g, '_');
  return writtenIdentifier.test(name) && /[A-Za-z]/.test(name) && name !== '__proto__' ? name : undefined;
}

/** The part of a name a code gives: `200`, `Minus1` for `-1`, `E1001` for a token. */
export function codeSuffix(codeText: string): string {
  if (codeText.startsWith('-')) return `Minus${codeText.slice(1)}`;
  return /^[0-9]/.test(codeText) ? codeText : (memberName(codeText) ?? '');
}

/** The fallback name of a row whose phrase gives none: `Code200`, `CodeMinus1`. */
export function fallbackName(codeText: string): string {
  return `Code${codeSuffix(codeText)}`;
}

/** The words of `text` as the naming rule splits them, for names that are not member names: `HTTP Status` → `HTTP`, `Status`. */
export function nameWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let previous = none;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (joins(code)) continue;
    const kind = classOf(code);
    const boundary = kind === none || (word !== '' && kind === upper && (previous === lower || previous === digit || (previous === upper && nextIsLower(text, index + 1))));
    if (boundary && word !== '') {
      words.push(word);
      word = '';
    }
    if (kind !== none) word += text[index];
    previous = kind;
  }
  if (word !== '') words.push(word);
  return words;
}

/** `HttpStatus` from `http-status`, `Gateway Close Event Codes` or `Error_Codes`; `undefined` when no name starting with a letter can be formed. */
export function pascalName(text: string): string | undefined {
  const words = nameWords(text);
  while (words.length > 0 && /^[0-9]/.test(words[0]!)) words.shift();
  if (words.length === 0) return undefined;
  return words.map((word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase()).join('');
}

/** `http-status` from the same words: the module path of a name. */
export function kebabName(text: string): string | undefined {
  const words = nameWords(text);
  while (words.length > 0 && /^[0-9]/.test(words[0]!)) words.shift();
  return words.length === 0 ? undefined : words.map((word) => word.toLowerCase()).join('-');
}
