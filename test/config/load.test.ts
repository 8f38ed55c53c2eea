// generator/config/load.ts: each kind of config file loads to its value; JSON
// with the position of every key and value; whatever cannot be loaded is a
// problem naming the file (and, for JSON, the line and column), never a throw.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../generator/config/load.js';
import { formatProblem } from '../../generator/config/problem.js';
import { root, tempDir, writeFiles } from '../helpers.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

/** Load `name` holding `text` in a fresh folder (with `md-codegen` installed, for `defineConfig`), plus `files`. */
async function load(name: string, text: string | Uint8Array, files: Record<string, string> = {}) {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  writeFiles(dir, { [name]: text, ...files });
  writeFiles(dir, { 'node_modules/.keep': '' });
  symlinkSync(root, join(dir, 'node_modules/md-codegen'), 'dir');
  return loadConfig({ path: join(dir, name), shown: name });
}

const config = { seeds: 'docs', package: { name: '@acme/api-codes' } };

describe.each([
  ['JSON', { name: 'md-codegen.config.json', text: JSON.stringify(config, null, 2), files: {} }],
  ['JSON with a byte order mark', { name: 'md-codegen.config.json', text: `\ufeff${JSON.stringify(config)}`, files: {} }],
  ['CommonJS .js', { name: 'md-codegen.config.js', text: `module.exports = ${JSON.stringify(config)};`, files: {} }],
  ['ES module .js in a "type": "module" package', { name: 'md-codegen.config.js', text: `export default ${JSON.stringify(config)};`, files: { 'package.json': '{ "type": "module" }' } }],
  ['.mjs with defineConfig', { name: 'md-codegen.config.mjs', text: `import { defineConfig } from 'md-codegen';\nexport default defineConfig(${JSON.stringify(config)});`, files: {} }],
  [
    '.ts with defineConfig and types',
    { name: 'md-codegen.config.ts', text: `import { defineConfig, type Config } from 'md-codegen';\nconst seeds: Config['seeds'] = 'docs';\nexport default defineConfig({ seeds, package: { name: '@acme/api-codes' as string } });`, files: {} },
  ],
  ['.ts in a CommonJS package', { name: 'md-codegen.config.ts', text: `export default ${JSON.stringify(config)} satisfies object;`, files: { 'package.json': '{ "type": "commonjs" }' } }],
])('a config file in %s', (_name, { name, text, files }) => {
  it('loads to its value', async () => {
    const loaded = await load(name, text, files);
    expect('value' in loaded && loaded.value).toEqual(config);
  });
});

describe('JSON positions', () => {
  it('locate each key and each value, 1-based, with Chinese text counted per character', async () => {
    const loaded = await load('md-codegen.config.json', '{\n  "tables": { "a.md#状态": { "kind": "x" } },\n  "seeds": ["a", 3]\n}\n');
    if (!('locate' in loaded)) throw new Error('not loaded');
    expect(loaded.locate(['tables', 'a.md#状态', 'kind'], 'key')).toEqual({ line: 2, column: 28 });
    expect(loaded.locate(['tables', 'a.md#状态', 'kind'], 'value')).toEqual({ line: 2, column: 36 });
    expect(loaded.locate(['seeds', 1], 'value')).toEqual({ line: 3, column: 18 });
    expect(loaded.locate([], 'value')).toEqual({ line: 1, column: 1 });
    expect(loaded.locate(['missing'], 'key')).toBeUndefined();
  });
});

describe.each([
  ['a trailing comma', { name: 'md-codegen.config.json', text: '{\n  "seeds": "docs",\n}\n', want: 'md-codegen.config.json:3:1: Found "}"; expected a key in double quotes (the file is not valid JSON)' }],
  ['a comment', { name: 'md-codegen.config.json', text: '{\n  // the docs\n  "seeds": "docs"\n}\n', want: 'md-codegen.config.json:2:3: Found "// the docs"; expected no comment (JSON has none) (the file is not valid JSON)' }],
  ['a missing comma', { name: 'md-codegen.config.json', text: '{ "seeds": "docs" "out": "x" }', want: 'md-codegen.config.json:1:19: Found "\\"out\\""; expected a comma (the file is not valid JSON)' }],
  ['a single-quoted key', { name: 'md-codegen.config.json', text: "{ 'seeds': 'docs' }", want: 'md-codegen.config.json:1:3: Found "\'seeds\'"; expected a value (the file is not valid JSON)' }],
  ['an unterminated string', { name: 'md-codegen.config.json', text: '{ "seeds": "docs }', want: 'md-codegen.config.json:1:12: Found "\\"docs }"; expected the closing `"` of the string (the file is not valid JSON)' }],
  ['an empty file', { name: 'md-codegen.config.json', text: '', want: 'md-codegen.config.json:1:1: Found the end of the file; expected a value (the file is not valid JSON)' }],
  ['bytes that are not UTF-8', { name: 'md-codegen.config.json', text: new Uint8Array([0x7b, 0xff, 0x7d]), want: 'md-codegen.config.json: Found bytes that are not UTF-8; expected JSON in UTF-8' }],
  ['a key written twice', { name: 'md-codegen.config.json', text: '{\n  "package": { "name": "a", "name": "b" }\n}', want: 'md-codegen.config.json:2:29: Found the key "package.name" a second time (first at 2:16); expected each key once' }],
  ['a module that throws', { name: 'md-codegen.config.mjs', text: "throw new Error('no config today');", want: 'md-codegen.config.mjs: Could not load the file: it threw Error: no config today; expected a module that runs: fix it, or run it with node to see where it fails' }],
  ['a module with a syntax error', { name: 'md-codegen.config.mjs', text: 'export default {', want: /^md-codegen\.config\.mjs: Could not load the file: it threw \w*Error: .+; expected a module that runs/ }],
  ['a TypeScript module that throws', { name: 'md-codegen.config.ts', text: "const seeds: string = (() => { throw new TypeError('bad seeds'); })();\nexport default { seeds };", want: 'md-codegen.config.ts: Could not load the file: it threw TypeError: bad seeds; expected a module that runs: fix it, or run it with node to see where it fails' }],
  ['a module that imports what is not there', { name: 'md-codegen.config.mjs', text: "import x from 'no-such-package';\nexport default x;", want: /^md-codegen\.config\.mjs: Could not load the file: it threw Error: Cannot find package 'no-such-package' imported from .+; expected a module that runs/ }],
  ['a module without a default export', { name: 'md-codegen.config.mjs', text: "export const seeds = 'docs';", want: 'md-codegen.config.mjs: Found no default export; expected `export default defineConfig({ ... })`' }],
  ['a module whose default is a string', { name: 'md-codegen.config.ts', text: "export default 'docs';", want: 'md-codegen.config.ts: Found "docs" as the default export; expected a config object: `export default defineConfig({ ... })`' }],
  ['a module whose default is a function', { name: 'md-codegen.config.mjs', text: 'export default () => ({});', want: 'md-codegen.config.mjs: Found a function as the default export; expected a config object: `export default defineConfig({ ... })`' }],
  ['a module whose default is an array', { name: 'md-codegen.config.mjs', text: 'export default [];', want: 'md-codegen.config.mjs: Found an array as the default export; expected a config object: `export default defineConfig({ ... })`' }],
])('a config file with %s', (_name, { name, text, want }) => {
  it('is one problem naming the file', async () => {
    const loaded = await load(name, text);
    const problems = 'problems' in loaded ? loaded.problems.map(formatProblem) : [];
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(want);
  });
});
