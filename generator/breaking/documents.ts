import { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { type Input, seedRoots } from '../inputs.js';
import { chooseInputs } from './choose.js';
import type { Limits } from '../limits.js';
import { toShownPath } from '../paths.js';
import { readListed, type ReadSeeds, type ReadSeedsOptions } from '../read.js';
import { processDocument, type ReadDocument, type ReadOptions } from '../seeds.js';
import { type GitFile, listIndex, listTree, readBlobs, type Repository, repositoryPath, shownPath } from './git.js';

/** Where one side of a comparison is read from: a commit's tree, or the index. */
export type Source = { readonly kind: 'commit'; readonly commit: string } | { readonly kind: 'index' };

/** The documents of the seeds as git has them, read as `generate` reads files; and the other files asked for, by shown path. */
export interface GitSide {
  readonly read: ReadSeeds;
  readonly files: ReadonlyMap<string, Buffer>;
}

/**
 * Read the documents of `seeds` (less `ignore`) from `source`, chosen as
 * {@link listInputs} chooses files (Markdown files under a seeds folder, but
 * in hidden folders or `node_modules`; the files a glob matches), each
 * through the same pipeline as a file of the working tree (`processDocument`,
 * with the same options), and the files `extra` (shown paths) as bytes.
 * Symbolic links and submodules are not documents. Nothing is checked out.
 */
export function readGitSide(cwd: string, repository: Repository, source: Source, seeds: readonly string[], options: ReadSeedsOptions, extra: readonly string[]): GitSide | { readonly problem: string } {
  const roots = seedRoots(cwd, seeds).map((root) => repositoryPath(repository, toShownPath(cwd, root)));
  const paths = [...new Set([...roots, ...extra.map((shown) => repositoryPath(repository, shown))].filter((path) => path !== undefined))];
  const listed = source.kind === 'commit' ? listTree(repository, source.commit, paths) : listIndex(repository, paths);
  if ('problem' in listed) return listed;
  const unmerged = listed.files.find((file) => file.stage !== 0);
  if (unmerged) return { problem: `Found \`${shownPath(repository, unmerged.path)}\` unmerged in the index; expected every file resolved: resolve the conflict and \`git add\` it` };
  const byShown = new Map(listed.files.filter((file) => file.mode === '100644' || file.mode === '100755').map((file) => [shownPath(repository, file.path), file]));
  const inputs = chooseInputs(cwd, seeds, options.ignore ?? [], [...byShown.keys()]);
  const readable = (file: GitFile) => file.size === undefined || file.size <= options.limits.fileSize;
  const wanted = [...inputs.map((input) => byShown.get(input.shown)!), ...extra.flatMap((shown) => byShown.get(shown) ?? [])];
  const blobs = readBlobs(repository, wanted.filter(readable).map((file) => file.oid));
  if ('problem' in blobs) return blobs;
  const readOne = (input: Input, limits: Limits, readOptions: ReadOptions): ReadDocument => {
    const file = new VFile({ path: input.shown });
    const bytes = blobs.blobs.get(byShown.get(input.shown)!.oid);
    if (bytes === undefined || bytes.length > limits.fileSize) {
      report(file, 'error', 'limit-file-size', `Found ${byShown.get(input.shown)!.size ?? bytes?.length} bytes; expected at most ${limits.fileSize} (raise it with --max-file-size)`, { line: 1, column: 1 });
      return { file, document: undefined, summaries: [], codeTables: 0, skipped: [] };
    }
    return processDocument(bytes, file, input.relative, limits, readOptions);
  };
  const read = readListed({ inputs, missing: [], passed: [] }, seeds, options, readOne);
  const files = new Map(extra.flatMap((shown) => {
    const bytes = byShown.has(shown) ? blobs.blobs.get(byShown.get(shown)!.oid) : undefined;
    return bytes === undefined ? [] : [[shown, bytes] as const];
  }));
  return { read, files };
}
