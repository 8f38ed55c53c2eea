// Reading documents from git objects: a commit's tree or the index, never a
// checkout. git runs through `child_process` with argument arrays (no shell),
// in the repository's top folder, with `--literal-pathspecs` so that no path
// is read as a pattern, and `--end-of-options` before a ref so that no ref is
// read as an option. Every failure is a sentence for the user, never thrown.
import { spawnSync } from 'node:child_process';
import { posix } from 'node:path';

/** A git working tree: its top folder, and where the working directory lies in it. */
export interface Repository {
  /** The top folder, absolute. */
  readonly root: string;
  /** The working directory relative to the top folder, with a trailing `/` (`packages/api/`), or `''` at the top. */
  readonly prefix: string;
}

/** A file in a tree or in the index. */
export interface GitFile {
  /** Its path relative to the top folder. */
  readonly path: string;
  /** `100644`, `100755` (regular files), `120000` (symbolic link), `160000` (submodule). */
  readonly mode: string;
  readonly oid: string;
  /** Its size in bytes, when git listed it (trees do, the index does not). */
  readonly size: number | undefined;
  /** The merge stage in the index: 0 unless the file is unmerged. */
  readonly stage: number;
}

/** What a git command printed, or why it failed. */
type Run = { readonly stdout: Buffer } | { readonly problem: string };

/** Output of one git command is held in memory: a tree listing or the documents' bytes. */
const maxBuffer = 1 << 30;

function git(cwd: string, args: readonly string[], input?: string): Run {
  const result = spawnSync('git', ['--literal-pathspecs', ...args], { cwd, input, maxBuffer, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code ?? result.error.message;
    return { problem: code === 'ENOENT' ? 'Could not run git (ENOENT); expected git on the PATH: install it' : `Could not run git (${code})` };
  }
  if (result.status !== 0) return { problem: result.stderr.toString('utf8').trim().split('\n')[0] || `git ${args[0]} exited with ${result.status}` };
  return { stdout: result.stdout };
}

/** The repository the working directory `cwd` lies in, or why there is none. */
export function openRepository(cwd: string): { readonly repository: Repository } | { readonly problem: string } {
  const run = git(cwd, ['rev-parse', '--show-toplevel', '--show-prefix']);
  if ('problem' in run) {
    if (run.problem.includes('ENOENT') || run.problem.startsWith('Could not run')) return run;
    // git's own words depend on its version and on mount points: the cause is enough.
    if (/not a git repository/i.test(run.problem)) return { problem: 'Found no git repository here; expected the working directory inside a git working tree: run md-codegen there, or `git init` it' };
    return { problem: `Could not open the git repository here (git: ${run.problem})` };
  }
  const [root, prefix] = run.stdout.toString('utf8').split('\n');
  return { repository: { root: root!, prefix: prefix ?? '' } };
}

/** The commit `ref` names (a branch, tag, commit or any revision git reads), or why it names none. */
export function resolveCommit(repository: Repository, ref: string): { readonly commit: string } | { readonly problem: string } {
  const run = git(repository.root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if ('problem' in run) {
    return { problem: `Found no commit \`${ref}\` in this repository; expected a branch, tag or commit that git knows: check the name, or fetch it (\`git fetch origin\`; in GitHub Actions, \`actions/checkout\` with \`fetch-depth: 0\`)` };
  }
  return { commit: run.stdout.toString('utf8').trim() };
}

/** Every file under `paths` (relative to the top folder; `.` for all) in the tree of `commit`. */
export function listTree(repository: Repository, commit: string, paths: readonly string[]): { readonly files: readonly GitFile[] } | { readonly problem: string } {
  if (paths.length === 0) return { files: [] };
  const run = git(repository.root, ['ls-tree', '-r', '-z', '--long', commit, '--', ...paths]);
  if ('problem' in run) return { problem: `Could not list the files of ${commit.slice(0, 12)} (git: ${run.problem})` };
  const files = records(run.stdout).map((record): GitFile => {
    const tab = record.indexOf('\t');
    const [mode, , oid, size] = record.slice(0, tab).split(/ +/);
    return { path: record.slice(tab + 1), mode: mode!, oid: oid!, size: size === '-' ? undefined : Number(size), stage: 0 };
  });
  return { files };
}

/** Every file under `paths` in the index (what `git add` staged). */
export function listIndex(repository: Repository, paths: readonly string[]): { readonly files: readonly GitFile[] } | { readonly problem: string } {
  if (paths.length === 0) return { files: [] };
  const run = git(repository.root, ['ls-files', '--stage', '-z', '--', ...paths]);
  if ('problem' in run) return { problem: `Could not list the files of the index (git: ${run.problem})` };
  const files = records(run.stdout).map((record): GitFile => {
    const tab = record.indexOf('\t');
    const [mode, oid, stage] = record.slice(0, tab).split(' ');
    return { path: record.slice(tab + 1), mode: mode!, oid: oid!, size: undefined, stage: Number(stage) };
  });
  return { files };
}

function records(stdout: Buffer): string[] {
  return stdout.toString('utf8').split('\0').filter((record) => record !== '');
}

/** The bytes of blobs by object id, from one `git cat-file --batch`; an object git does not have is a problem. */
export function readBlobs(repository: Repository, oids: readonly string[]): { readonly blobs: ReadonlyMap<string, Buffer> } | { readonly problem: string } {
  const wanted = [...new Set(oids)];
  const blobs = new Map<string, Buffer>();
  if (wanted.length === 0) return { blobs };
  const run = git(repository.root, ['cat-file', '--batch'], `${wanted.join('\n')}\n`);
  if ('problem' in run) return { problem: `Could not read the documents from git (git: ${run.problem})` };
  const out = run.stdout;
  let at = 0;
  for (const oid of wanted) {
    const end = out.indexOf(0x0a, at);
    const header = out.subarray(at, end).toString('utf8');
    const [found, type, size] = header.split(' ');
    if (type !== 'blob' || size === undefined) return { problem: `Could not read the object ${oid} from git (${header.endsWith('missing') ? 'missing: a shallow or partial clone? fetch it' : header})` };
    const length = Number(size);
    blobs.set(found!, out.subarray(end + 1, end + 1 + length));
    at = end + 1 + length + 1;
  }
  return { blobs };
}

/** A path relative to the top folder as reports show it: relative to the working directory (`seeds/x.md`, `../docs/x.md`). */
export function shownPath(repository: Repository, path: string): string {
  return posix.relative(`/${repository.prefix}`, `/${path}`) || '.';
}

/** A path as reports show it, relative to the top folder; `undefined` when it lies outside the repository. */
export function repositoryPath(repository: Repository, shown: string): string | undefined {
  const path = posix.normalize(posix.join(repository.prefix, shown)).replace(/\/$/, '');
  return path === '..' || path.startsWith('../') ? undefined : path === '' ? '.' : path;
}
