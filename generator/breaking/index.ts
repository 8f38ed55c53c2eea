// The breaking-change stage: the documents at a git ref compared with the
// documents now (the working tree, or the index), through the rules of
// rules/, in the order `breakingRules` lists them.
import { resolve } from 'node:path';
import validVersion from 'semver/functions/valid.js';
import { VFile } from 'vfile';
import { report, severityOf } from '../diagnostics.js';
import { defaultEmitOptions } from '../emit/options.js';
import { seedList } from '../inputs.js';
import { type Limits, resolveLimits } from '../limits.js';
import type { NamedDocument } from '../model.js';
import { toShownPath } from '../paths.js';
import { readSeeds, type ReadSeeds, type ReadSeedsOptions } from '../read.js';
import { type Accept, findAccepts } from './accept.js';
import { type Aliases, aliasesAt, aliasRecordPath } from './aliases.js';
import { readGitSide } from './documents.js';
import { matchTables } from './match.js';
import { type AtRef, readAtRef } from './ref.js';
import { breakingRules, versionBump } from './rules/index.js';
import { largerBump, type Versions } from './rules/version-bump.js';
import type { BreakingRule, Bump, Change, Comparison, Level } from './types.js';

export { breakingRules, versionBump } from './rules/index.js';
export type { BreakingRule, Bump, Level } from './types.js';

/** What {@link breaking} compares, and how. */
export interface BreakingOptions {
  /** The git ref to compare with: a branch, tag or commit (`main`, `origin/main`, `v1.2.0`). */
  readonly against: string;
  /** Compare the index (what is staged) instead of the working tree. */
  readonly staged?: boolean;
  readonly cwd?: string;
  readonly seeds?: string | readonly string[];
  readonly ignore?: readonly string[];
  readonly tables?: ReadSeedsOptions['tables'];
  readonly memberCase?: ReadSeedsOptions['memberCase'];
  readonly limits?: Partial<Limits>;
  /** The output folder: the generated package's `package.json` at the ref has the version there. */
  readonly out?: string;
  readonly packageName?: string;
  /** `package.version` of the config, when it sets one. */
  readonly version?: string;
  /** The config file, as messages show it: the version message is on it when it sets the version. */
  readonly configFile?: string;
  /** The level of each rule by id; `off` reports nothing. */
  readonly rules?: Readonly<Partial<Record<string, Level>>>;
  /** Old member names are kept as deprecated aliases: a rename they cover is a warning. */
  readonly keepRenamedAliases?: boolean;
  /** The ref `generate` keeps the renamed names of (default `against`). */
  readonly aliasesAgainst?: string;
  /** Treat warnings as errors. */
  readonly strict?: boolean;
}

/** What {@link breaking} found. */
export type BreakingResult =
  | {
      /** No error (with `strict`, no warning) was reported. */
      readonly ok: boolean;
      /** One file per document with changes (or errors, when the documents now cannot be read), then the version message's. */
      readonly reports: readonly VFile[];
      /** The bump the change needs; `undefined` when nothing the package exports changed. */
      readonly bump: Bump | undefined;
      /** The line that ends the text report. */
      readonly summary: string;
    }
  | {
      /** Why nothing could be compared: no repository, no such ref, a document that cannot be read at the ref. */
      readonly problem: string;
    };

/**
 * Compare the documents of the seeds at `against` with the documents now,
 * every rule on every table matched, and say which semantic-version bump
 * the change needs. Bad input at the ref, or no ref, is a problem; bad input
 * now is reported on the documents, as `generate` reports it.
 */
export async function breaking(options: BreakingOptions): Promise<BreakingResult> {
  const cwd = options.cwd ?? process.cwd();
  const seeds = seedList(options.seeds);
  const readOptions: ReadSeedsOptions = { ignore: options.ignore, limits: resolveLimits(options.limits), tables: options.tables, memberCase: options.memberCase ?? 'pascal' };
  const out = toShownPath(cwd, resolve(cwd, options.out ?? 'generated'));
  const extra = [`${out}/package.json`, `${out}/${aliasRecordPath}`];
  const old = readAtRef(cwd, options.against, seeds, readOptions, extra);
  if ('problem' in old) return old;
  const now = await readNow(cwd, options, seeds, readOptions, old);
  if ('problem' in now) return now;
  const where = options.staged ? 'the index' : 'the working tree';
  if (now.reports.some((file) => file.messages.some((message) => message.fatal === true))) {
    return { ok: false, reports: now.reports, bump: undefined, summary: `Nothing was compared: fix the errors of ${where} above.` };
  }
  const kept = options.keepRenamedAliases ? renamedSince(cwd, options, seeds, readOptions, out, old, now.documents) : { aliases: {} };
  if ('problem' in kept) return kept;
  const { aliases } = kept;
  const comparison = compare(old.read.documents, now.documents, {
    ref: options.against,
    packageName: options.packageName ?? defaultEmitOptions.packageName,
    keepsAlias: (exportName, name) => aliases[exportName]?.some((alias) => alias.name === name) ?? false,
  });
  const files = new Map<string, VFile>();
  const fileOf = (path: string) => files.get(path) ?? files.set(path, new VFile({ path })).get(path)!;
  const accepts = new Map(now.reports.map((file) => [file.path, findAccepts(String(file.value ?? ''), fileOf(file.path), breakingRules)]));
  const { bump, counts } = reportChanges(comparison, options.rules ?? {}, accepts, fileOf);
  const versions: Versions = { here: options.version, there: versionAt(old.files.get(`${out}/package.json`)), source: `${out}/package.json` };
  const verdict = versionBump.check(bump, describeCounts(counts), options.against, versions);
  const versionFile = new VFile({ path: options.version !== undefined && options.configFile !== undefined ? options.configFile : `${out}/package.json` });
  const versionLevel = verdict.made ? 'info' : (options.rules?.[versionBump.ruleId] ?? versionBump.level);
  if (versionLevel !== 'off') report(versionFile, versionLevel, versionBump.ruleId, verdict.reason);
  const reports = [...[...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), versionFile];
  const failing = (fatal: boolean | null | undefined) => severityOf(fatal) === 'error' || (options.strict === true && severityOf(fatal) === 'warning');
  const ok = !reports.some((file) => file.messages.some((message) => failing(message.fatal)));
  const said = `${verdict.reason[0]!.toLowerCase()}${verdict.reason.slice(1)}`;
  return { ok, reports, bump, summary: `Compared ${where} with ${options.against} (${old.commit.slice(0, 12)}): ${said}.` };
}

