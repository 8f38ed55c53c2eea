import { acceptIt, atRef, label, placeOfRemoved } from '../say.js';
import type { BreakingRule } from '../types.js';

/** `code-removed` (error): a code at the ref is not in its table now. */
export const codeRemoved: BreakingRule = {
  ruleId: 'code-removed',
  level: 'error',
  bump: 'major',
  summary: 'a code at the ref that is not in its table now: its member, its map entry and its place in the code union are gone',
  subject: 'the code (`413`)',
  *check(comparison) {
    for (const pair of comparison.pairs) {
      // A name that moved to another code is `value-changed`, which names the code it left.
      const moved = new Set(pair.moved.map((entry) => entry.old.row.code));
      for (const entry of pair.removedRows) {
        if (moved.has(entry.row.code)) continue;
        yield {
          subject: entry.row.codeText,
          reason: `${label(entry)} was \`${pair.old.exportName}.${entry.name}\` at ${atRef(comparison, pair.old, entry.row.span.start.line)}, now the code is gone: code that uses the member, or the code, breaks; restore the row, or ${acceptIt('code-removed', entry.row.codeText)}`,
          path: pair.new.document.path,
          place: placeOfRemoved(pair, entry),
        };
      }
    }
  },
};
