// The record of a generated folder: SHA-256 hashes of what it was generated
// from (each document's bytes, the effective config, the generator's version)
// and of every file generate wrote there. It is a generated file like the
// others (deterministic, compared byte for byte by a full check), and it lets
// `check` say "in sync" without parsing anything, as TypeScript's
// `.tsbuildinfo` and build caches do: when the documents, the config and the
// version hash as recorded, and every file in the folder hashes as recorded,
// generate would write the same bytes.
import { readFileSync } from 'node:fs';
import { runEmitOptions } from '../emit/options.js';
import { generatedMark } from '../emit/package/manifest.js';
import type { GeneratedFile } from '../emit/print.js';
import type { GenerateOptions } from '../generate.js';
import { hashBytes } from '../hash.js';
import { seedList } from '../inputs.js';
import { resolveLimits } from '../limits.js';

/** The record's path in the output folder. */
export const recordPath = 'md-codegen.hashes.json';

/** What the record holds. */
export interface GenerationRecord {
  /** `md-codegen <version>`: another version may write other bytes. */
  readonly generator: string;
  /** The hash of the effective config (see {@link configHash}). */
  readonly config: string;
  /** Each document read, by its path as reports show it: the hash of its bytes. */
  readonly inputs: Readonly<Record<string, string>>;
  /** Each file of the output folder but the record, by its path there: the hash of its bytes. */
  readonly files: Readonly<Record<string, string>>;
  /** How many warnings and infos reading the documents reported: the fast path, which reads none, says so. */
  readonly findings: { readonly warnings: number; readonly infos: number };
}

/**
 * The hash of everything beside the documents that decides what generate
 * writes, or whether it may: the seeds, the ignores, the config's tables, the
 * output folder as reports show it, the limits and the emit options, each
 * with its default filled in (so that the CLI with a config and `generate()`
 * with the same choices agree), in a canonical JSON (keys sorted at every
 * depth), so that the order a config writes its keys in does not matter.
 * What only decides how a run compares (`check`, `staged`, `strict`,
 * `outIgnore`, `allowOutside`, `lockWait`, `cwd`) is left out: the record is
 * a generated file, the same whatever the check that reads it. `given` is
 * `options.emit` as the run read it (generate reads its options once).
 */
export function configHash(options: GenerateOptions, shownOut: string, given: GenerateOptions['emit'] = options.emit): string {
  const seeds = seedList(options.seeds);
  const { aliases: _aliases, ...emit } = runEmitOptions(seeds, given, shownOut);
  const breaking = options.breaking?.keepRenamedAliases ? { keepRenamedAliasesFrom: options.breaking.against ?? null } : {};
  return canonicalHash({ seeds, ignore: options.ignore ?? [], tables: options.tables ?? {}, out: shownOut, limits: resolveLimits(options.limits), emit, ...breaking });
}

function canonicalHash(options: unknown): string {
  const sorted = (_key: string, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value;
  return hashBytes(JSON.stringify(options, sorted) ?? 'null');
}

/** The version of md-codegen, from its package.json (beside `dist/` when installed, beside `generator/` here). */
export function generatorVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** The record file for `files` generated from `inputs` (path → hash) under the config of hash `config`. */
export function recordFile(inputs: ReadonlyMap<string, string>, config: string, files: readonly GeneratedFile[], findings: GenerationRecord['findings']): GeneratedFile {
  // A text written twice (the declarations of dist/esm and dist/cjs are one string) is hashed once.
  const hashes = new Map<string, string>();
  const hashOf = (text: string) => hashes.get(text) ?? hashes.set(text, hashBytes(text)).get(text)!;
  const record = { generator: `md-codegen ${generatorVersion()}`, config, inputs: Object.fromEntries(inputs), files: Object.fromEntries(files.map((file) => [file.path, hashOf(file.text)] as const)), findings };
  return { path: recordPath, text: recordText(record) };
}

/** The record's text: the mark, what it is, then its keys, each map sorted by path. The only form a record has: any other text is not one. */
export function recordText(record: GenerationRecord): string {
  const sorted = (map: Readonly<Record<string, string>>) => Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const text = {
    '//': generatedMark,
    about: 'SHA-256 of what this folder was generated from and of each file in it: `md-codegen check` compares them before it reads a document; `md-codegen check --full` compares every byte.',
    generator: record.generator,
    config: record.config,
    inputs: sorted(record.inputs),
    files: sorted(record.files),
    findings: { warnings: record.findings.warnings, infos: record.findings.infos },
  };
  return `${JSON.stringify(text, null, 2)}\n`;
}

/** The record in `text`, or `undefined` when it is not one: not in the one form {@link recordText} gives (hand-edited, of another version of the format). */
export function parseRecord(text: string): GenerationRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { generator, config, inputs, files, findings } = value as Record<string, unknown>;
  const isHashes = (map: unknown): map is Record<string, string> => typeof map === 'object' && map !== null && !Array.isArray(map) && Object.values(map).every((hash) => typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash));
  const count = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
  const found = findings as Record<string, unknown> | null | undefined;
  if (typeof generator !== 'string' || typeof config !== 'string' || !isHashes(inputs) || !isHashes(files) || typeof found !== 'object' || found === null || !count(found['warnings']) || !count(found['infos'])) return undefined;
  const record = { generator, config, inputs, files, findings: { warnings: found['warnings'], infos: found['infos'] } };
  return recordText(record) === text ? record : undefined;
}
