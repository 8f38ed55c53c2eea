import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { VFile } from 'vfile';
import { hasErrors, report } from './diagnostics.js';
import { checkCharacters, extractSeed } from './extract/index.js';
import type { Limits } from './limits.js';
import type { NamedSeed, TableKind } from './model.js';
import { resolveNames } from './names/resolve.js';
import { isValidSlug } from './names/seed.js';
import { decodeSeed, parseSeed } from './parse/index.js';
import { validateSeed } from './validate/index.js';

/** One seed after reading: its report, its model when it could be read without errors, and how its table was read. */
export interface ReadSeed {
  readonly file: VFile;
  readonly seed: NamedSeed | undefined;
  /** `http` or `generic` once a table was found, errors or not: what the rules that ran took it for. */
  readonly kind: TableKind | undefined;
}

// The file system calls here and in write/ are synchronous: a seed or a
// generated file is small, and each asynchronous call waits for a trip through
// libuv's thread pool. On 200 seeds, reading the 1,005 generated files for
// `check` took 350 to 590 ms asynchronously, 10 to 22 ms synchronously.

/** The `.md` files of a seeds folder, sorted by name (code unit order, any locale). */
export async function listSeeds(dir: string): Promise<string[]> {
  const entries = readdirSync(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Read one seed through the pipeline's first stages: decode, parse, extract,
 * name and validate. Every finding is on the returned file; `seed` is set when
 * the model could be built.
 */
export async function readSeed(dir: string, name: string, shown: string, limits: Limits): Promise<ReadSeed> {
  const path = join(dir, name);
  const file = new VFile({ path: `${shown}/${name}` });
  const slug = basename(name, '.md');
  const { size } = statSync(path);
  if (size > limits.fileSize) {
    report(file, 'error', 'limit-file-size', `Found ${size} bytes; expected at most ${limits.fileSize} (raise it with --max-file-size)`, { line: 1, column: 1 });
    return { file, seed: undefined, kind: undefined };
  }
  return processSeed(readFileSync(path), file, slug, limits);
}

/** The pipeline's first stages on bytes already read; shared by `readSeed` and tests. */
export function processSeed(bytes: Uint8Array, file: VFile, slug: string, limits: Limits): ReadSeed {
  if (!isValidSlug(slug)) {
    report(file, 'error', 'seed-name', `Found the seed file name \`${slug}.md\`; expected lower-case words joined by \`-\` (\`http-status.md\`): rename the file`, { line: 1, column: 1 });
    return { file, seed: undefined, kind: undefined };
  }
  const text = decodeSeed(bytes, file);
  if (text === undefined) return { file, seed: undefined, kind: undefined };
  file.value = text;
  checkCharacters(text, file);
  const tree = parseSeed(text, file, limits);
  const model = tree && extractSeed(tree, file, slug, limits);
  if (!model) return { file, seed: undefined, kind: undefined };
  validateSeed(model, file);
  const seed = resolveNames(model, file);
  return { file, seed: hasErrors(file) ? undefined : seed, kind: model.kind };
}
