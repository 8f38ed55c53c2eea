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

/** One entry of a package-lock.json's `packages`. */
interface LockEntry {
  readonly version?: string;
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly [key: string]: unknown;
}

/**
 * `package.json` and `package-lock.json` of a project `name` whose only
 * devDependency is the md-codegen `tarball` (a path relative to the project),
 * with every dependency of md-codegen locked at the version this repository's
 * lockfile installs: `npm ci --offline` then takes all of them from the npm
 * cache by their integrity. (`npm install --offline` would want the
 * registry's metadata of each, which `npm ci` does not leave in the cache.)
 * With `workspaces`, the project is a monorepo of those workspaces, locked
 * as npm locks them.
 */
export function lockedProject(name: string, tarball: string, workspaces?: Workspaces): Record<string, string> {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const self = lock.packages['']! as LockEntry & { name: string; license: string; bin: Record<string, string>; engines: Record<string, string> };
  const spec = `file:${tarball}`;
  const packages: Record<string, LockEntry> = {
    '': { name, devDependencies: { 'md-codegen': spec }, ...(workspaces && { workspaces: workspaces.globs }) },
    'node_modules/md-codegen': { version: self.version, resolved: tarball, dev: true, license: self.license, dependencies: self.dependencies, bin: self.bin, engines: self.engines },
  };
  // Every package md-codegen's dependencies reach, found where Node.js would find it from the one that needs it.
  const pending: [string, string][] = Object.keys(self.dependencies ?? {}).map((dependency) => ['', dependency]);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [from, dependency] = next;
    const parts = from === '' ? [] : from.split('/node_modules/');
    let key: string | undefined;
    for (let depth = parts.length; depth >= 0 && key === undefined; depth--) {
      const candidate = [...parts.slice(0, depth), dependency].join('/node_modules/');
      if (lock.packages[`node_modules/${candidate}`] !== undefined) key = `node_modules/${candidate}`;
    }
    if (key === undefined) throw new Error(`package-lock.json holds no ${dependency} for ${from || 'md-codegen'}`);
    if (packages[key] !== undefined) continue;
    const { dev: _dev, devOptional: _devOptional, ...entry } = lock.packages[key]!;
    packages[key] = { ...entry, dev: true };
    const needs = { ...entry.dependencies, ...entry.optionalDependencies };
    for (const each of Object.keys(needs)) pending.push([key.slice('node_modules/'.length), each]);
  }
  const manifest: Record<string, unknown> = { name, private: true, devDependencies: { 'md-codegen': spec } };
  if (workspaces) {
    manifest['workspaces'] = workspaces.globs;
    // As npm locks a workspace: the folder with its name and version, and a link to it in node_modules.
    for (const [folder, { name: member, version }] of Object.entries(workspaces.members)) {
      packages[folder] = { name: member, version };
      packages[`node_modules/${member}`] = { resolved: folder, link: true };
    }
  }
  return {
    'package.json': `${JSON.stringify(manifest, null, 2)}\n`,
    'package-lock.json': `${JSON.stringify({ name, lockfileVersion: 3, requires: true, packages }, null, 2)}\n`,
  };
}

/** The npm workspaces of a project: its `workspaces` globs, and each workspace folder there is now with its package's name and version. */
export interface Workspaces {
  readonly globs: readonly string[];
  readonly members: Readonly<Record<string, { readonly name: string; readonly version: string }>>;
}
