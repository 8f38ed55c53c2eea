import { exportNames } from '../../names/exports.js';
import { compareFields } from '../fields.js';
import { acceptIt, atRef, quote } from '../say.js';
import type { BreakingRule } from '../types.js';

/** `field-removed` (error): a property of a table's entries at the ref (a field column, the phrase, the description) is gone or renamed. */
export const fieldRemoved: BreakingRule = {
  ruleId: 'field-removed',
  level: 'error',
  bump: 'major',
  summary: "a property of a table's entries at the ref (a field column, the phrase or the description) that is gone or has another name now",
  subject: 'the field key (`note`)',
  *check(comparison) {
    for (const pair of comparison.pairs) {
      for (const { field, renamedTo } of compareFields(pair.old, pair.new).removed) {
        const change = renamedTo ? `now the column ${quote(renamedTo.header.text)} gives \`${renamedTo.key}\`` : 'now it is gone';
        yield {
          subject: field.key,
          reason: `\`${field.key}\` (column ${quote(field.header.text)}) was a property of \`${exportNames(pair.new.exportName).info}\` at ${atRef(comparison, pair.old, field.header.span.start.line)}, ${change}: code that reads \`.${field.key}\` of an entry breaks; restore the column${renamedTo ? ' or its header' : ''}, or ${acceptIt('field-removed', field.key)}`,
          path: pair.new.document.path,
          place: renamedTo ? renamedTo.header.span : pair.new.span.start,
        };
      }
    }
  },
};
