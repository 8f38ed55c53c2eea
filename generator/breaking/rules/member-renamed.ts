import { acceptIt, atRef, rowPlace } from '../say.js';
import type { BreakingRule } from '../types.js';

/**
 * `member-renamed` (error): a code has another member name now (a phrase or
 * name edited). A warning when `breaking.keepRenamedAliases` keeps the old
 * name as a deprecated alias: code that uses it still compiles.
 */
export const memberRenamed: BreakingRule = {
  ruleId: 'member-renamed',
  level: 'error',
  bump: 'major',
  summary: 'a code whose member name changed (its phrase or name edited); a warning, and a minor version, when `keepRenamedAliases` keeps the old name as a deprecated alias',
  subject: 'the code (`413`)',
  *check(comparison) {
    for (const pair of comparison.pairs) {
      for (const { old, new: now } of pair.rows) {
        if (old.name === now.name) continue;
        const kept = comparison.keepsAlias(pair.new.exportName, old.name);
        const code = now.row.codeText;
        const effect = kept
          ? `the package keeps \`${pair.new.exportName}.${old.name}\` as a deprecated alias of \`${now.name}\` (breaking.keepRenamedAliases)`
          : `code that uses \`${pair.old.exportName}.${old.name}\` breaks; keep the old name, set \`breaking.keepRenamedAliases\` to keep it as a deprecated alias, or ${acceptIt('member-renamed', code)}`;
        yield {
          subject: code,
          reason: `${code} was \`${old.name}\` at ${atRef(comparison, pair.old, old.row.span.start.line)}, now \`${now.name}\`: ${effect}`,
          path: pair.new.document.path,
          place: rowPlace(now.row),
          ...(kept ? { severity: 'warning' as const, bump: 'minor' as const } : {}),
        };
      }
    }
  },
};
