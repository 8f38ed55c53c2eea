// Pins the public API: the exact set of runtime exports of the package entry.
import { expect, it } from 'vitest';
import * as api from '../generator/index.js';

it('exports exactly the documented API', () => {
  expect(Object.keys(api).sort()).toEqual(['defaultLimits', 'defineConfig', 'generate', 'githubAnnotations', 'toJsonMessages', 'watch']);
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
