// A temporary git repository for tests: commits and tags made with git
// itself, with a fixed author and no signing, offline.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, writeFiles } from '../helpers.js';

/** A temporary git repository, removed by `cleanup`. */
export interface TestRepo {
  readonly dir: string;
  /** Run git in the repository; throws (a test bug) when it fails. */
  readonly git: (...args: string[]) => string;
  /** Write files (path → text), remove others (path → `null`). */
  readonly write: (files: Record<string, string | null>) => void;
  /** Stage everything, commit, and tag the commit `tag`. */
  readonly commit: (tag: string) => void;
  readonly cleanup: () => void;
}

export function testRepo(): TestRepo {
  const { dir, cleanup } = tempDir('md-codegen-git-');
  const git = (...args: string[]) => {
    const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_DATE: '2024-11-07T14:33:00Z', GIT_COMMITTER_DATE: '2024-11-07T14:33:00Z' };
    const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8', env });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.com');
  git('config', 'commit.gpgsign', 'false');
  const write = (files: Record<string, string | null>) => {
    for (const [path, text] of Object.entries(files)) {
      if (text === null) rmSync(join(dir, path), { force: true });
      else writeFiles(dir, { [path]: text });
    }
  };
  const commit = (tag: string) => {
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', tag);
    git('tag', tag);
  };
  return { dir, git, write, commit, cleanup };
}
