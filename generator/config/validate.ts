import * as z from 'zod';
import type { ConfigFile } from './find.js';
import type { Locate } from './load.js';
import { type ConfigProblem, keyPath, showValue } from './problem.js';
import { configSchema, type ResolvedConfig } from './schema.js';
import { closest } from './suggest.js';

type Issue = z.core.$ZodIssue;

/**
 * Validate a loaded config against {@link configSchema}: the config with its
 * defaults, or every problem, each naming the key path, what was expected and
 * what was found (`package.name: expected a valid npm package name …, found
 * "Acme Codes"`), at its line and column in a JSON file. An unknown key, at
 * any depth, comes with the closest known key.
 */
export async function validateConfig(value: unknown, file: ConfigFile, locate: Locate): Promise<{ readonly config: ResolvedConfig } | { readonly problems: readonly ConfigProblem[] }> {
  const parsed = configSchema.safeParse(value, { reportInput: true, error: fallbackExpected });
  if (parsed.success) return { config: parsed.data };
  const problems: Unplaced[] = [];
  for (const issue of parsed.error.issues) problems.push(...(await describeIssue(issue, [])));
  const located = problems.map((problem) => ({ file: file.shown, point: locate(problem.path, problem.part), message: problem.message }));
  // In a JSON file, in the order of the file; elsewhere in the order of the schema.
  if (located.every((problem) => problem.point)) located.sort((a, b) => a.point!.line - b.point!.line || a.point!.column - b.point!.column);
  return { problems: located };
}

/** A problem before it is placed: the key path, and whether its key or its value is at fault. */
interface Unplaced {
  readonly path: readonly PropertyKey[];
  readonly part: 'key' | 'value';
  readonly message: string;
}

async function describeIssue(issue: Issue, prefix: readonly PropertyKey[]): Promise<Unplaced[]> {
  const path = [...prefix, ...issue.path];
  const at = (keys: readonly PropertyKey[]) => (keys.length === 0 ? '' : `${keyPath(keys)}: `);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const known = knownKeys(path);
        const near = closest(key, known);
        const hint = near === undefined ? `expected one of ${known.map((name) => `"${name}"`).join(', ')}` : `did you mean "${keyPath([...path, near])}"?`;
        return { path: [...path, key], part: 'key', message: `Unknown key "${keyPath([...path, key])}"; ${hint}` };
      });
    case 'invalid_key':
      return [{ path, part: 'key', message: `${at(path.slice(0, -1))}expected each key to be ${issue.issues[0]?.message ?? 'valid'}, found ${showValue(path.at(-1))}` }];
    case 'invalid_union': {
      // The option whose type matches the value (an array for an array) tells what is wrong inside it.
      const matching = issue.errors.filter((errors) => !errors.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
      if (matching.length === 1) return (await Promise.all(matching[0]!.map((inner) => describeIssue(inner, path)))).flat();
      break;
    }
    case 'custom':
      if (issue.params?.spdx === true) return [{ path, part: 'value', message: `${at(path)}expected ${issue.message}, found ${showValue(issue.input)}${await licenseHint(issue.input)}` }];
      break;
  }
  return [{ path, part: 'value', message: `${at(path)}expected ${issue.message}, found ${showValue(issue.input)}` }];
}

/** What was expected, for an issue whose schema has no `error` of its own. */
function fallbackExpected(issue: z.core.$ZodRawIssue): string {
  if (issue.code === 'invalid_type') return ({ string: 'a string', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'an array', object: 'an object' } as Record<string, string>)[issue.expected] ?? issue.expected;
  if (issue.code === 'invalid_value') return issue.values.map((value) => JSON.stringify(value)).join(' or ');
  return 'a valid value';
}

/** The keys the schema knows at a key path (an object's keys; a record's entries are looked through). */
function knownKeys(path: readonly PropertyKey[]): string[] {
  let schema: z.core.$ZodType | undefined = configSchema;
  for (const key of [...path, undefined]) {
    schema = unwrap(schema);
    if (key === undefined) break;
    if (schema instanceof z.ZodObject) schema = schema.shape[key as string] as z.core.$ZodType | undefined;
    else if (schema instanceof z.ZodRecord) schema = schema.valueType as z.core.$ZodType;
    else return [];
  }
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  while (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) schema = schema.unwrap() as z.core.$ZodType;
  return schema;
}

/** `; did you mean "MIT"?` when spdx-correct finds the licence meant (loaded only then). */
async function licenseHint(input: unknown): Promise<string> {
  if (typeof input !== 'string') return '';
  const { default: correct } = await import('spdx-correct');
  const corrected = correct(input);
  return corrected === null || corrected === input ? '' : `; did you mean "${corrected}"?`;
}
