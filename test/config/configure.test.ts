// generator/config/configure.ts through the real CLI: each kind of config
// file is found and applied, every flag overrides its key, the command that
// was run is named where no config names one, and every bad config exits 2
// with its exact message and writes nothing.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { root, runCli, seedWith, tempProject, writeFiles } from '../helpers.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

/** A project with the project's seed, `files` (config files), and md-codegen installed for `defineConfig`. */
function project(files: Record<string, string>, seeds?: Record<string, string>): string {
  const { dir, cleanup } = tempProject(seeds);
  cleanups.push(cleanup);
  writeFiles(dir, { ...files, 'node_modules/.keep': '' });
  symlinkSync(root, join(dir, 'node_modules/md-codegen'), 'dir');
  return dir;
}

const packageOf = (dir: string, out: string) => JSON.parse(readFileSync(join(dir, out, 'package.json'), 'utf8')) as Record<string, unknown>;
const regenerateLine = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8').split('\n')[2];

const settings = { out: 'packages/api-codes', package: { name: '@acme/api-codes', version: '1.2.0', license: 'MIT', description: 'Codes of the Acme API' }, command: 'npm run codes' };
const asJs = `export default ${JSON.stringify(settings)};`;

describe.each([
  ['md-codegen.config.json', { files: { 'md-codegen.config.json': JSON.stringify(settings, null, 2) }, args: [] }],
  ['md-codegen.config.js (CommonJS)', { files: { 'md-codegen.config.js': `module.exports = ${JSON.stringify(settings)};` }, args: [] }],
  ['md-codegen.config.js (ES module)', { files: { 'md-codegen.config.js': asJs, 'package.json': '{ "type": "module" }' }, args: [] }],
  ['md-codegen.config.mjs', { files: { 'md-codegen.config.mjs': asJs }, args: [] }],
  ['md-codegen.config.ts with defineConfig', { files: { 'md-codegen.config.ts': `import { defineConfig } from 'md-codegen';\n\nconst out: string = 'packages/api-codes';\nexport default defineConfig({ ...${JSON.stringify(settings)}, out });\n` }, args: [] }],
  ['--config pointing elsewhere', { files: { 'config/codes.json': JSON.stringify(settings), 'md-codegen.config.json': '{ "out": "wrong" }' }, args: ['--config', 'config/codes.json'] }],
])('a project with %s', (_name, { files, args }) => {
  it('generates the package the config describes, and check finds it in sync', () => {
    const dir = project(files);
    const run = runCli(['generate', ...args], dir);
    expect(run.stderr).toContain('packages/api-codes: ');
    expect(run.status).toBe(0);
    expect(packageOf(dir, 'packages/api-codes')).toMatchObject({ name: '@acme/api-codes', version: '1.2.0', license: 'MIT', description: 'Codes of the Acme API' });
    expect(regenerateLine(dir, 'packages/api-codes/src/index.ts')).toBe('// Regenerate with `npm run codes`.');
    expect(existsSync(join(dir, 'generated'))).toBe(false);
    expect(existsSync(join(dir, 'wrong'))).toBe(false);
    expect(runCli(['check', ...args], dir).status).toBe(0);
  });
});

