import { acceptIt, atRef } from '../say.js';
import type { BreakingRule } from '../types.js';

/** `table-renamed` (error): a table in the place of one at the ref (most of its codes) has another export name. */
export const tableRenamed: BreakingRule = {
  ruleId: 'table-renamed',
  level: 'error',
  bump: 'major',
  summary: 'a table whose export name changed (matched with the table at the ref by most of its codes): every export is renamed',
  subject: 'its export name at the ref',
  *check(comparison) {
    for (const pair of comparison.pairs) {
      if (!pair.renamed) continue;
      const [was, now] = [pair.old.exportName, pair.new.exportName];
      yield {
        subject: was,
        reason: `The table at ${atRef(comparison, pair.old)} was \`${was}\`, now \`${now}\` (the same table: ${pair.rows.length} of its ${pair.old.rows.length} codes): every import of \`${was}\` and of the names formed from it breaks; keep the name with \`<!-- md-codegen name="${was}" -->\` on the line before the table, or ${acceptIt('table-renamed', was)}`,
        path: pair.new.document.path,
        place: pair.new.span.start,
      };
    }
  },
};
