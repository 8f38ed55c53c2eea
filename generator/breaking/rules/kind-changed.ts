import { exportNames } from '../../names/exports.js';
import { acceptIt, atRef } from '../say.js';
import type { BreakingRule } from '../types.js';

const kinds = { http: 'an HTTP status table', generic: 'a generic code table' } as const;

/** `kind-changed` (error): a table read as `http` at the ref is `generic` now, or the other way round. */
export const kindChanged: BreakingRule = {
  ruleId: 'kind-changed',
  level: 'error',
  bump: 'major',
  summary: 'a table read as `http` at the ref and `generic` now, or the other way round: its status class helpers vanish or appear',
  subject: 'the export name of the table',
  *check(comparison) {
    for (const pair of comparison.pairs) {
      const [was, now] = [pair.old.reading.kind, pair.new.reading.kind];
      if (was === now) continue;
      const n = exportNames(pair.new.exportName);
      const helpers = `\`${n.class}\`, \`${n.getClass}\` and the other status class helpers`;
      const effect = was === 'http' ? `${helpers} are gone` : `${helpers} appear, and the registry's rules apply`;
      yield {
        subject: pair.new.exportName,
        reason: `\`${pair.new.exportName}\` was read as ${kinds[was]} at ${atRef(comparison, pair.old)}, now as ${kinds[now]} (${pair.new.reading.kindReason}): ${effect}; keep the kind with \`<!-- md-codegen kind="${was}" -->\` on the line before the table, or ${acceptIt('kind-changed', pair.new.exportName)}`,
        path: pair.new.document.path,
        place: pair.new.span.start,
      };
    }
  },
};