describe('flags over keys', () => {
  const config = { 'md-codegen.config.json': JSON.stringify({ seeds: 'docs', out: 'pkg', limits: { rows: 2, columns: 3 } }) };
  const seeds = { 'codes.md': seedWith(['100001 A|a', '100002 B|b', '100003 C|c']) };

  it('applies the keys when no flag is given: limits.rows stops the run', () => {
    const dir = project({ ...config, 'docs/codes.md': seeds['codes.md'] });
    const run = runCli(['generate'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('limit-rows');
    expect(existsSync(join(dir, 'pkg'))).toBe(false);
  });

  it('takes --seeds, --out and --max-rows over seeds, out and limits.rows, and keeps limits.columns', () => {
    const dir = project(config, seeds);
    const run = runCli(['generate', '--seeds', 'seeds', '--out', 'elsewhere', '--max-rows', '10'], dir);
    expect(run.status).toBe(0);
    expect(readdirSync(join(dir, 'elsewhere/src'))).toContain('codes');
    expect(existsSync(join(dir, 'pkg'))).toBe(false);
    expect(runCli(['generate', '--seeds', 'seeds', '--out', 'elsewhere', '--max-rows', '10', '--max-columns', '1'], dir).stderr).toContain('limit-columns');
  });

  it('takes --strict over strict: false', () => {
    // The project's seed has warnings: they fail the run with --strict only.
    const dir = project({ 'md-codegen.config.json': '{ "strict": false }' });
    expect(runCli(['generate', '--strict'], dir).status).toBe(1);
    expect(existsSync(join(dir, 'generated'))).toBe(false);
    expect(runCli(['generate'], dir).status).toBe(0);
  });

  it('applies strict: true and allowOutside: false from the config', () => {
    expect(runCli(['generate'], project({ 'md-codegen.config.json': '{ "strict": true }' })).status).toBe(1);
    const outside = runCli(['generate'], project({ 'md-codegen.config.json': '{ "out": "../outside" }' }));
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain('outside the working directory');
  });
});

describe('several seeds and ignores', () => {
  it('read every folder and glob the config names, less what it ignores', () => {
    const dir = project({
      'md-codegen.config.json': '{ "seeds": ["seeds", "docs/errors/**/*.md"], "ignore": ["docs/errors/drafts/**"] }',
      'docs/errors/orders.md': '# Order errors\n\n| Code | Message | Description |\n| --- | --- | --- |\n| 10001 | Order Locked | locked |\n',
      'docs/errors/drafts/refunds.md': '# Refund errors\n\n| Code | Message | Description |\n| --- | --- | --- |\n| 20001 | Refund Late | late |\n',
    });
    const run = runCli(['generate'], dir);
    expect(run.status).toBe(0);
    expect(existsSync(join(dir, 'generated/src/http-status/enum.ts'))).toBe(true);
    expect(readFileSync(join(dir, 'generated/src/orders/map.ts'), 'utf8')).toContain('"Order Locked"');
    expect(existsSync(join(dir, 'generated/src/drafts'))).toBe(false);
    expect(existsSync(join(dir, 'generated/src/refunds'))).toBe(false);
  });
});

describe('the command named in generated files and the drift report', () => {
  describe.each([
    ['no config and no flags', { files: {}, args: [], out: 'generated', want: 'npx md-codegen generate' }],
    ['--out', { files: {}, args: ['--out', 'my codes'], out: 'my codes', want: "npx md-codegen generate --out 'my codes'" }],
    ['--config and --seeds', { files: { 'codes.json': '{ "out": "pkg" }' }, args: ['--config', 'codes.json', '--seeds', 'seeds'], out: 'pkg', want: 'npx md-codegen generate --config codes.json --seeds seeds' }],
    ['a config file without command, found in the folder', { files: { 'md-codegen.config.json': '{ "out": "pkg" }' }, args: [], out: 'pkg', want: 'npx md-codegen generate' }],
    ['a config file with command', { files: { 'md-codegen.config.json': '{ "command": "npm run codes" }' }, args: ['--out', 'pkg'], out: 'pkg', want: 'npm run codes' }],
  ])('with %s', (_name, { files, args, out, want }) => {
    it('is the command that was run, or the config\'s', () => {
      const dir = project(files);
      expect(runCli(['generate', ...args], dir).status).toBe(0);
      expect(regenerateLine(dir, `${out}/src/http-status/enum.ts`)).toBe(`// Regenerate with \`${want}\`.`);
      expect(readFileSync(join(dir, out, 'README.md'), 'utf8')).toContain(`edit them, then run \`${want}\`;`);
      writeFiles(dir, { [`${out}/src/http-status/enum.ts`]: '// Code generated by md-codegen from seeds/http-status.md. DO NOT EDIT.\n' });
      const check = runCli(['check', ...args], dir);
      expect(check.status).toBe(1);
      expect(check.stderr).toContain(`Fix: run \`${want}\` and commit the result.`);
    });
  });
});

/** Every file under `dir` with its bytes and modification time. */
function tree(dir: string): Record<string, string> {
  const entries = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => !path.startsWith('node_modules')).sort();
  return Object.fromEntries(entries.map((path) => [path, statSync(join(dir, path)).isFile() ? `${readFileSync(join(dir, path), 'utf8')} @${statSync(join(dir, path)).mtimeMs}` : 'folder']));
}

const nothingWritten = 'Nothing was written: fix the config error above.';

describe.each([
  ['an unknown key', { files: { 'md-codegen.config.json': '{\n  "seed": "docs"\n}\n' }, args: [], want: ['md-codegen.config.json:2:3: Unknown key "seed"; did you mean "seeds"?', '', nothingWritten] }],
  ['an unknown nested key', { files: { 'md-codegen.config.json': '{ "limits": { "row": 5 } }' }, args: [], want: ['md-codegen.config.json:1:15: Unknown key "limits.row"; did you mean "limits.rows"?', '', nothingWritten] }],
  ['a bad package name', { files: { 'md-codegen.config.json': '{\n  "package": {\n    "name": "Acme Codes"\n  }\n}\n' }, args: [], want: ['md-codegen.config.json:3:13: package.name: expected a valid npm package name (name can only contain URL-friendly characters; name can no longer contain capital letters), found "Acme Codes"', '', nothingWritten] }],
  ['a bad key in a .ts config', { files: { 'md-codegen.config.ts': "import { defineConfig } from 'md-codegen';\nexport default defineConfig({ style: 'constant' as 'const' });\n" }, args: [], want: ['md-codegen.config.ts: style: expected "enum" or "const", found "constant"', '', nothingWritten] }],
  ['invalid JSON', { files: { 'md-codegen.config.json': '{ "seeds": "docs", }' }, args: [], want: ['md-codegen.config.json:1:20: Found "}"; expected a key in double quotes (the file is not valid JSON)', '', nothingWritten] }],
  ['two config files', { files: { 'md-codegen.config.json': '{}', 'md-codegen.config.mjs': 'export default {};' }, args: [], want: ['md-codegen: Found 2 config files, `md-codegen.config.json` and `md-codegen.config.mjs`; expected one: remove the others, or choose one with --config <file>', '', nothingWritten] }],
  ['a missing --config file', { files: {}, args: ['--config', 'codes.json'], want: ['md-codegen: Found no file `codes.json` (--config); expected the config file there: check the path', '', nothingWritten] }],
  ['a config that throws', { files: { 'md-codegen.config.mjs': "throw new RangeError('no config today');" }, args: [], want: ['md-codegen.config.mjs: Could not load the file: it threw RangeError: no config today; expected a module that runs: fix it, or run it with node to see where it fails', '', nothingWritten] }],
  ['a config without a default export', { files: { 'md-codegen.config.ts': "export const seeds = 'docs';" }, args: [], want: ['md-codegen.config.ts: Found no default export; expected `export default defineConfig({ ... })`', '', nothingWritten] }],
  ['a config exporting a non-object', { files: { 'md-codegen.config.mjs': 'export default 42;' }, args: [], want: ['md-codegen.config.mjs: Found 42 as the default export; expected a config object: `export default defineConfig({ ... })`', '', nothingWritten] }],
])('a project with %s', (_name, { files, args, want }) => {
  describe.each([['generate'], ['check']])('on %s', (command) => {
    it('exits 2 with exactly this message, no stack trace, and leaves every file as it was', () => {
      const { dir, cleanup } = tempProject(undefined, true);
      cleanups.push(cleanup);
      rmSync(join(dir, 'md-codegen.config.json'));
      writeFiles(dir, { ...files, 'node_modules/.keep': '' });
      symlinkSync(root, join(dir, 'node_modules/md-codegen'), 'dir');
      // The copied output is stale for this project's config: a run would rewrite it.
      writeFiles(dir, { 'generated/src/http-status/enum.ts': '// Code generated by md-codegen from seeds/http-status.md. DO NOT EDIT.\n' });
      const before = tree(dir);
      const run = runCli([command, ...args], dir);
      expect(run.stderr).toBe(`${want.join('\n')}\n`);
      expect(run.stdout).toBe('');
      expect(run.status).toBe(2);
      expect(tree(dir)).toEqual(before);
    });
  });
});

describe('the README', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Programmatic API'));
  const blocks = [...section.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((match) => ({ lang: match[1], text: match[2]! }));

  it('shows what the CLI prints for its bad example', () => {
    const bad = blocks.find((block) => block.lang === 'json' && block.text.includes('"seed"'))!;
    const printed = blocks[blocks.indexOf(bad) + 1]!;
    const run = runCli(['generate'], project({ 'md-codegen.config.json': bad.text }));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(printed.text);
  });

  it('gives examples that load and generate: the JSON one, and the .ts one with defineConfig', () => {
    const json = blocks.find((block) => block.lang === 'json')!;
    const ts = blocks.find((block) => block.lang === 'ts')!;
    for (const files of [{ 'md-codegen.config.json': json.text }, { 'md-codegen.config.ts': ts.text }] as Record<string, string>[]) {
      const dir = project(files, {});
      writeFiles(dir, { 'docs/api/http-status.md': readFileSync(join(root, 'seeds/http-status.md'), 'utf8') });
      const run = runCli(['generate'], dir);
      expect(run.status).toBe(0);
      expect(packageOf(dir, 'packages/api-codes')).toMatchObject({ name: '@acme/api-codes', version: '1.2.0', license: 'MIT' });
    }
  });
});

describe('startup without a config file', () => {
  /** The packages the modules statically reachable from `entry` import (dynamic `import()` not followed). */
  function staticPackages(entry: string): Set<string> {
    const packages = new Set<string>();
    const seen = new Set<string>();
    const visit = (path: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      for (const [, specifier] of readFileSync(path, 'utf8').matchAll(/^(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)) {
        if (specifier!.startsWith('.')) visit(join(path, '..', specifier!));
        else packages.add(specifier!.replace(/^(@[^/]+\/[^/]+|[^/]+).*$/, '$1'));
      }
    };
    visit(entry);
    return packages;
  }

  it('loads neither the schema nor the loaders: they are imported only when there is a config file', () => {
    const packages = staticPackages(join(root, 'dist/cli.js'));
    expect(packages).toContain('vfile');
    for (const name of ['zod', 'jiti', 'jsonc-parser', 'leven', 'semver', 'spdx-expression-parse', 'spdx-correct', 'validate-npm-package-name']) expect(packages).not.toContain(name);
  });
});
