import { findConfig } from '../config/find.js';
import { printable } from '../diagnostics.js';
import type { GenerateOptions } from '../generate.js';
import { useColor } from '../report/color.js';
import { githubAnnotations } from '../report/github.js';
import { toJsonMessages } from '../report/json.js';
import { textReport } from '../report/text.js';
import { breaking } from './index.js';
import type { Level } from './types.js';

/** What the command line says beside the options: `--against`, `--staged`, `--config`, `--reporter`. */
export interface BreakingFlags {
  readonly against: string | undefined;
  readonly staged: boolean;
  readonly config: string | undefined;
  readonly reporter: 'text' | 'json';
}

/**
 * `md-codegen breaking`: compare the seeds with a git ref and print what
 * changed through the reporters `generate` uses, ending with the version
 * bump. Exit 1 on an error (with `--strict`, a warning), 2 when there is
 * nothing to compare with (no ref, no repository, documents unreadable at
 * the ref), 0 otherwise.
 */
export async function runBreaking(cwd: string, options: GenerateOptions, flags: BreakingFlags, env: NodeJS.ProcessEnv): Promise<number> {
  const against = flags.against ?? options.breaking?.against;
  if (against === undefined || against === '') {
    process.stderr.write('md-codegen: breaking needs the git ref to compare with: pass --against <ref> (such as --against origin/main), or set breaking.against in the config\n');
    return 2;
  }
  const found = findConfig(cwd, flags.config);
  const result = await breaking({
    against,
    staged: flags.staged,
    cwd,
    seeds: options.seeds,
    ignore: options.ignore,
    tables: options.tables,
    memberCase: options.emit?.memberCase,
    limits: options.limits,
    out: options.out,
    packageName: options.emit?.packageName,
    version: options.emit?.version,
    configFile: 'file' in found ? found.file?.shown : undefined,
    rules: options.breaking?.rules as Readonly<Partial<Record<string, Level>>> | undefined,
    keepRenamedAliases: options.breaking?.keepRenamedAliases,
    aliasesAgainst: options.breaking?.against,
    strict: options.strict,
  });
  if ('problem' in result) {
    process.stderr.write(`md-codegen: ${printable(result.problem)}\n`);
    return 2;
  }
  if (flags.reporter === 'json') process.stdout.write(`${JSON.stringify(toJsonMessages(result.reports))}\n`);
  else process.stderr.write(`${await textReport({ reports: result.reports, tables: [] }, { color: useColor(env, process.stderr), strict: options.strict ?? false, summary: result.summary })}\n`);
  if (env.GITHUB_ACTIONS === 'true') {
    const annotations = githubAnnotations(result.reports);
    if (annotations.length > 0) process.stderr.write(`${annotations.join('\n')}\n`);
  }
  return result.ok ? 0 : 1;
}
