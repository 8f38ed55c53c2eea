import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { location } from 'vfile-location';
import type { ConfigFile } from './find.js';
import { type ConfigProblem, keyPath, showValue } from './problem.js';

/** Where the key (`key`) or the value (`value`) at a key path is written, when the file's kind tells. */
export type Locate = (path: readonly PropertyKey[], part: 'key' | 'value') => ConfigProblem['point'];

/** A config file as loaded, not yet validated: its value, and how to find a key path in it; or why it could not be loaded. */
export type Loaded = { readonly value: unknown; readonly locate: Locate } | { readonly problems: readonly ConfigProblem[] };

/**
 * Load a config file: JSON parsed with positions (jsonc-parser, strict JSON:
 * no comments, no trailing commas), `.js` and `.mjs` imported by Node, `.ts`
 * through jiti (Node 20 runs no TypeScript). A module's default export is the
 * config. A file that cannot be read or parsed, throws while loading, or has
 * no default export is a problem, never an exception.
 */
export async function loadConfig(file: ConfigFile): Promise<Loaded> {
  return extname(file.path) === '.json' ? loadJson(file) : loadModule(file);
}

function loadJson(file: ConfigFile): Loaded {
  const problem = (message: string, point?: ConfigProblem['point']): Loaded => ({ problems: [{ file: file.shown, point, message }] });
  let text: string;
  try {
    // `fatal`: bytes that are not UTF-8 are refused rather than read as U+FFFD; a BOM is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file.path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return problem(code === 'ERR_ENCODING_INVALID_ENCODED_DATA' ? 'Found bytes that are not UTF-8; expected JSON in UTF-8' : `Could not read the file (${code ?? String(error)})`);
  }
  const lines = location(text);
  const pointAt = (offset: number) => {
    const point = lines.toPoint(offset);
    return point && { line: point.line, column: point.column };
  };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const [error] = errors;
  if (error !== undefined || root === undefined) {
    const at = error?.offset ?? 0;
    const found = at >= text.length ? 'the end of the file' : showValue(text.slice(at, at + Math.max(1, error?.length ?? 1)));
    return problem(`Found ${found}; expected ${jsonExpected[printParseErrorCode(error?.error ?? 4)] ?? 'valid JSON'} (the file is not valid JSON)`, pointAt(at));
  }
  const duplicates = duplicateKeys(root).map(([key, first]): ConfigProblem => {
    const { line, column } = pointAt(first.offset)!;
    return { file: file.shown, point: pointAt(key.offset), message: `Found the key "${keyPath(pathOf(key.parent!))}" a second time (first at ${line}:${column}); expected each key once` };
  });
  if (duplicates.length > 0) return { problems: duplicates };
  const locate: Locate = (path, part) => {
    const node = findNodeAtLocation(root, path as (string | number)[]);
    if (node === undefined) return undefined;
    const target = part === 'key' && node.parent?.type === 'property' ? node.parent.children![0]! : node;
    return pointAt(target.offset);
  };
  return { value: JSON.parse(text) as unknown, locate };
}

/** What JSON has where jsonc-parser reports each error. */
const jsonExpected: Record<string, string> = {
  InvalidSymbol: 'a value',
  InvalidNumberFormat: 'a number',
  PropertyNameExpected: 'a key in double quotes',
  ValueExpected: 'a value',
  ColonExpected: 'a colon',
  CommaExpected: 'a comma',
  CloseBraceExpected: '`}`',
  CloseBracketExpected: '`]`',
  EndOfFileExpected: 'the end of the file',
  InvalidCommentToken: 'no comment (JSON has none)',
  UnexpectedEndOfComment: 'no comment (JSON has none)',
  UnexpectedEndOfString: 'the closing `"` of the string',
  UnexpectedEndOfNumber: 'the rest of the number',
  InvalidUnicode: 'a `\\u` escape of four hex digits',
  InvalidEscapeCharacter: 'one of the escapes `\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u`',
  InvalidCharacter: 'no control character in a string (write it as an escape)',
};

/** Every key written a second time in its object (`JSON.parse` would keep the last silently), with the first. */
function duplicateKeys(node: Node): [Node, Node][] {
  const found: [Node, Node][] = [];
  if (node.type === 'object') {
    const seen = new Map<string, Node>();
    for (const property of node.children ?? []) {
      const key = property.children![0]!;
      const first = seen.get(key.value as string);
      if (first) found.push([key, first]);
      else seen.set(key.value as string, key);
    }
  }
  for (const child of node.children ?? []) found.push(...duplicateKeys(child));
  return found;
}

/** The key path of a property node. */
function pathOf(property: Node): (string | number)[] {
  const path: (string | number)[] = [];
  for (let node: Node | undefined = property; node?.parent; node = node.parent) {
    if (node.type === 'property') path.unshift(node.children![0]!.value as string);
    else if (node.parent.type === 'array') path.unshift(node.parent.children!.indexOf(node));
  }
  return path;
}

async function loadModule(file: ConfigFile): Promise<Loaded> {
  const problem = (message: string): Loaded => ({ problems: [{ file: file.shown, message }] });
  let module: Record<string, unknown>;
  try {
    module = extname(file.path) === '.ts' ? await importTypeScript(file.path) : ((await import(pathToFileURL(file.path).href)) as Record<string, unknown>);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return problem(`Could not load the file: it threw ${reason.split('\n')[0]}; expected a module that runs: fix it, or run it with node to see where it fails`);
  }
  const config = module.default;
  if (config === undefined) return problem('Found no default export; expected `export default defineConfig({ ... })`');
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    return problem(`Found ${showValue(config)} as the default export; expected a config object: \`export default defineConfig({ ... })\``);
  }
  return { value: config, locate: () => undefined };
}

/**
 * A TypeScript module through jiti: it transpiles in memory (no cache written
 * anywhere: `fsCache` off) and resolves imports as Node does, `md-codegen`
 * for `defineConfig` included.
 */
async function importTypeScript(path: string): Promise<Record<string, unknown>> {
  const { createJiti } = await import('jiti');
  const jiti = createJiti(import.meta.url, { fsCache: false, moduleCache: false, interopDefault: false });
  return jiti.import<Record<string, unknown>>(path);
}
