import type { Severity } from '../diagnostics.js';
import { rules, ruleOf } from '../rules.js';
import { closest } from '../config/suggest.js';

/**
 * A rule's setting, the remark-lint way: `"off"`, `"info"`, `"warn"` or
 * `"warning"`, `"error"`, remark-lint's numbers `0` (off), `1` (warning) and
 * `2` (error), or `"on"` / `true` (its own severity) and `false` (off).
 */
export type RuleSetting = 'off' | 'on' | 'info' | 'warn' | 'warning' | 'error' | 0 | 1 | 2 | boolean;

/** The plugin's options: `["md-codegen/remark", {"rules": {"registry-phrase": "off"}}]`. */
export interface Options {
  readonly rules?: Readonly<Record<string, RuleSetting>> | null | undefined;
}

/** The options, checked: each rule's severity (`off` leaves its messages out), and what was wrong with them. */
export interface Settings {
  readonly severities: ReadonlyMap<string, Severity | 'off' | 'on'>;
  readonly problems: readonly string[];
}

const settings: ReadonlyMap<unknown, Severity | 'off' | 'on'> = new Map<unknown, Severity | 'off' | 'on'>([
  ['off', 'off'], [0, 'off'], [false, 'off'],
  ['on', 'on'], [true, 'on'],
  ['info', 'info'],
  ['warn', 'warning'], ['warning', 'warning'], [1, 'warning'],
  ['error', 'error'], [2, 'error'],
]);

const shown = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value));

/**
 * Check the options. A bad entry is left out and named in `problems`: an
 * unknown key or rule id (with the closest one), a setting that is not one of
 * the above, or an error rule set lower than error (`generate` stops on it, so
 * the editor shows it as one).
 */
export function parseOptions(options: unknown): Settings {
  const severities = new Map<string, Severity | 'off' | 'on'>();
  const problems: string[] = [];
  if (options === undefined || options === null) return { severities, problems };
  if (typeof options !== 'object' || Array.isArray(options)) return { severities, problems: [`expected the options to be an object such as {"rules": {"registry-phrase": "off"}}, found ${shown(options)}`] };
  for (const key of Object.keys(options)) {
    if (key !== 'rules') problems.push(`found the option "${key}"; expected "rules"`);
  }
  const given = (options as { rules?: unknown }).rules;
  if (given === undefined || given === null) return { severities, problems };
  if (typeof given !== 'object' || Array.isArray(given)) return { severities, problems: [...problems, `expected "rules" to be an object of rule ids and severities, found ${shown(given)}`] };
  for (const [id, value] of Object.entries(given)) {
    const rule = ruleOf(id);
    const setting = settings.get(Array.isArray(value) ? value[0] : value);
    if (!rule) {
      const near = closest(id, rules.map((each) => each.id));
      problems.push(`found the rule "${id}", which md-codegen does not have${near ? `; did you mean "${near}"?` : ''}`);
    } else if (setting === undefined) {
      problems.push(`found ${shown(value)} for "${id}"; expected "off", "info", "warn", "warning", "error", "on", 0, 1 or 2`);
    } else if (!rule.severity.some((severity) => severity !== 'error') && setting !== 'error' && setting !== 'on') {
      problems.push(`found ${shown(value)} for "${id}", which is an error: md-codegen generate stops on it, so it stays an error; remove the setting and fix what it finds`);
    } else severities.set(id, setting);
  }
  return { severities, problems };
}
