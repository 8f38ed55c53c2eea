// `check --staged`: the drift check on what git has staged. A pre-commit hook
// runs before the commit exists, and the working tree may hold edits that are
// not part of it: the seeds are read from the index, and the generated files
// they produce are compared with the output folder's files in the index, so
// that a commit whose staged generated files are stale cannot pass. Nothing
// is checked out, written or locked: the index is git's.
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { readGitSide } from '../breaking/documents.js';
import { listIndex, openRepository, readBlobs, repositoryPath, type Repository } from '../breaking/git.js';
import type { GeneratedFile } from '../emit/print.js';
import type { ReadSeeds, ReadSeedsOptions } from '../read.js';
import type { OutputResult } from './output.js';
import { describeKind, type ForeignEntry, hasDrift, type Plan } from './plan.js';
import { ignoreMatcher, isGenerated } from './scan.js';

/** The seeds as staged, read through the same pipeline as the working tree's, with the repository they lie in; or why they cannot be read. */
export function readStagedSeeds(cwd: string, seeds: readonly string[], options: ReadSeedsOptions): { readonly read: ReadSeeds; readonly repository: Repository } | { readonly problem: string } {
  const opened = openRepository(cwd);
  if ('problem' in opened) return opened;
  const side = readGitSide(cwd, opened.repository, { kind: 'index' }, seeds, options, []);
  return 'problem' in side ? side : { read: side.read, repository: opened.repository };
}

/** What to compare with the index. */
export interface StagedRequest {
  readonly repository: Repository;
  /** The output folder as reports show it, relative to the working directory. */
  readonly shownOut: string;
  readonly files: readonly GeneratedFile[];
  /** Globs, relative to the output folder, of what is the user's there. */
  readonly ignore: readonly string[];
  /** The command the drift report tells people to run. */
  readonly command: string;
}

/**
 * Compare the generated files with the output folder's files in the index,
 * byte for byte, as `check` compares them with the working tree: a staged
 * file that differs, a generated file not staged, a staged generated file no
 * seed produces, and a staged file the generator does not write (without the
 * mark, a symbolic link, a submodule) are drift. Findings are reported on
 * `outFile`; a failure of git is reported too, never thrown.
 */
export async function compareIndex(request: StagedRequest, outFile: VFile): Promise<OutputResult> {
  const { repository, shownOut, files } = request;
  const failed: OutputResult = { ok: false, plan: undefined, drift: '', written: [], removed: [] };
  const outPath = repositoryPath(repository, shownOut);
  if (outPath === undefined) {
    report(outFile, 'error', 'git-ref', `Found the output folder \`${shownOut}\` outside the git repository; expected it inside, where the index holds it: check --staged compares only what git stages`);
    return failed;
  }
  const listed = listIndex(repository, [outPath]);
  if ('problem' in listed) {
    report(outFile, 'error', 'git-ref', listed.problem);
    return failed;
  }
  const prefix = outPath === '.' ? '' : `${outPath}/`;
  const ignored = ignoreMatcher(request.ignore);
  const staged = listed.files.map((file) => ({ ...file, relative: file.path.slice(prefix.length) })).filter((file) => !ignored(file.relative));
  const unmerged = staged.find((file) => file.stage !== 0);
  if (unmerged) {
    report(outFile, 'error', 'git-ref', `Found \`${shownOut}/${unmerged.relative}\` unmerged in the index; expected every file resolved: generate, then \`git add\` the output folder`);
    return failed;
  }
  const regular = staged.filter((file) => file.mode === '100644' || file.mode === '100755');
  const blobs = readBlobs(repository, regular.map((file) => file.oid));
  if ('problem' in blobs) {
    report(outFile, 'error', 'git-ref', blobs.problem);
    return failed;
  }
  const produced = new Map(files.map((file) => [file.path, file]));
  const plan = { missing: [] as GeneratedFile[], changed: [] as (GeneratedFile & { current: string })[], orphaned: [] as string[], foreign: [] as ForeignEntry[], unchanged: 0 };
  for (const file of staged) {
    const bytes = blobs.blobs.get(file.oid);
    const generated = produced.get(file.relative);
    if (bytes === undefined) plan.foreign.push({ path: file.relative, kind: file.mode === '120000' ? 'symbolic link' : 'folder' });
    else if (generated === undefined) {
      if (isGenerated(bytes.subarray(0, 256).toString('utf8'))) plan.orphaned.push(file.relative);
      else plan.foreign.push({ path: file.relative, kind: 'file' });
    } else if (bytes.equals(Buffer.from(generated.text, 'utf8'))) plan.unchanged++;
    else plan.changed.push({ ...generated, current: bytes.toString('utf8') });
  }
  const stagedPaths = new Set(staged.map((file) => file.relative));
  for (const file of files) if (!stagedPaths.has(file.path)) plan.missing.push(file);
  const full: Plan = { ...plan, blocked: [], sideFiles: [], emptyFolders: [] };
  for (const entry of plan.foreign) {
    report(outFile, 'error', 'hand-written', `Found \`${shownOut}/${entry.path}\` (${describeKind(entry)}) staged, which the generator does not write; expected only generated files in \`${shownOut}\`: \`git rm --cached\` it, or declare it yours in outIgnore (--out-ignore <glob>)`);
  }
  if (!hasDrift(full)) return { ...failed, ok: true, plan: full };
  const { describeDrift } = await import('./drift.js');
  return { ...failed, plan: full, drift: describeDrift(full, shownOut, request.command, true) };
}
