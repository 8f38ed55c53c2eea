/**
 * The enum member name of a phrase: split on every character that is not an
 * ASCII letter or digit (an apostrophe joins), capitalise each word and
 * lower-case the rest. `I'm a teapot` → `ImATeapot`, `OK` → `Ok`. Returns
 * `undefined` when no valid identifier can be formed (no ASCII letter, or a
 * leading digit). One pass over the phrase: it runs for every row.
 */
export function memberName(phrase: string): string | undefined {
  let name = '';
  let wordStart = true;
  for (let index = 0; index < phrase.length; index++) {
    const code = phrase.charCodeAt(index);
    // ' and ’ join the letters around them.
    if (code === 0x27 || code === 0x2019) continue;
    const upper = code >= 0x41 && code <= 0x5a;
    const lower = code >= 0x61 && code <= 0x7a;
    if (!upper && !lower && !(code >= 0x30 && code <= 0x39)) {
      wordStart = true;
      continue;
    }
    name += String.fromCharCode(wordStart && lower ? code - 0x20 : !wordStart && upper ? code + 0x20 : code);
    wordStart = false;
  }
  const first = name.charCodeAt(0);
  return (first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a) ? name : undefined;
}

/** The fallback name of a row whose phrase gives none: `Code200`. */
export function fallbackName(codeText: string): string {
  return `Code${codeText}`;
}
