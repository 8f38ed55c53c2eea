import { exportNames } from '../../names/exports.js';
import { compareFields } from '../fields.js';
import { quote } from '../say.js';
import type { BreakingRule } from '../types.js';

/** `field-added` (info): a property of a table's entries that was not there at the ref. */
export const fieldAdded: BreakingRule = {
  ruleId: 'field-added',
  level: 'info',
  bump: 'minor',
  summary: "a property of a table's entries that was not at the ref (a new column; a column renamed is `field-removed`): a new feature",
  subject: 'the field key',
  *check(comparison) {
    for (const pair of comparison.pairs) {
      for (const field of compareFields(pair.old, pair.new).added) {
        yield {
          subject: field.key,
          reason: `\`${field.key}\` (column ${quote(field.header.text)}) is a new property of \`${exportNames(pair.new.exportName).info}\`, not at ${comparison.ref}: a new feature, for a minor version`,
          path: pair.new.document.path,
          place: field.header.span,
        };
      }
    }
  },
};
