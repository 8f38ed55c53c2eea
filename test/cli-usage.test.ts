import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { help, parseCommandLine } from '../generator/cli.js';
import { root, runCli, tempProject } from './helpers.js';

describe.each([
  ['no command', { given: [], want: 'Missing command' }],
  ['an unknown command', { given: ['build'], want: 'Unknown command `build`' }],
  ['an unknown flag', { given: ['generate', '--colour'], want: "Unknown option '--colour'" }],
  ['an extra argument', { given: ['check', 'seeds'], want: 'Unexpected argument `seeds`' }],
  ['an unknown reporter', { given: ['check', '--reporter', 'xml'], want: 'Unknown reporter `xml`' }],
  ['--watch with check', { given: ['check', '--watch'], want: '--watch goes with generate' }],
  ['--against with generate', { given: ['generate', '--against', 'main'], want: '--against goes with breaking' }],
  ['--staged with generate', { given: ['generate', '--staged'], want: '--staged goes with check or breaking' }],
  ['--against with check', { given: ['check', '--against', 'main'], want: '--against goes with breaking' }],
  ['--strict with init', { given: ['init', '--strict'], want: '--strict does not go with init' }],
  ['--full with generate', { given: ['generate', '--full'], want: '--full goes with check' }],
  ['--watch with breaking', { given: ['breaking', '--against', 'main', '--watch'], want: '--watch goes with generate' }],
  ['a limit that is not a number', { given: ['generate', '--max-rows', '10k'], want: '--max-rows takes a positive whole number' }],
  ['a zero limit', { given: ['generate', '--max-cell-length', '0'], want: '--max-cell-length takes a positive whole number' }],
])('bad usage: %s', (_name, { given, want }) => {
  it('is a usage error that says what is wrong', () => {
    const invocation = parseCommandLine(given);
    expect(invocation.kind).toBe('usage');
    expect(invocation.kind === 'usage' && invocation.reason).toContain(want);
  });
});

describe('parseCommandLine', () => {
  it('fills every option given', () => {
    expect(parseCommandLine(['check', '--config', 'x.json', '--seeds', 'docs', '--out', 'pkg', '--strict', '--allow-outside', '--reporter', 'json', '--max-rows', '10'])).toEqual({
      kind: 'run',
      command: 'check',
      config: 'x.json',
      reporter: 'json',
      watch: false,
      full: false,
      options: { seeds: 'docs', out: 'pkg', check: true, strict: true, allowOutside: true, limits: { rows: 10 } },
    });
    expect(parseCommandLine(['check', '--staged', '--full'])).toMatchObject({ kind: 'run', full: true, options: { check: true, staged: true } });
  });

  it('leaves out the flags not given, so that the keys of the config file apply', () => {
    const invocation = parseCommandLine(['generate']);
    expect(invocation).toEqual({ kind: 'run', command: 'generate', config: undefined, reporter: 'text', watch: false, full: false, options: { check: false, limits: {} } });
  });

  it('gives breaking its --against and --staged, and no other command', () => {
    expect(parseCommandLine(['breaking', '--against', 'origin/main', '--staged', '--reporter', 'json'])).toEqual({
      kind: 'run',
      command: 'breaking',
      config: undefined,
      reporter: 'json',
      watch: false,
      full: false,
      options: { check: false, limits: {} },
      breaking: { against: 'origin/main', staged: true },
    });
    expect(parseCommandLine(['breaking'])).toMatchObject({ kind: 'run', breaking: { against: undefined, staged: false } });
    expect(parseCommandLine(['check'])).not.toHaveProperty('breaking');
  });

  it('asks for help with -h and --help', () => {
    expect(parseCommandLine(['-h'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['generate', '--help'])).toEqual({ kind: 'help' });
  });

  it('asks for the version with -v and --version, help first', () => {
    expect(parseCommandLine(['-v'])).toEqual({ kind: 'version' });
    expect(parseCommandLine(['--version'])).toEqual({ kind: 'version' });
    expect(parseCommandLine(['--version', '--help'])).toEqual({ kind: 'help' });
  });
});

describe('the CLI', () => {
  it('prints help on stdout and exits 0', () => {
    const run = runCli(['--help'], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(help);
  });

  it.each(['--version', '-v'])('prints the version of its package.json on stdout with %s and exits 0', (flag) => {
    const run = runCli([flag], root);
    expect([run.status, run.stdout, run.stderr]).toEqual([0, `${(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version}\n`, '']);
  });

  it('exits 2 on bad usage, with the reason and the help, and no stack trace', () => {
    const run = runCli(['frobnicate'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('md-codegen: Unknown command `frobnicate`');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  describe.each([
    ['the working directory', ['generate', '--out', '.']],
    ['the seeds folder', ['generate', '--out', 'seeds']],
    ['a folder outside the working directory', ['generate', '--out', '../elsewhere']],
  ])('with --out at %s', (_name, args) => {
    it('refuses with exit 2 and writes nothing', () => {
      const project = tempProject();
      try {
        const run = runCli(args, project.dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('--out');
      } finally {
        project.cleanup();
      }
    });
  });
});

describe('README', () => {
  it('shows every line of --help, so that the two stay in step', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const lines = help.split('\n').filter((line) => /^ {2}\S/.test(line));
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(readme).toContain(line);
  });
});