type Counts = Record<Bump, number>;

/**
 * Report every change at its level (the config's, else the rule's for the
 * change, else the rule's default; `off` reports nothing), as info when a
 * comment accepts it; and add up the bumps of all of them, reported or not:
 * the version follows what changed, not how loudly it is said.
 */
function reportChanges(comparison: Comparison, levels: Readonly<Partial<Record<string, Level>>>, accepts: ReadonlyMap<string, readonly Accept[]>, fileOf: (path: string) => VFile): { bump: Bump | undefined; counts: Counts } {
  let bump: Bump | undefined;
  const counts: Counts = { major: 0, minor: 0, patch: 0 };
  for (const { rule, change } of changesOf(comparison)) {
    const changeBump = change.bump ?? rule.bump;
    bump = largerBump(bump, changeBump);
    counts[changeBump]++;
    const level = levels[rule.ruleId] ?? change.severity ?? rule.level;
    if (level === 'off') continue;
    const accepted = acceptedBy(accepts, comparison, change.path, rule.ruleId, change.subject);
    const reason = accepted ? `${change.reason} (accepted by the comment on line ${accepted.span.start.line})` : change.reason;
    report(fileOf(change.path), accepted ? 'info' : level, rule.ruleId, reason, change.place);
  }
  return { bump, counts };
}

/** `1 breaking change, 2 backward-compatible changes`. */
function describeCounts(counts: Counts): string {
  const kinds = [['major', 'breaking change'], ['minor', 'backward-compatible change'], ['patch', 'change of text']] as const;
  return kinds
    .filter(([key]) => counts[key] > 0)
    .map(([key, what]) => `${counts[key]} ${counts[key] === 1 ? what : what.replace('change', 'changes')}`)
    .join(', ');
}

/** What the rules compare: the documents at the ref matched with the documents now. */
export function compare(old: readonly NamedDocument[], now: readonly NamedDocument[], context: Pick<Comparison, 'ref' | 'packageName' | 'keepsAlias'>): Comparison {
  return { ...context, ...matchTables(old, now), documents: new Set(now.map((document) => document.path)) };
}

/** Every change the rules find, rule by rule in the order of {@link breakingRules}. */
export function* changesOf(comparison: Comparison): Generator<{ readonly rule: BreakingRule; readonly change: Change }> {
  for (const rule of breakingRules) for (const change of rule.check(comparison)) yield { rule, change };
}

/** The documents now: the working tree's files, or the index's blobs. */
async function readNow(cwd: string, options: BreakingOptions, seeds: readonly string[], readOptions: ReadSeedsOptions, old: AtRef): Promise<ReadSeeds | { readonly problem: string }> {
  if (!options.staged) return readSeeds(cwd, seeds, readOptions);
  const side = readGitSide(cwd, old.repository, { kind: 'index' }, seeds, readOptions, []);
  return 'problem' in side ? side : side.read;
}

/** The aliases `generate` keeps: renamed since `aliasesAgainst` (the ref compared with, unless another is set). */
function renamedSince(cwd: string, options: BreakingOptions, seeds: readonly string[], readOptions: ReadSeedsOptions, out: string, old: AtRef, now: readonly NamedDocument[]): { readonly aliases: Aliases } | { readonly problem: string } {
  const against = options.aliasesAgainst ?? options.against;
  const base = against === options.against ? old : readAtRef(cwd, against, seeds, readOptions, [`${out}/${aliasRecordPath}`]);
  return 'problem' in base ? base : aliasesAt(base, against, out, now);
}

/** The accept comment of the document that accepts a change; a change on a document gone is accepted by any document's. */
function acceptedBy(accepts: ReadonlyMap<string, readonly Accept[]>, comparison: Comparison, path: string, ruleId: string, subject: string): Accept | undefined {
  const candidates = comparison.documents.has(path) ? (accepts.get(path) ?? []) : [...accepts.values()].flat();
  return candidates.find((accept) => accept.ruleId === ruleId && accept.subjects.includes(subject));
}

/** The version of the generated package at the ref, from its `package.json`. */
function versionAt(bytes: Uint8Array | undefined): string | undefined {
  if (bytes === undefined) return undefined;
  try {
    const { version } = JSON.parse(Buffer.from(bytes).toString('utf8')) as { version?: unknown };
    return typeof version === 'string' && validVersion(version) !== null ? version : undefined;
  } catch {
    return undefined;
  }
}
