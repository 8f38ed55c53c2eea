const apostrophes = /['\u2019]/g;
const separators = /[^A-Za-z0-9]+/;

/**
 * The enum member name of a phrase: split on every character that is not an
 * ASCII letter or digit (an apostrophe joins), capitalise each word and
 * lower-case the rest. `I'm a teapot` → `ImATeapot`, `OK` → `Ok`. Returns
 * `undefined` when no valid identifier can be formed (no ASCII letter, or a
 * leading digit).
 */
export function memberName(phrase: string): string | undefined {
  const name = phrase
    .replace(apostrophes, '')
    .split(separators)
    .filter((word) => word !== '')
    .map((word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase())
    .join('');
  return /^[A-Za-z]/.test(name) ? name : undefined;
}

/** The fallback name of a row whose phrase gives none: `Code200`. */
export function fallbackName(codeText: string): string {
  return `Code${codeText}`;
}
