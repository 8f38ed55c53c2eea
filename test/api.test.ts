// Pins the public API: the exact set of runtime exports of the package entry.
import { expect, it } from 'vitest';
import * as api from '../generator/index.js';
import * as remarkPlugin from '../generator/remark/index.js';

it('exports exactly the documented API', () => {
  expect(Object.keys(api).sort()).toEqual(['defaultLimits', 'defineConfig', 'generate', 'githubAnnotations', 'textReport', 'toJsonMessages', 'watch']);
});

it('exports the remark plugin, md-codegen/remark, as its default export only', () => {
  expect(Object.keys(remarkPlugin)).toEqual(['default']);
  expect(typeof remarkPlugin.default).toBe('function');
});

it('runs the pipeline in memory with check, reporting through VFiles', async () => {
  const { root } = await import('./helpers.js');
  const result = await api.generate({ cwd: root, check: true });
  expect(result.ok).toBe(true);
  expect(result.drift).toBe('');
  expect(result.reports.map((file) => file.path)).toEqual(['seeds/http-status.md', 'generated']);
  expect(result.files.map((file) => file.path)).toContain('src/http-status/enum.ts');
  expect(result.tables.map((table) => [table.path, table.line, table.name, table.reading.kind])).toEqual([['seeds/http-status.md', 7, 'HttpStatus', 'http']]);
});

it('prints with textReport what the CLI prints', async () => {
  const { runCli, tempProject } = await import('./helpers.js');
  const { readFileSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  /** A copy of the project with one seed edit: the CLI and the API each run on one of their own. */
  const edited = () => {
    const project = tempProject(undefined, true);
    const seed = join(project.dir, 'seeds/http-status.md');
    writeFileSync(seed, readFileSync(seed, 'utf8').replace('200 OK|正常响应', '200 OK|正常'));
    return project;
  };
  for (const check of [true, false]) {
    const [forCli, forApi] = [edited(), edited()];
    try {
      const cli = runCli([check ? 'check' : 'generate'], forCli.dir);
      // The project's config sets `command`: the API is given it as the CLI reads it.
      const result = await api.generate({ cwd: forApi.dir, check, emit: { command: 'npm run generate' } });
      expect(`${await api.textReport(result, { color: false, strict: false })}\n`).toBe(cli.stderr);
      expect(cli.stderr).toMatch(check ? 'differs:  generated/src/http-status/map.ts' : /generated: \d+ files, wrote [1-9]/);
    } finally {
      forCli.cleanup();
      forApi.cleanup();
    }
  }
});
