import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { printable, printableLines } from './diagnostics.js';
import { commandThatWasRun } from './config/command.js';
import { configure } from './config/configure.js';
import { describeProblems } from './config/problem.js';
import type { GenerateOptions, GenerateResult } from './generate.js';
import type { FastCheck } from './write/fast.js';
import { seedList, seedRoots } from './inputs.js';
import { defaultLimits, type Limits } from './limits.js';
import { checkPaths } from './paths.js';
import { useColor } from './report/color.js';
import { githubAnnotations } from './report/github.js';
import { toJsonMessages } from './report/json.js';
import { plural, textReport } from './report/text.js';
import { generatorVersion, recordPath } from './write/record.js';

export const help = `Usage: md-codegen <command> [options]

Generate a TypeScript package from Markdown code tables.

Commands:
  generate              write the package for every seed into the output folder
  check                 exit 1 when the output folder differs from what the seeds produce
  breaking              exit 1 when the seeds break what they exported at a git ref
  init                  print the code tables of the documents and write a starter
                        md-codegen.config.json (never overwrites a config)

Options:
  --config <file>       config file (default: md-codegen.config.{json,js,mjs,ts});
                        with init, the file to write
  --seeds <dir>         seeds folder or glob (default: seeds; with init, the first
                        of docs, doc, seeds that exists)
  --out <dir>           output folder, inside the working directory (default: generated)
  --allow-outside       allow an output folder outside the working directory
  --out-ignore <glob>   a glob, relative to the output folder, of what is yours there
                        (repeatable; default: node_modules/**)
  --reporter <name>     text (default) or json: one JSON array on stdout
  --strict              treat warnings as errors (exit 1)
  --full                with check: compare every byte, even when the hashes of the
                        documents, the config and the output match the record
  --watch               with generate: regenerate on every change under the seeds folder
  --against <ref>       with breaking: the git ref to compare with (default: breaking.against)
  --staged              with check or breaking: compare the index (what is staged),
                        not the working tree (for a pre-commit hook)
  --max-file-size <n>   largest seed in bytes (default: ${defaultLimits.fileSize})
  --max-rows <n>        most table rows (default: ${defaultLimits.rows})
  --max-columns <n>     most table columns (default: ${defaultLimits.columns})
  --max-cell-length <n> longest cell in characters (default: ${defaultLimits.cellLength})
  --max-line-length <n> longest line in characters (default: ${defaultLimits.lineLength})
  --max-paragraph-length <n>
                        longest paragraph in characters (default: ${defaultLimits.paragraphLength})
  --max-markup <n>      most markup characters (* _ ~ < [ ]) in a line or paragraph
                        (default: ${defaultLimits.markup})
  -h, --help            show this help
  -v, --version         print the version of md-codegen

Flags override the keys of the config file.
Exit status: 0 success, 1 errors or drift, 2 bad usage or config.
With GITHUB_ACTIONS=true, messages are also printed as workflow annotations.
`;

const limitFlags = {
  'max-file-size': 'fileSize',
  'max-rows': 'rows',
  'max-columns': 'columns',
  'max-cell-length': 'cellLength',
  'max-line-length': 'lineLength',
  'max-paragraph-length': 'paragraphLength',
  'max-markup': 'markup',
} as const;

const limitOptions = Object.fromEntries(Object.keys(limitFlags).map((flag) => [flag, { type: 'string' as const }])) as Record<keyof typeof limitFlags, { type: 'string' }>;

/** A parsed command line, or the reason it is not one. */
export type Invocation =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'usage'; readonly reason: string }
  | {
      readonly kind: 'run';
      readonly command: 'generate' | 'check' | 'breaking' | 'init';
      /** The options the flags give (a flag not given leaves its key out): the config file's are applied under them. */
      readonly options: GenerateOptions;
      /** `--config`: the config file, when given. */
      readonly config: string | undefined;
      readonly reporter: 'text' | 'json';
      readonly watch: boolean;
      /** With `check`: `--full`, no fast path. */
      readonly full: boolean;
      /** With `breaking`: `--against` and `--staged`. */
      readonly breaking?: { readonly against: string | undefined; readonly staged: boolean };
    };

