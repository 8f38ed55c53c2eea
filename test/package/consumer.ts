// Helpers of the package test: pack the generated package as npm would publish
// it, and install the tarball into a throwaway project outside the workspace.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { root, writeFiles } from '../helpers.js';

/** What a finished command printed. */
export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Run a command in `cwd` without the `npm_*` variables of the `npm test` that
 * started us (they would point npm at this workspace), and without any
 * `node_modules/.bin` on the path (no `tsc` to build with).
 */
export function run(command: string, args: readonly string[], cwd: string): Run {
  const env: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(process.env)) if (!/^npm_/i.test(name)) env[name] = value;
  env['PATH'] = (process.env['PATH'] ?? '').split(delimiter).filter((entry) => !/[/\\]node_modules[/\\]\.bin$/.test(entry)).join(delimiter);
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', shell: process.platform === 'win32' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Like `run`, but throws with the output when the command fails. */
export function runOk(command: string, args: readonly string[], cwd: string): string {
  const result = run(command, args, cwd);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** One entry of `npm pack --json`. */
export interface Packed {
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

/** Parse `npm pack --json` output (its scripts log to stderr). */
export function parsePack(stdout: string): Packed {
  const [packed] = JSON.parse(stdout) as Packed[];
  if (packed === undefined) throw new Error(`npm pack printed no package: ${stdout}`);
  return packed;
}

/**
 * Copy the committed `generated/` (no `node_modules`) to `dir/package` and
 * `npm pack` it there, as it is: the package has no script, nothing is
 * built. Returns the tarball's path and its file list.
 */
export function packGenerated(dir: string): { tarball: string; files: string[] } {
  const copy = join(dir, 'package');
  cpSync(join(root, 'generated'), copy, { recursive: true, filter: (path) => !/[/\\]node_modules$/.test(path) });
  const packed = parsePack(runOk('npm', ['pack', '--json', '--pack-destination', dir], copy));
  return { tarball: join(dir, packed.filename), files: packed.files.map((file) => file.path).sort() };
}

/** A project outside the workspace with `tarball` installed, offline: the package has no dependencies. */
export function installConsumer(dir: string, tarball: string): string {
  const consumer = join(dir, 'consumer');
  writeFiles(consumer, { 'package.json': `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n` });
  runOk('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund'], consumer);
  return consumer;
}

/** The fenced code blocks of a Markdown text in `language`, each as its text. */
export function codeBlocks(markdown: string, language: string): string[] {
  const blocks: string[] = [];
  const fence = new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm');
  for (const match of markdown.matchAll(fence)) blocks.push(match[1]!);
  return blocks;
}

/** The installed package's README. */
export function installedReadme(consumer: string): string {
  return readFileSync(join(consumer, 'node_modules/@md-codegen/generated/README.md'), 'utf8');
}
