import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { toShownPath } from '../paths.js';

/** The names a config file is found by in the working directory. */
export const configNames = ['md-codegen.config.json', 'md-codegen.config.js', 'md-codegen.config.mjs', 'md-codegen.config.ts'] as const;

/** The extensions a config file may have, each loaded its own way. */
export const configExtensions = ['.json', '.js', '.mjs', '.ts'] as const;

/** The config file to load, by its absolute path and as messages show it. */
export interface ConfigFile {
  readonly path: string;
  readonly shown: string;
}

/** What {@link findConfig} found: a file, none, or why neither. */
export type Found = { readonly file: ConfigFile | undefined } | { readonly problem: string };

/**
 * The config file: the one given (`--config`, relative to `cwd`), or else the
 * one of {@link configNames} in `cwd`, or none. Two there are a problem
 * rather than a guess: which one wins would be a rule to learn.
 *
 * No discovery library: lilconfig and cosmiconfig search parent folders and
 * take the first name found, where one folder and an error for two are wanted.
 */
export function findConfig(cwd: string, given: string | undefined): Found {
  if (given !== undefined) {
    const path = resolve(cwd, given);
    const shown = toShownPath(cwd, path);
    if (!(configExtensions as readonly string[]).includes(extname(path))) {
      return { problem: `Found --config \`${shown}\`; expected a file ending in ${configExtensions.join(', ')}` };
    }
    if (!existsSync(path)) return { problem: `Found no file \`${shown}\` (--config); expected the config file there: check the path` };
    return { file: { path, shown } };
  }
  const present = configNames.filter((name) => existsSync(join(cwd, name)));
  if (present.length > 1) {
    const names = present.map((name) => `\`${name}\``);
    return { problem: `Found ${present.length} config files, ${names.slice(0, -1).join(', ')} and ${names.at(-1)}; expected one: remove the others, or choose one with --config <file>` };
  }
  const [name] = present;
  return { file: name === undefined ? undefined : { path: join(cwd, name), shown: name } };
}
