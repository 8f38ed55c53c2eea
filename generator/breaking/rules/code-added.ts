import { acceptIt, label, rowPlace } from '../say.js';
import type { BreakingRule } from '../types.js';

/** `code-added` (warning): a code that was not in its table at the ref. */
export const codeAdded: BreakingRule = {
  ruleId: 'code-added',
  level: 'warning',
  bump: 'minor',
  summary: 'a code that was not in its table at the ref: a `switch` that handles every code of the union must handle it too',
  subject: 'the code (`418`)',
  *check(comparison) {
    for (const pair of comparison.pairs) {
      // A name that moved here from another code is `value-changed`.
      const moved = new Set(pair.moved.map((entry) => entry.new.row.code));
      for (const entry of pair.addedRows) {
        if (moved.has(entry.row.code)) continue;
        yield {
          subject: entry.row.codeText,
          reason: `${label(entry)} is a new code of \`${pair.new.exportName}\` (\`${entry.name}\`), not at ${comparison.ref}: code that switches over every \`${pair.new.exportName}\` code must handle it; ${acceptIt('code-added', entry.row.codeText)}, or set \`breaking.rules["code-added"]\` to \`"info"\``,
          path: pair.new.document.path,
          place: rowPlace(entry.row),
        };
      }
    }
  },
};
