import { quote } from '../say.js';
import type { BreakingRule } from '../types.js';

/** `table-added` (info): a table that has no table at the ref. */
export const tableAdded: BreakingRule = {
  ruleId: 'table-added',
  level: 'info',
  bump: 'minor',
  summary: 'a table (or document) that matches none at the ref: new exports, a new feature',
  subject: 'its export name',
  *check(comparison) {
    for (const table of comparison.added) {
      const heading = table.heading === undefined ? '' : ` under ${quote(table.heading)}`;
      yield {
        subject: table.exportName,
        reason: `\`${table.exportName}\`${heading} is a new table of ${table.rows.length} codes, not at ${comparison.ref}: new exports, a new feature, for a minor version`,
        path: table.document.path,
        place: table.span.start,
      };
    }
  },
};