/** Parse `argv` (without `node` and the script). */
export function parseCommandLine(argv: readonly string[]): Invocation {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string' },
        seeds: { type: 'string' },
        out: { type: 'string' },
        'allow-outside': { type: 'boolean' },
        'out-ignore': { type: 'string', multiple: true },
        reporter: { type: 'string' },
        strict: { type: 'boolean' },
        full: { type: 'boolean' },
        watch: { type: 'boolean' },
        ...limitOptions,
        against: { type: 'string' },
        staged: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return { kind: 'usage', reason: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...extra] = positionals;
  if (command !== 'generate' && command !== 'check' && command !== 'breaking' && command !== 'init') {
    return { kind: 'usage', reason: command === undefined ? 'Missing command: generate, check, breaking or init' : `Unknown command \`${command}\`: expected generate, check, breaking or init` };
  }
  if (extra.length > 0) return { kind: 'usage', reason: `Unexpected argument \`${extra[0]}\`` };
  const reporterName = values.reporter ?? 'text';
  if (reporterName !== 'text' && reporterName !== 'json') return { kind: 'usage', reason: `Unknown reporter \`${reporterName}\`: expected text or json` };
  if (values.watch && command !== 'generate') return { kind: 'usage', reason: '--watch goes with generate' };
  if (values['out-ignore']?.includes('')) return { kind: 'usage', reason: '--out-ignore takes a glob, not an empty string' };
  if (values.full && command !== 'check') return { kind: 'usage', reason: '--full goes with check' };
  if (values.against !== undefined && command !== 'breaking') return { kind: 'usage', reason: '--against goes with breaking' };
  if (values.staged && command !== 'breaking' && command !== 'check') return { kind: 'usage', reason: '--staged goes with check or breaking' };
  if (command === 'init') {
    const flags: readonly (keyof typeof values)[] = ['allow-outside', 'out-ignore', 'reporter', 'strict', 'full', ...(Object.keys(limitFlags) as (keyof typeof limitFlags)[])];
    const other = flags.find((flag) => values[flag] !== undefined);
    if (other !== undefined) return { kind: 'usage', reason: `--${other} does not go with init: it takes --seeds, --out and --config` };
  }
  const limits: Partial<Record<keyof Limits, number>> = {};
  for (const [flag, key] of Object.entries(limitFlags)) {
    const value = values[flag as keyof typeof limitFlags];
    if (value === undefined) continue;
    // Above 2^53 - 1 a number is no longer exact: `Number('99999999999999999999')` is 100000000000000000000.
    if (!/^[1-9][0-9]*$/.test(value) || !Number.isSafeInteger(Number(value))) {
      return { kind: 'usage', reason: `--${flag} takes a positive whole number up to ${Number.MAX_SAFE_INTEGER}, not \`${value}\`` };
    }
    limits[key] = Number(value);
  }
  const options: GenerateOptions = {
    seeds: values.seeds,
    out: values.out,
    check: command === 'check',
    staged: command === 'check' ? values.staged : undefined,
    strict: values.strict,
    allowOutside: values['allow-outside'],
    outIgnore: values['out-ignore'],
    limits,
  };
  const breaking = command === 'breaking' ? { breaking: { against: values.against, staged: values.staged ?? false } } : {};
  return { kind: 'run', command, options, config: values.config, reporter: reporterName, watch: values.watch ?? false, full: values.full ?? false, ...breaking };
}

