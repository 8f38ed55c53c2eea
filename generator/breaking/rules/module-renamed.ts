import { acceptIt, atRef } from '../say.js';
import type { BreakingRule } from '../types.js';

/** `module-renamed` (error): a table's document has another module path (renamed or moved): its subpath import changed. */
export const moduleRenamed: BreakingRule = {
  ruleId: 'module-renamed',
  level: 'error',
  bump: 'major',
  summary: "a table whose document's module path changed (the document renamed or moved): imports from the old subpath break",
  subject: 'the export name of the table',
  *check(comparison) {
    for (const pair of comparison.pairs) {
      const [was, now] = [pair.old.document.module, pair.new.document.module];
      if (was === now) continue;
      const subpath = (module: string) => `\`${comparison.packageName}/${module}\``;
      yield {
        subject: pair.new.exportName,
        reason: `\`${pair.new.exportName}\` was exported from the subpath ${subpath(was)} (${atRef(comparison, pair.old)}), now from ${subpath(now)}: imports from the old subpath break (the package root still exports it); keep the subpath with \`<!-- md-codegen module="${was}" -->\` in the document, or ${acceptIt('module-renamed', pair.new.exportName)}`,
        path: pair.new.document.path,
        place: pair.new.span.start,
      };
    }
  },
};
