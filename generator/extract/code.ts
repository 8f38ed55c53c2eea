/** The most digits an integer code may have: every such code is a safe integer. */
export const maxCodeDigits = 15;

const integer = /^-?(?:0|[1-9][0-9]{0,14})$/;
const token = /^[A-Za-z][A-Za-z0-9_]*(?:[.:-][A-Za-z0-9_]+)*$/;
const maxTokenLength = 128;

/** An integer code (`200`, `-32700`, `0`): ASCII digits, an optional `-`, no leading zero, at most 15 digits. */
export function parseInteger(text: string): number | undefined {
  if (!integer.test(text) || text === '-0') return undefined;
  return Number(text);
}

/** Whether `text` is a code token: `INVALID_ARGUMENT`, `AuthFailure.SignatureExpire`, `E1001`, `invalid-request`. */
export function isToken(text: string): boolean {
  return text.length <= maxTokenLength && token.test(text);
}

/**
 * Whether a token looks like a code on its own, without a header saying so:
 * upper case (`INVALID_ARGUMENT`, `OK`), dotted words (`AuthFailure.SignatureExpire`)
 * or letters then digits (`E1001`). Lower-case words (`user_id`, `string`)
 * are codes only under a header that says so (`Error`, `Code`).
 */
export function isCodeShaped(text: string): boolean {
  return (text.length >= 2 && upperToken.test(text)) || dottedToken.test(text) || numberedToken.test(text);
}

const upperToken = /^[A-Z][A-Z0-9_]*(?:[.:-][A-Z0-9_]+)*$/;
const dottedToken = /^[A-Z][A-Za-z0-9_]*(?:\.[A-Z][A-Za-z0-9_]*)+$/;
const numberedToken = /^[A-Za-z]{1,8}[0-9]+$/;

/** A `CODE PHRASE` cell read: `200 OK`, `200 (OK)`, `-1 Unknown`, or `200` with no phrase. */
export interface CodePhrase {
  readonly code: number;
  readonly codeText: string;
  readonly phrase: string;
}

/**
 * Read a cell as `CODE PHRASE`: an integer code, then one space and a phrase
 * (in parentheses or not), or the code alone. Returns `undefined` when the
 * cell is not of that form; {@link codeProblem} says why.
 */
export function parseCodePhrase(text: string): CodePhrase | undefined {
  const space = text.indexOf(' ');
  const codeText = space === -1 ? text : text.slice(0, space);
  const code = parseInteger(codeText);
  if (code === undefined) return undefined;
  if (space === -1) return { code, codeText, phrase: '' };
  const rest = text.slice(space + 1);
  if (rest === '' || /^\s/.test(rest)) return undefined;
  const bracketed = /^\((.+)\)$/.exec(rest);
  return { code, codeText, phrase: bracketed && !/[()]/.test(bracketed[1]!) ? bracketed[1]! : rest };
}

/**
 * Why a cell of a code column is not a code: `the code \`+200\` with a sign`,
 * `\`5xx\` where a code was expected`.
 */
export function codeProblem(text: string, phrased: boolean): string {
  if (text === '') return 'an empty code cell';
  const space = text.search(/\s/);
  const code = space === -1 ? text : text.slice(0, space);
  const rest = space === -1 ? '' : text.slice(space);
  if (/^-?[0-9]+$/.test(code)) {
    const digits = code.replace('-', '');
    if (digits.length > 1 && digits.startsWith('0')) return `the code \`${code}\` with a leading zero`;
    if (digits.length > maxCodeDigits) return `the code \`${code}\` with ${digits.length} digits (at most ${maxCodeDigits})`;
    if (code === '-0') return 'the code `-0`';
    if (rest !== '') return phrased ? `\`${code}\` followed by ${describeSpace(rest)} instead of one space` : `\`${text}\` where a code alone was expected`;
  }
  if (/^\+[0-9]+$/.test(code)) return `the code \`${code}\` with a sign`;
  if (/^-?[0-9.]+[eE][+-]?[0-9]+$/.test(code)) return `the code \`${code}\` with an exponent`;
  if (/^-?\p{Nd}+$/u.test(code)) return `the code \`${code}\` in non-ASCII digits`;
  return `\`${text}\` where a code was expected`;
}

function describeSpace(rest: string): string {
  const run = /^\s*/.exec(rest)![0];
  if (run === rest) return 'trailing white space';
  return run === '\t' ? 'a tab' : `${run.length} white-space characters`;
}
