import type { GenerateOptions } from '../generate.js';
import { applyConfig } from './apply.js';
import { findConfig } from './find.js';
import type { ConfigProblem } from './problem.js';

/**
 * The options of a CLI run: the config file's (the one given with
 * `--config`, or the one in `cwd`), overridden by the flags given; or every
 * problem of the config file, and then nothing may run. The schema and the
 * loaders are imported only when there is a config file.
 */
export async function configure(
  cwd: string,
  given: string | undefined,
  flags: GenerateOptions,
  command: string,
): Promise<{ readonly options: GenerateOptions } | { readonly problems: readonly ConfigProblem[] }> {
  const found = findConfig(cwd, given);
  if ('problem' in found) return { problems: [{ file: undefined, message: found.problem }] };
  if (found.file === undefined) return { options: applyConfig(undefined, flags, command) };
  const { loadConfig } = await import('./load.js');
  const loaded = await loadConfig(found.file);
  if ('problems' in loaded) return loaded;
  const { validateConfig } = await import('./validate.js');
  const validated = await validateConfig(loaded.value, found.file, loaded.locate);
  if ('problems' in validated) return validated;
  return { options: applyConfig(validated.config, flags, command) };
}
