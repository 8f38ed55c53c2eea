// Shared test helpers: temporary projects and running the built CLI.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { defaultLimits, type Limits } from '../generator/limits.js';
import type { NamedDocument, NamedTable } from '../generator/model.js';
import { processDocument, type ReadOptions, reportMissingTables } from '../generator/seeds.js';

/** The repository root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The built CLI (`npm test` builds it first). */
export const bin = join(root, 'dist/bin.js');

/** The project's own seed, as bytes. */
export const seedBytes = readFileSync(join(root, 'seeds/http-status.md'));

/** A temporary folder, removed by the returned `cleanup`. */
export function tempDir(prefix = 'md-codegen-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Write `files` (path → text or bytes) under `dir`. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/**
 * A temporary project with `seeds/` as given (default: the project's seed)
 * and, optionally, a copy of `generated/` with the config file it was
 * generated with.
 */
export function tempProject(seeds: Record<string, string | Uint8Array> = { 'http-status.md': seedBytes }, withGenerated = false) {
  const temp = tempDir();
  writeFiles(join(temp.dir, 'seeds'), seeds);
  if (withGenerated) {
    cpSync(join(root, 'generated'), join(temp.dir, 'generated'), { recursive: true, filter: (path) => !/[/\\]node_modules$/.test(path) });
    cpSync(join(root, 'md-codegen.config.json'), join(temp.dir, 'md-codegen.config.json'));
  }
  return temp;
}

/** What a CLI run printed and returned. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `md-codegen args` in `cwd` with a clean colour environment (plus `env`). */
export function runCli(args: readonly string[], cwd: string, env: Record<string, string | undefined> = {}): CliRun {
  const base = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'GITHUB_ACTIONS']) delete base[name];
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, env: { ...base, ...env }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What {@link readText} read: the report, the document (`seed`, when read without errors) and its first table. */
export interface ReadText {
  readonly file: VFile;
  readonly seed: NamedDocument | undefined;
  readonly table: NamedTable | undefined;
}

/** Run the first pipeline stages on one document's text in memory, as `generate` runs them on a seeds folder holding only it. */
export function readText(text: string | Uint8Array, slug = 'test', limits: Partial<Limits> = {}, options: ReadOptions = {}): ReadText {
  const file = new VFile({ path: `seeds/${slug}.md` });
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const read = processDocument(bytes, file, `${slug}.md`, { ...defaultLimits, ...limits }, options);
  reportMissingTables([read]);
  const seed = file.messages.some((message) => message.fatal === true) ? undefined : read.document;
  return { file, seed, table: seed?.tables[0] };
}

/** `[ruleId, severity, line:column]` of every message, for compact assertions. */
export function messagesOf(file: VFile): [string, string, string][] {
  return file.messages.map((message) => [
    message.ruleId ?? '',
    message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    `${message.line ?? 0}:${message.column ?? 0}`,
  ]);
}

/** A minimal valid seed around table rows. */
export function seedWith(rows: readonly string[], header = '[//]:# "2024/11/7 14:33|api"\n\n# Title\n\nIntro.\n\n'): string {
  return `${header}Code | Description\n---|---\n${rows.join('\n')}\n`;
}

/** Every rule id the generator reports: literal ids passed to `report()` and row rules' `ruleId`. */
export function ruleIdsInSource(): string[] {
  const ids = new Set<string>();
  for (const path of readdirSync(join(root, 'generator'), { recursive: true, encoding: 'utf8' })) {
    if (!path.endsWith('.ts')) continue;
    const text = readFileSync(join(root, 'generator', path), 'utf8');
    for (const match of text.matchAll(/report\(\s*[\w.]+,\s*'(?:error|warning|info)',\s*'([a-z-]+)'|ruleId: '([a-z-]+)'/g)) ids.add(match[1] ?? match[2]!);
  }
  return [...ids].sort();
}
