// Pins the public API: the exact set of runtime exports of the package entry.
import { expect, it } from 'vitest';
import * as api from '../generator/index.js';
import * as remarkPlugin from '../generator/remark/index.js';

it('exports exactly the documented API', () => {
  expect(Object.keys(api).sort()).toEqual(['defaultLimits', 'defineConfig', 'generate', 'githubAnnotations', 'toJsonMessages', 'watch']);
});

it('exports the remark plugin, md-codegen/remark, as its default export only', () => {
  expect(Object.keys(remarkPlugin)).toEqual(['default']);
  expect(typeof remarkPlugin.default).toBe('function');
});

it('runs the pipeline in memory with check, reporting through VFiles', async () => {
  const { root } = await import('./helpers.js');
  const result = await api.generate({ cwd: root, check: true, outIgnore: ['dist/**'] });
  expect(result.ok).toBe(true);
  expect(result.drift).toBe('');
  expect(result.reports.map((file) => file.path)).toEqual(['seeds/http-status.md', 'generated']);
  expect(result.files.map((file) => file.path)).toContain('src/http-status/enum.ts');
  expect(result.tables.map((table) => [table.path, table.line, table.name, table.reading.kind])).toEqual([['seeds/http-status.md', 7, 'HttpStatus', 'http']]);
});
