/** The flags of a run that choose what is generated, as given on the command line. */
export interface CommandFlags {
  readonly config?: string | undefined;
  readonly seeds?: string | readonly string[] | undefined;
  readonly out?: string | undefined;
}

/**
 * The command that was run, as generated files and the drift report name it
 * when the config sets no `command`: `npx md-codegen generate` with the flags
 * that choose what is generated (`--config`, `--seeds`, `--out`), so that it
 * regenerates the same package in an adopter's repository; `check` is fixed by
 * `generate`. Arguments are quoted for a POSIX shell where they need it.
 */
export function commandThatWasRun(flags: CommandFlags): string {
  const words = ['npx', 'md-codegen', 'generate'];
  for (const flag of ['config', 'seeds', 'out'] as const) {
    for (const value of [flags[flag] ?? []].flat()) words.push(`--${flag}`, shellWord(value));
  }
  return words.join(' ');
}

function shellWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
