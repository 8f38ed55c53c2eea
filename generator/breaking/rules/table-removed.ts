import { exportNames } from '../../names/exports.js';
import { acceptIt, atRef } from '../say.js';
import type { BreakingRule } from '../types.js';

/** `table-removed` (error): a table at the ref has no table in its place now. */
export const tableRemoved: BreakingRule = {
  ruleId: 'table-removed',
  level: 'error',
  bump: 'major',
  summary: 'a table at the ref that no table now matches, by export name or by most of its codes: all its exports are gone',
  subject: 'its export name',
  *check(comparison) {
    for (const table of comparison.removed) {
      const n = exportNames(table.exportName);
      const gone = comparison.documents.has(table.document.path) ? 'is not in the document any more' : 'is gone with its document';
      yield {
        subject: table.exportName,
        reason: `\`${table.exportName}\` was a table of ${table.rows.length} codes at ${atRef(comparison, table)}, and ${gone}: \`${n.enum}\`, \`${n.map}\`, \`${n.get}\` and the rest of its exports break every consumer that imports them; restore it, or ${acceptIt('table-removed', table.exportName)}`,
        path: table.document.path,
        place: comparison.documents.has(table.document.path) ? { line: 1, column: 1 } : table.span.start,
      };
    }
  },
};
