// Every rule id has a fixture: `test/fixtures/<case>/input.md` is a seed and
// `case.json` says what its report must hold (`want`: every [rule id, severity]
// pair) and, when needed, how to run it (`seed`: its file name, `args`: extra
// flags, `files`: more files in the project, `links`: symbolic links in it). `report.txt` and `report.json`
// beside it are what the CLI prints; regenerate them with `vitest -u`.
import { cpSync, existsSync, readdirSync, readFileSync, realpathSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../generator/cli.js';
import { configure } from '../generator/config/configure.js';
import { type GenerateOptions, generate } from '../generator/generate.js';
import { type JsonMessage, toJsonMessages } from '../generator/report/json.js';
import { compactLine } from '../generator/report/text.js';
import { root, ruleIdsInSource, runCli, tempDir, writeFiles } from './helpers.js';

interface Case {
  readonly want: readonly (readonly [string, JsonMessage['severity']])[];
  readonly seed?: string;
  readonly args?: readonly string[];
  readonly files?: Readonly<Record<string, string>>;
  readonly links?: Readonly<Record<string, string>>;
}

/**
 * Rules no file a test can write brings about, each proven by the test
 * named: `document-read` needs a document that cannot be read, and the tests
 * run as root, which reads any file; `remark-options` is a bad option of the
 * remark plugin, which `generate` does not load, and `remark-config` a config
 * the plugin cannot read, which stops `generate` before any rule; the breaking-change rules
 * need a git history, which their tests build commit by commit.
 */
const withoutFixture: Readonly<Record<string, string>> = {
  'document-read': 'test/seeds.test.ts',
  'remark-options': 'test/remark/options.test.ts',
  'remark-config': 'test/remark/project.test.ts',
  'code-removed': 'test/breaking/history.test.ts',
  'member-renamed': 'test/breaking/history.test.ts',
  'value-changed': 'test/breaking/history.test.ts',
  'table-removed': 'test/breaking/history.test.ts',
  'table-renamed': 'test/breaking/history.test.ts',
  'module-renamed': 'test/breaking/history.test.ts',
  'field-removed': 'test/breaking/history.test.ts',
  'kind-changed': 'test/breaking/history.test.ts',
  'code-added': 'test/breaking/history.test.ts',
  'text-changed': 'test/breaking/history.test.ts',
  'field-added': 'test/breaking/rules.test.ts',
  'table-added': 'test/breaking/rules.test.ts',
  'version-bump': 'test/breaking/command.test.ts',
};

const fixtures = join(root, 'test/fixtures');
/** The rule fixtures: the folders with a `case.json` (other folders hold emitter fixtures). */
export const ruleCases: [string, Case][] = readdirSync(fixtures)
  .filter((name) => existsSync(join(fixtures, name, 'case.json')))
  .sort()
  .map((name) => [name, JSON.parse(readFileSync(join(fixtures, name, 'case.json'), 'utf8')) as Case]);

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

/** A temporary project holding the case's seed and files, and optionally a copy of the committed `generated/`. */
function project(name: string, given: Case, withOutput = false): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  writeFiles(dir, { [`seeds/${given.seed ?? `${name}.md`}`]: readFileSync(join(fixtures, name, 'input.md')), ...given.files });
  for (const [path, target] of Object.entries(given.links ?? {})) symlinkSync(target, join(dir, path));
  const hasOutput = Object.keys(given.files ?? {}).some((path) => path === 'generated' || path.startsWith('generated/'));
  if (withOutput && !hasOutput) cpSync(join(root, 'generated'), join(dir, 'generated'), { recursive: true, filter: (path) => !/[/\\]node_modules$/.test(path) });
  return dir;
}

/** Every file under `dir` with its bytes and modification time: equal before and after means untouched. */
function tree(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  if (statSync(dir).isFile()) return { '.': `${readFileSync(dir, 'utf8')} @${statSync(dir).mtimeMs}` };
  const entries = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  return Object.fromEntries(entries.map((path) => {
    const full = join(dir, path);
    return [path, statSync(full).isFile() ? `${readFileSync(full, 'utf8')} @${statSync(full).mtimeMs}` : 'folder'];
  }));
}

/**
 * The run's output with the temporary folder written as `<project>`, and
 * without the count of generated files, which the emitters decide.
 */
