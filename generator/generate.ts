import { resolve } from 'node:path';
import { VFile } from 'vfile';
import { report } from './diagnostics.js';
import type { EmitOptions, GeneratedFile } from './emit/index.js';
import { type Limits, resolveLimits } from './limits.js';
import { seedList, seedRoots } from './inputs.js';
import { checkPaths, toShownPath } from './paths.js';
import type { TableOverrides } from './extract/index.js';
import { readSeeds } from './read.js';
import type { TableSummary } from './seeds.js';
import { holdFolder } from './write/folder.js';
import { updateOutput } from './write/output.js';
import type { Plan } from './write/plan.js';
import { configHash, recordFile } from './write/record.js';
import { defaultLockWait } from './write/lock.js';
import { defaultOutIgnore } from './write/scan.js';
import { collectAfterCharacters, collectGarbage } from './memory.js';

/** Options of {@link generate}; every one has a default. */
export interface GenerateOptions {
  /** Seeds: folders (read with their subfolders) or globs of Markdown documents (default `seeds`). */
  readonly seeds?: string | readonly string[];
  /** Globs of documents not to read, relative to the working directory. */
  readonly ignore?: readonly string[];
  /** A config file's choices for single tables, by `<document path>#<heading or export name>` (`docs/api/order.md#订单状态`). */
  readonly tables?: Readonly<Record<string, TableOverrides>>;
  /** Output folder (default `generated`). */
  readonly out?: string;
  /** Compare with the output folder instead of writing it (default `false`). */
  readonly check?: boolean;
  /**
   * With `check`: compare what git has staged instead of the working tree
   * (default `false`): the seeds are read from the index, and the files they
   * produce are compared with the output folder's files in the index, so that
   * a pre-commit hook fails on a commit whose staged generated files are stale.
   */
  readonly staged?: boolean;
  /** Treat warnings as errors (default `false`). */
  readonly strict?: boolean;
  /** Allow an output folder outside the working directory (default `false`). */
  readonly allowOutside?: boolean;
  /** Working directory that paths resolve against and are shown relative to (default `process.cwd()`). */
  readonly cwd?: string;
  /** Input limits. */
  readonly limits?: Partial<Limits>;
  /** Options of the generated package. */
  readonly emit?: Partial<EmitOptions>;
  /**
   * Globs, relative to the output folder, of what is yours there (default
   * `["node_modules/**"]`): everything else in it that the generator would not
   * write is an error. A folder's glob (`dist/**`) covers the folder too.
   */
  readonly outIgnore?: readonly string[];
  /**
   * How long to wait, in milliseconds, for another run that holds the output
   * folder's lock (default 30 000; 0 fails at once).
   */
  readonly lockWait?: number;
  /**
   * The config's `breaking` key. With `keepRenamedAliases`, the member names
   * renamed since the git ref `against` (and those kept there) are kept as
   * deprecated aliases: `generate` and `check` read the ref.
   */
  readonly breaking?: { readonly against?: string | undefined; readonly keepRenamedAliases?: boolean; readonly rules?: Readonly<Record<string, string | undefined>> };
}

/** What {@link generate} did and found. */
export interface GenerateResult {
  /** `true` when no error was reported (and, with `check`, no drift found). */
  readonly ok: boolean;
  /** One file per document with its messages (one per seeds folder that holds none), then one for the output folder. */
  readonly reports: readonly VFile[];
  /** Every generated file, in memory; empty when an error stopped emission. */
  readonly files: readonly GeneratedFile[];
  /** How each code table was read, errors or not: its place, its name, its kind and why, its columns. */
  readonly tables: readonly TableSummary[];
  /** The comparison with the output folder, when emission ran. */
  readonly plan: Plan | undefined;
  /** With `check`: the drift report, empty when in sync. */
  readonly drift: string;
  /** Files written and removed (not with `check`). */
  readonly written: readonly string[];
  readonly removed: readonly string[];
}

