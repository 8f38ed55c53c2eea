import type { Code, TableKind } from '../model.js';
import { isKnownName, lookupCode } from '../registry/index.js';
import { saysHttp, saysStatus } from './headers.js';

/** What {@link readKind} weighs. */
export interface KindInput {
  readonly codes: readonly Code[];
  /** The phrase of each row (`''` when it has none). */
  readonly phrases: readonly string[];
  /** The document title, the nearest heading and the table's headers: text that may say HTTP or status. */
  readonly context: readonly (string | undefined)[];
  /** A `kind` directive or config override. */
  readonly given: TableKind | undefined;
  /** Where `given` comes from: the comment before the table, or the config's `tables` (default `directive`). */
  readonly givenBy?: 'directive' | 'config';
}

/**
 * Whether a table holds HTTP statuses, and why: its codes are integers of three
 * digits, most of them in 100–599, and there is evidence: most phrases are
 * names the HTTP status registry gives their codes, or the title, heading or
 * a header says HTTP, or says status while some phrase matches the registry
 * (or, with no phrases at all, every code in 100–599 is registered). A `kind`
 * directive decides on its own. Business codes of three digits
 * (`101 Customer Request`, 600–606) are generic.
 */
export function readKind({ codes, phrases, context, given, givenBy = 'directive' }: KindInput): { kind: TableKind; reason: string } {
  if (given) return { kind: given, reason: givenBy === 'config' ? `the config's \`tables\` say \`"kind": "${given}"\`` : `a \`kind="${given}"\` directive says so` };
  if (codes.some((code) => typeof code === 'string')) return { kind: 'generic', reason: 'its codes are tokens' };
  const numbers = codes as readonly number[];
  if (numbers.length === 0) return { kind: 'generic', reason: 'it has no codes' };
  if (!numbers.every((code) => code >= 100 && code <= 999)) return { kind: 'generic', reason: 'not every code has three digits' };
  const inRange = numbers.filter((code) => code <= 599).length;
  if (inRange * 2 < numbers.length) return { kind: 'generic', reason: `fewer than half its codes are in 100–599 (${inRange} of ${numbers.length})` };
  const phrased = phrases.filter((phrase) => phrase !== '').length;
  const matching = numbers.filter((code, index) => phrases[index] !== '' && isKnownName(code, phrases[index]!)).length;
  const matches = `${matching} of ${phrased} phrases match the registry`;
  const text = context.filter((each) => each !== undefined).join('\n');
  if (phrased > 0 && matching * 2 >= phrased) return { kind: 'http', reason: matches };
  if (saysHttp(text)) return { kind: 'http', reason: `a title, heading or header says HTTP; ${matches}` };
  if (saysStatus(text) && matching > 0) return { kind: 'http', reason: `a title, heading or header says status; ${matches}` };
  if (saysStatus(text) && phrased === 0 && numbers.every((code) => code > 599 || lookupCode(code)?.registered !== undefined)) {
    return { kind: 'http', reason: 'a title, heading or header says status, and every code in 100–599 is registered' };
  }
  return { kind: 'generic', reason: `three-digit codes, but ${phrased === 0 ? 'no phrases' : matches} and nothing says HTTP` };
}