function shown(text: string, dir: string): string {
  return text
    .replaceAll(realpathSync(dir), '<project>')
    .replaceAll(dir, '<project>')
    .replace(/^(generated: )\d+ files, wrote \d+, /m, '$1N files, wrote N, ');
}

describe.each(ruleCases)('fixture %s', (name, given) => {
  const fails = given.want.some(([, severity]) => severity === 'error');
  const args = ['generate', ...(given.args ?? [])];

  it(fails ? 'prints the text report with every error at its place, exits 1 and writes nothing' : 'prints the text report, exits 0 and writes the package', async () => {
    const dir = project(name, given);
    const before = tree(join(dir, 'generated'));
    const run = runCli(args, dir);
    expect(run.stderr).not.toContain('internal error');
    expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(fails ? 1 : 0);
    if (fails) expect(tree(join(dir, 'generated'))).toEqual(before);
    else expect(existsSync(join(dir, 'generated/package.json'))).toBe(true);
    const text = shown(run.stderr, dir);
    await expect(text).toMatchFileSnapshot(join(fixtures, name, 'report.txt'));
    const { reports } = fails ? await generate({ ...(await options(given, dir)), cwd: dir, check: true }) : { reports: [] };
    for (const error of toJsonMessages(reports).filter((message) => message.severity === 'error')) {
      if (error.file.startsWith('seeds/')) expect(text).toMatch(new RegExp(`^${error.file}:${error.line}:${error.column}: error: `, 'm'));
      expect(text).toContain(compactLine({ ...error, message: shown(error.message, dir) }));
    }
  });

  it('reports exactly the wanted rules, as JSON, and leaves an existing output folder untouched', async () => {
    const dir = project(name, given, true);
    const before = tree(join(dir, 'generated'));
    const result = await generate({ ...(await options(given, dir)), cwd: dir });
    const messages = toJsonMessages(result.reports);
    expect(result.ok).toBe(!fails);
    const found = [...new Set(messages.map((message) => `${message.ruleId} ${message.severity}`))].sort();
    expect(found).toEqual(given.want.map(([rule, severity]) => `${rule} ${severity}`).sort());
    if (fails) expect(tree(join(dir, 'generated'))).toEqual(before);
    await expect(`${shown(JSON.stringify(messages, null, 2), dir)}\n`).toMatchFileSnapshot(join(fixtures, name, 'report.json'));
  });

  if (!fails && given.want.some(([, severity]) => severity === 'warning')) {
    it('fails with strict and writes nothing', async () => {
      const dir = project(name, given);
      const result = await generate({ ...(await options(given, dir)), cwd: dir, strict: true });
      expect(result.ok).toBe(false);
      expect(existsSync(join(dir, 'generated'))).toBe(false);
    });
  }
});

/** The case's flags and config file as `generate()` options, as the CLI makes them. */
async function options(given: Case, dir: string): Promise<GenerateOptions> {
  const command = parseCommandLine(['generate', ...(given.args ?? [])]);
  if (command.kind !== 'run') throw new Error(`bad args in case.json: ${command.kind}`);
  const configured = await configure(dir, command.config, command.options, 'npx md-codegen generate');
  if ('problems' in configured) throw new Error(`bad config in case.json: ${configured.problems.map((problem) => problem.message).join('; ')}`);
  return configured.options;
}

describe('the rule fixtures', () => {
  it('cover every rule id the generator reports, each in a fixture that reports it', () => {
    const ids = ruleIdsInSource();
    expect(ids.length).toBeGreaterThan(30);
    const covered = new Set([...ruleCases.flatMap(([, given]) => given.want.map(([rule]) => rule)), ...Object.keys(withoutFixture)]);
    expect(ids.filter((id) => !covered.has(id))).toEqual([]);
    expect([...covered].filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('are all listed in the README', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(ruleIdsInSource().filter((id) => !readme.includes(`\`${id}\``))).toEqual([]);
  });

  it('include a fixture named after each rule id', () => {
    const names = new Set([...ruleCases.map(([name]) => name), ...Object.keys(withoutFixture)]);
    expect(ruleIdsInSource().filter((id) => !names.has(id))).toEqual([]);
    for (const test of Object.values(withoutFixture)) expect(existsSync(join(root, test)), test).toBe(true);
  });
});
