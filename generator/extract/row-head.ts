/** A first cell read as `CODE PHRASE`, or why it cannot be. */
export type HeadResult =
  | { readonly ok: true; readonly code: number; readonly codeText: string; readonly phrase: string }
  | { readonly ok: false; readonly found: string };

const maxDigits = 9;

/**
 * Read a first cell as `CODE PHRASE`: ASCII digits, one space, a phrase. The
 * phrase may be empty (`200`); the code may not have a sign, a leading zero, an
 * exponent, other digits or more than nine digits.
 */
export function parseHead(text: string): HeadResult {
  const space = text.search(/\s/);
  const codeText = space === -1 ? text : text.slice(0, space);
  const rest = space === -1 ? '' : text.slice(space);
  const problem = codeProblem(codeText);
  if (problem) return { ok: false, found: problem };
  if (rest !== '' && !/^ \S/.test(rest)) {
    return { ok: false, found: `\`${codeText}\` followed by ${describeSpace(rest)} instead of one space` };
  }
  return { ok: true, code: Number(codeText), codeText, phrase: rest.slice(1) };
}

function codeProblem(code: string): string | undefined {
  if (code === '') return 'an empty first cell';
  if (/^[0-9]+$/.test(code)) {
    if (code.length > 1 && code.startsWith('0')) return `the code \`${code}\` with a leading zero`;
    if (code.length > maxDigits) return `the code \`${code}\` with ${code.length} digits (at most ${maxDigits})`;
    return undefined;
  }
  if (/^[+-][0-9]+$/.test(code)) return `the code \`${code}\` with a sign`;
  if (/^[0-9.]+[eE][+-]?[0-9]+$/.test(code)) return `the code \`${code}\` with an exponent`;
  if (/^\p{Nd}+$/u.test(code)) return `the code \`${code}\` in non-ASCII digits`;
  return `\`${code}\` where a code was expected`;
}

function describeSpace(rest: string): string {
  const run = /^\s*/.exec(rest)![0];
  if (run === rest) return 'trailing white space';
  return run === '\t' ? 'a tab' : `${run.length} white-space characters`;
}