/**
 * Run the pipeline: read every seed, and unless an error is reported, emit the
 * package and write it (or, with `check`, compare it). Bad input is reported
 * in `reports`, never thrown; nothing is written when any error is reported.
 */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const cwd = options.cwd ?? process.cwd();
  const seeds = seedList(options.seeds);
  const outDir = resolve(cwd, options.out ?? 'generated');
  const shownOut = toShownPath(cwd, outDir);
  const limits = resolveLimits(options.limits);
  const outIgnore = resolveOutIgnore(options.outIgnore);
  const lockWait = options.lockWait ?? defaultLockWait;
  if (!Number.isFinite(lockWait) || lockWait < 0) throw new TypeError(`lockWait takes a number of milliseconds, not ${String(lockWait)}`);
  if (options.staged && !options.check) throw new TypeError('staged goes with check: it compares the index, and writes nothing');
  const outFile = new VFile({ path: shownOut });
  const empty = { files: [], tables: [], plan: undefined, drift: '', written: [], removed: [] };

  for (const root of seedRoots(cwd, seeds)) {
    const pathProblem = checkPaths(cwd, root, outDir, options.allowOutside ?? false);
    if (pathProblem) {
      report(outFile, 'error', 'out-path', pathProblem);
      return { ...empty, ok: false, reports: [outFile] };
    }
  }
  // The output folder is resolved once, here: a link swapped in for it while the seeds are read is never followed.
  const held = holdFolder(outDir);
  const emit = options.emit ?? {};
  const readOptions = { ignore: options.ignore, limits, tables: options.tables, memberCase: emit.memberCase ?? 'pascal' } as const;
  let read, repository;
  if (options.staged) {
    // git is read only for --staged: its module loads only then.
    const { readStagedSeeds } = await import('./write/staged.js');
    const staged = readStagedSeeds(cwd, seeds, readOptions);
    if ('problem' in staged) {
      report(outFile, 'error', 'git-ref', `check --staged reads the index: ${staged.problem}`);
      return { ...empty, ok: false, reports: [outFile] };
    }
    ({ read, repository } = staged);
  } else read = await readSeeds(cwd, seeds, readOptions);
  const reports = [...read.reports, outFile];
  const failed = (file: VFile) => file.messages.some((message) => message.fatal === true || (options.strict === true && message.fatal === false));
  const { tables, documents } = read;
  if (reports.some(failed)) return { ...empty, tables, ok: false, reports };

  let aliases;
  if (options.breaking?.keepRenamedAliases) {
    // git is read only for the aliases: the breaking stage loads only then.
    const { renamedAliases } = await import('./breaking/aliases.js');
    const against = options.breaking.against;
    const kept = against === undefined ? { problem: 'Found `breaking.keepRenamedAliases` without `breaking.against`; expected the git ref whose member names are kept: set it' } : renamedAliases(cwd, against, seeds, readOptions, shownOut, documents);
    if ('problem' in kept) {
      report(outFile, 'error', 'git-ref', `${against === undefined ? '' : `breaking.keepRenamedAliases reads \`${against}\` from git: `}${kept.problem}`);
      return { ...empty, tables, ok: false, reports };
    }
    aliases = kept.aliases;
  }

  // What parsing left behind goes before the emitter grows the heap on top of it (generator/memory.ts).
  if (read.reports.reduce((characters, file) => characters + (typeof file.value === 'string' ? file.value.length : 0), 0) >= collectAfterCharacters) collectGarbage();
  // ts-morph loads only when there is something to emit: errors stay fast.
  const { emitPackage, runEmitOptions } = await import('./emit/index.js');
  const emitOptions = { ...runEmitOptions(seeds, emit, shownOut), ...(aliases && { aliases }) };
  const files = emitPackage(documents, emitOptions);
  if (aliases) {
    const { aliasRecordFile } = await import('./breaking/aliases.js');
    files.push(aliasRecordFile(aliases, emitOptions.seedsDir));
  }
  // Last: the record hashes every other file, and the documents as they were parsed.
  const digests = new Map(read.reports.flatMap((file) => (file.data.digest === undefined ? [] : [[file.path, file.data.digest] as const])));
  const messages = read.reports.flatMap((file) => file.messages);
  const findings = { warnings: messages.filter((message) => message.fatal === false).length, infos: messages.filter((message) => message.fatal == null).length };
  // `emit` as read above: the options are read once.
  files.push(recordFile(digests, configHash(options, shownOut, emit), files, findings));
  const output = repository
    ? await (await import('./write/staged.js')).compareIndex({ repository, shownOut, files, ignore: outIgnore, command: emitOptions.command }, outFile)
    : await updateOutput({ out: outDir, held, cwd, files, check: options.check ?? false, ignore: outIgnore, lockWait, command: emitOptions.command }, outFile);
  return { ...empty, tables, files, reports, ...output };
}


/** `outIgnore` checked: an array of strings, or `undefined` for the default; anything else throws a `TypeError`. */
function resolveOutIgnore(globs: unknown): readonly string[] {
  if (globs === undefined) return defaultOutIgnore;
  if (!Array.isArray(globs) || !globs.every((glob) => typeof glob === 'string' && glob !== '')) throw new TypeError(`outIgnore takes an array of globs, not ${JSON.stringify(globs)}`);
  return globs;
}
