import parse from 'semver/functions/parse.js';
import type { Severity } from '../../diagnostics.js';
import type { Bump } from '../types.js';

/** The versions to compare: the one set now and the one at the ref, each when known, and where the ref's comes from. */
export interface Versions {
  /** `package.version` of the config, when it sets one. */
  readonly here: string | undefined;
  /** The version of the generated package at the ref, when it is there. */
  readonly there: string | undefined;
  /** Where the ref's version is read: `generated/package.json`. */
  readonly source: string;
}

const order: readonly Bump[] = ['patch', 'minor', 'major'];

/** The larger of two bumps. */
export function largerBump(a: Bump | undefined, b: Bump | undefined): Bump | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}

/**
 * The version that makes `bump` from `version`, as npm's caret ranges read
 * versions: below 1.0.0 a breaking change takes the next minor (`^0.2.3`
 * accepts no 0.3.0) and a feature the next patch.
 */
export function nextVersion(version: string, bump: Bump): string {
  const v = parse(version)!;
  const step = v.major > 0 ? bump : bump === 'major' ? 'minor' : 'patch';
  if (step === 'major') return `${v.major + 1}.0.0`;
  if (step === 'minor') return `${v.major}.${v.minor + 1}.0`;
  return `${v.major}.${v.minor}.${v.patch + (v.prerelease.length > 0 ? 0 : 1)}`;
}

/** Whether `version` is at least `wanted` (a pre-release of it counts: `2.0.0-beta.1` makes `2.0.0`). */
function reaches(version: string, wanted: string): boolean {
  const [a, b] = [parse(version)!, parse(wanted)!];
  return a.major !== b.major ? a.major > b.major : a.minor !== b.minor ? a.minor > b.minor : a.patch >= b.patch;
}

/**
 * `version-bump` (warning): the report's last message, the semantic-version
 * bump the change needs (major for a breaking change, minor for new codes,
 * fields or tables, patch for text), and whether `package.version` makes it
 * from the version of the generated package at the ref. Info when it does
 * or cannot be told; its level when it does not.
 */
export const versionBump = {
  ruleId: 'version-bump',
  level: 'warning' as Severity,
  summary: "the semantic-version bump the change needs (major for any breaking change, minor for new codes, fields or tables, patch for text); a warning when the config's `package.version` does not make it from the version at the ref, info otherwise",
  check(bump: Bump | undefined, counts: string, ref: string, versions: Versions): { readonly reason: string; readonly made: boolean } {
    if (bump === undefined) return { reason: `Nothing the package exports changed since ${ref}: it needs no new version`, made: true };
    const needs = `The change since ${ref} needs a ${bump} version (${counts})`;
    if (versions.here === undefined) return { reason: `${needs}; set \`package.version\` in the config to have md-codegen check it`, made: true };
    if (versions.there === undefined) return { reason: `${needs}; \`package.version\` is ${versions.here}, and the version at ${ref} is unknown (no \`${versions.source}\` there)`, made: true };
    const wanted = nextVersion(versions.there, bump);
    if (reaches(versions.here, wanted)) return { reason: `${needs}: \`package.version\` ${versions.here} makes it from ${versions.there} at ${ref}`, made: true };
    return { reason: `${needs}, but \`package.version\` is ${versions.here} and was ${versions.there} at ${ref} (\`${versions.source}\`); expected ${wanted} or later: set \`package.version\` to ${wanted}`, made: false };
  },
};