/** Print what a run found: the report (text or JSON), annotations and any drift. Stdout holds the JSON report only. */
export async function printResult(result: GenerateResult, format: 'text' | 'json', strict: boolean, env: NodeJS.ProcessEnv): Promise<void> {
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(toJsonMessages(result.reports))}\n`);
    // The diff quotes files of the output folder as they are: escape what could drive the terminal or the CI log.
    if (result.drift !== '') process.stderr.write(`${printableLines(result.drift)}\n`);
  } else {
    const text = await textReport(result, { color: useColor(env, process.stderr), strict });
    if (text !== '') process.stderr.write(`${text}\n`);
  }
  if (env.GITHUB_ACTIONS === 'true') {
    const annotations = githubAnnotations(result.reports);
    if (annotations.length > 0) process.stderr.write(`${annotations.join('\n')}\n`);
  }
}

/** What the fast path says: `generated: 40 files, in sync: 1 document, … (9 warnings and 7 infos when generated: …)`. */
function fastLine(fast: Extract<FastCheck, { inSync: true }>, state: string): string {
  const { warnings, infos } = fast.findings;
  const findings = warnings + infos === 0 ? '' : `; ${[warnings > 0 ? plural(warnings, 'warning') : '', infos > 0 ? plural(infos, 'info') : ''].filter(Boolean).join(' and ')} when generated: check --full shows them`;
  return `${printable(fast.out)}: ${fast.files} files, ${state}: ${plural(fast.documents, 'document')}, the config and every file hash as ${printable(`${fast.out}/${recordPath}`)} records (check --full compares every byte${findings})`;
}

/** The version of md-codegen, from its package.json. */
export const version = generatorVersion;

/** Run the CLI; returns the exit status. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const invocation = parseCommandLine(argv);
  if (invocation.kind === 'help') {
    process.stdout.write(help);
    return 0;
  }
  if (invocation.kind === 'version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (invocation.kind === 'usage') {
    process.stderr.write(`md-codegen: ${printable(invocation.reason)}\n\n${help}`);
    return 2;
  }
  const cwd = process.cwd();
  if (invocation.command === 'init') {
    const { runInit } = await import('./init.js');
    return runInit(cwd, { config: invocation.config, seeds: invocation.options.seeds as string | undefined, out: invocation.options.out, color: useColor(env, process.stderr) });
  }
  const command = commandThatWasRun({ config: invocation.config, seeds: invocation.options.seeds, out: invocation.options.out });
  const configured = await configure(cwd, invocation.config, invocation.options, command);
  if ('problems' in configured) {
    process.stderr.write(describeProblems(configured.problems));
    return 2;
  }
  const { options } = configured;
  const pathProblem = seedRoots(cwd, seedList(options.seeds))
    .map((root) => checkPaths(cwd, root, resolve(cwd, options.out ?? 'generated'), options.allowOutside ?? false))
    .find((problem) => problem !== undefined);
  if (pathProblem) {
    process.stderr.write(`md-codegen: ${printable(pathProblem)}\n`);
    return 2;
  }
  if (invocation.breaking) {
    const { runBreaking } = await import('./breaking/command.js');
    return runBreaking(cwd, options, { ...invocation.breaking, config: invocation.config, reporter: invocation.reporter }, env);
  }
  if (invocation.watch) {
    const { watch } = await import('./watch.js');
    return watch(options, (result) => printResult(result, invocation.reporter, options.strict ?? false, env));
  }
  // Hashes first: when the documents, the config and the output match the folder's record, nothing is parsed, and generate has nothing to write.
  // Not for workflow annotations, which need the messages.
  if (((invocation.command === 'check' && !invocation.full) || invocation.command === 'generate') && env.GITHUB_ACTIONS !== 'true') {
    const { fastCheck, fastCheckStaged } = await import('./write/fast.js');
    const fast = await (options.staged ? fastCheckStaged(options) : fastCheck(options));
    if (fast.inSync) {
      if (invocation.reporter === 'json') process.stdout.write('[]\n');
      else process.stderr.write(`${fastLine(fast, invocation.command === 'generate' ? 'up to date' : options.staged ? 'in sync as staged' : 'in sync')}\n`);
      return 0;
    }
  }
  const { generate } = await import('./generate.js');
  const result = await generate(options);
  await printResult(result, invocation.reporter, options.strict ?? false, env);
  return result.ok ? 0 : 1;
}

