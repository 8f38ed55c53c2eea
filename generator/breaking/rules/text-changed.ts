import type { Span } from '../../model.js';
import { atRef, quote } from '../say.js';
import type { BreakingRule } from '../types.js';

/** `text-changed` (info): a phrase (under the same member name), a description or a field text that changed. */
export const textChanged: BreakingRule = {
  ruleId: 'text-changed',
  level: 'info',
  bump: 'patch',
  summary: 'a description, a field or a phrase (under the same member name) whose text changed: a fix, for a patch version',
  subject: 'the code (`200`)',
  *check(comparison) {
    for (const pair of comparison.pairs) {
      const oldKeys = pair.old.fields.map((field) => field.key);
      const described = pair.old.descriptionColumn !== undefined && pair.new.descriptionColumn !== undefined;
      for (const { old, new: now } of pair.rows) {
        const changed: { readonly what: string; readonly was: string; readonly now: string; readonly span: Span }[] = [];
        const compare = (what: string, was: string, text: string, span: Span) => {
          if (was !== text) changed.push({ what, was, now: text, span });
        };
        if (old.name === now.name) compare('phrase', old.row.phrase, now.row.phrase, now.row.head.span);
        if (described) compare('description', old.row.description.text, now.row.description.text, now.row.description.span);
        pair.new.fields.forEach((field, index) => {
          const at = oldKeys.indexOf(field.key);
          if (at >= 0) compare(`\`${field.key}\``, old.row.fields[at]!.text, now.row.fields[index]!.text, now.row.cells[field.column]!.span);
        });
        if (changed.length === 0) continue;
        const list = changed.map((change) => `its ${change.what} was ${quote(change.was)}, now ${quote(change.now)}`).join('; ');
        yield {
          subject: now.row.codeText,
          reason: `${now.row.codeText} changed since ${atRef(comparison, pair.old, old.row.span.start.line)}: ${list} (text consumers show: a fix, for a patch version)`,
          path: pair.new.document.path,
          place: changed[0]!.span,
        };
      }
    }
  },
};
