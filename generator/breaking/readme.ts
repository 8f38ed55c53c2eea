import { ruleAnchor } from '../rules.js';
import { breakingRules, versionBump } from './rules/index.js';

/**
 * The README's table of breaking-change rules, from the rules themselves
 * (`npm run schema` writes it between its markers; a test holds it equal):
 * each id, its default level, the version bump a change of its kind needs,
 * what it finds, and what an accept comment names.
 */
export function breakingRulesTable(): string {
  const anchor = (id: string) => `<a name="${ruleAnchor(id)}"></a>`;
  const rows = breakingRules.map((rule) => `| ${anchor(rule.ruleId)}\`${rule.ruleId}\` | ${rule.level} | ${rule.bump} | ${rule.summary} | ${rule.subject} |`);
  rows.push(`| ${anchor(versionBump.ruleId)}\`${versionBump.ruleId}\` | ${versionBump.level} / info | | ${versionBump.summary} | |`);
  return ['| Rule id | Level | Bump | What it finds | An accept comment names |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
