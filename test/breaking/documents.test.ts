// generator/breaking/documents.ts: the documents of the seeds among the files of a commit are those the
// working tree's walk reads (generator/inputs.ts), and generator/breaking/git.ts: paths between the two.
import { describe, expect, it } from 'vitest';
import { chooseInputs } from '../../generator/breaking/choose.js';
import { repositoryPath, shownPath } from '../../generator/breaking/git.js';
import { listInputs } from '../../generator/inputs.js';
import { tempDir, writeFiles } from '../helpers.js';

const files = ['seeds/a.md', 'seeds/v2/b.markdown', 'seeds/v2/C.MD', 'seeds/.hidden/d.md', 'seeds/node_modules/e.md', 'seeds/.f.md', 'seeds/notes.txt', 'docs/x.md', 'docs/drafts/y.md', 'docs/deep/z.md', 'README.md'];

describe.each([
  ['a seeds folder', { seeds: ['seeds'], ignore: [] }],
  ['a folder and a glob, less an ignore glob', { seeds: ['seeds', 'docs/**/*.md'], ignore: ['docs/drafts/**'] }],
  ['a single file', { seeds: ['README.md'], ignore: [] }],
  ['the working directory', { seeds: ['.'], ignore: ['seeds/**'] }],
])('chooseInputs with %s', (_name, { seeds, ignore }) => {
  it('chooses what listInputs reads from the working tree, with the same module paths', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFiles(dir, Object.fromEntries(files.map((path) => [path, '# x\n'])));
      const listed = await listInputs(dir, seeds, ignore);
      const chosen = chooseInputs(dir, seeds, ignore, files);
      expect(chosen.map(({ shown, relative }) => ({ shown, relative }))).toEqual(listed.inputs.map(({ shown, relative }) => ({ shown, relative })));
      expect(chosen.length).toBeGreaterThan(0);
    } finally {
      cleanup();
    }
  });
});

describe('paths in the repository', () => {
  it.each([
    ['', 'seeds/a.md', 'seeds/a.md'],
    ['packages/api/', 'packages/api/seeds/a.md', 'seeds/a.md'],
    ['packages/api/', 'docs/a.md', '../../docs/a.md'],
  ])('with the prefix %j, %s is shown as %s, and back', (prefix, path, shown) => {
    const repository = { root: '/repo', prefix };
    expect(shownPath(repository, path)).toBe(shown);
    expect(repositoryPath(repository, shown)).toBe(path);
  });

  it('has no path for what lies outside it, and `.` for its top', () => {
    expect(repositoryPath({ root: '/repo', prefix: 'a/' }, '../../x.md')).toBeUndefined();
    expect(repositoryPath({ root: '/repo', prefix: 'a/' }, '..')).toBe('.');
  });
});
