import { acceptIt, atRef, rowPlace } from '../say.js';
import type { BreakingRule } from '../types.js';

/** `value-changed` (error): a member name at the ref names another code now. */
export const valueChanged: BreakingRule = {
  ruleId: 'value-changed',
  level: 'error',
  bump: 'major',
  summary: 'a member name that stands for another code now (a code renumbered, or a name moved to another row): code that uses it gets another value',
  subject: 'the member name (`PayloadTooLarge`)',
  *check(comparison) {
    for (const pair of comparison.pairs) {
      for (const { old, new: now } of pair.moved) {
        const left = pair.new.rows.some((row) => row.code === old.row.code) ? '' : ` (${old.row.codeText} is no code any more)`;
        yield {
          subject: now.name,
          reason: `\`${now.name}\` was ${old.row.codeText} at ${atRef(comparison, pair.old, old.row.span.start.line)}, now ${now.row.codeText}${left}: code that uses \`${pair.new.exportName}.${now.name}\` gets another value; give the row another name, or ${acceptIt('value-changed', now.name)}`,
          path: pair.new.document.path,
          place: rowPlace(now.row),
        };
      }
    }
  },
};
