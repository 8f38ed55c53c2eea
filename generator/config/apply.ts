import type { GenerateOptions } from '../generate.js';
import type { ResolvedConfig } from './schema.js';

/**
 * The options of a run: the config's, each overridden by its flag when the
 * flag was given (`flags` holds only the flags given), and `command` when the
 * config names none. Keys left out keep the defaults of `generate()`.
 */
export function applyConfig(config: ResolvedConfig | undefined, flags: GenerateOptions, command: string): GenerateOptions {
  const emit = {
    packageName: config?.package?.name,
    version: config?.package?.version,
    license: config?.package?.license,
    description: config?.package?.description,
    style: config?.style,
    memberCase: config?.memberCase,
    command: config?.command ?? command,
  };
  const fromConfig = {
    seeds: config?.seeds,
    ignore: config?.ignore,
    out: config?.out,
    outIgnore: config?.outIgnore,
    tables: config?.tables,
    strict: config?.strict,
    allowOutside: config?.allowOutside,
    breaking: config?.breaking,
  };
  return {
    ...definedOnly(fromConfig),
    ...definedOnly(flags),
    limits: { ...definedOnly(config?.limits ?? {}), ...definedOnly(flags.limits ?? {}) },
    emit: { ...definedOnly(emit), ...definedOnly(flags.emit ?? {}) },
  };
}

/** `object` without its `undefined` entries, which would otherwise replace a default when spread over it. */
function definedOnly<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}
