// `md-codegen init`: prints the code tables it finds with the names and kinds
// they get, writes a starter config that loads and pins them, and never
// overwrites a config.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, tempDir, writeFiles } from './helpers.js';

const order = `# Order API

## 订单状态

| 状态值 | 英文名 | 说明 |
|---|---|---|
| 0 | CREATED | 已创建 |
| 1 | PAID | 已支付 |

## Errors

| Code | Message | Description |
|---|---|---|
| 10001 | Order Locked | The order is locked |
| -1 | Unknown | Something else |
`;

const status = `# HTTP status

| Status | Meaning |
|---|---|
| 200 OK | Fine |
| 404 Not Found | No such thing |
`;

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

function repo(files: Record<string, string>): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  writeFiles(dir, files);
  return dir;
}

const monorepo = {
  'package.json': `${JSON.stringify({ name: '@acme/monorepo', private: true, workspaces: ['apps/*', 'packages/*'] })}\n`,
  'docs/api/order.md': order,
  'docs/status.md': status,
  'docs/README.md': '# Docs\n\nNothing but prose here.\n',
};

const readConfig = (dir: string) => JSON.parse(readFileSync(join(dir, 'md-codegen.config.json'), 'utf8')) as Record<string, unknown>;

describe('init', () => {
  it('prints every code table with its name and kind, and every decision it made', () => {
    const dir = repo(monorepo);
    const run = runCli(['init'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('docs/api/order.md:5: Order1: read as a generic code table');
    expect(run.stderr).toContain('docs/api/order.md:12: Errors: read as a generic code table');
    expect(run.stderr).toContain('docs/status.md:3: Status: read as an HTTP status table');
    // The findings `generate` would report, with their places.
    expect(run.stderr).toMatch(/5:1 +warning .*so this table is named `Order1`/);
    expect(run.stderr).toContain('seeds: docs (the first of docs, doc, seeds that exists)');
    expect(run.stderr).toContain("out: packages/api-codes (package.json's workspaces include packages/*)");
    expect(run.stderr).toContain("package.name: @acme/api-codes (the scope of package.json's name `@acme/monorepo`)");
    expect(run.stderr).toContain('Wrote md-codegen.config.json: 3 code tables of 2 documents in docs');
  });

  it('writes a config that pins each table by its heading, loads, and generates what it printed', () => {
    const dir = repo(monorepo);
    expect(runCli(['init'], dir).status).toBe(0);
    expect(readConfig(dir)).toEqual({
      $schema: './node_modules/md-codegen/schema.json',
      seeds: ['docs'],
      out: 'packages/api-codes',
      package: { name: '@acme/api-codes', version: '0.1.0' },
      style: 'enum',
      memberCase: 'pascal',
      tables: {
        'docs/api/order.md#订单状态': { name: 'Order1', kind: 'generic' },
        'docs/api/order.md#Errors': { name: 'Errors', kind: 'generic' },
        'docs/status.md#HTTP status': { name: 'Status', kind: 'http' },
      },
    });
    const generate = runCli(['generate'], dir);
    expect(generate.stderr).not.toContain('config-table');
    expect(generate.status).toBe(0);
    // The config names the table now: the warning that asked for a name is gone, and the kind says where it comes from.
    expect(generate.stderr).not.toContain('table-name');
    expect(generate.stderr).toContain("Order1: read as a generic code table (the config's `tables` say `\"kind\": \"generic\"`)");
    const manifest = JSON.parse(readFileSync(join(dir, 'packages/api-codes/package.json'), 'utf8')) as { name: string };
    expect(manifest.name).toBe('@acme/api-codes');
    expect(runCli(['check'], dir).status).toBe(0);
  });

  it('never overwrites a config: exit 2, the file as it was', () => {
    const dir = repo({ ...monorepo, 'md-codegen.config.ts': 'export default {};\n' });
    const run = runCli(['init'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('md-codegen init: Found the config `md-codegen.config.ts`; expected none: init never overwrites a config');
    expect(readFileSync(join(dir, 'md-codegen.config.ts'), 'utf8')).toBe('export default {};\n');
    expect(existsSync(join(dir, 'md-codegen.config.json'))).toBe(false);
    const again = repo(monorepo);
    expect(runCli(['init'], again).status).toBe(0);
    const first = readFileSync(join(again, 'md-codegen.config.json'), 'utf8');
    expect(runCli(['init', '--seeds', 'docs/api'], again).status).toBe(2);
    expect(readFileSync(join(again, 'md-codegen.config.json'), 'utf8')).toBe(first);
  });

  it('takes --seeds, --out and --config, and then decides nothing of them', () => {
    const dir = repo({ 'api/errors.md': order });
    const run = runCli(['init', '--seeds', 'api', '--out', 'codes', '--config', 'tools/codes.json'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Found no folder `tools` for --config `tools/codes.json`');
    writeFiles(dir, { 'tools/.keep': '' });
    const written = runCli(['init', '--seeds', 'api', '--out', 'codes', '--config', 'tools/codes.json'], dir);
    expect(written.status).toBe(0);
    expect(written.stderr).not.toMatch(/^(seeds|out):/m);
    expect(written.stderr).toContain('package.name: api-codes (no scope in package.json to use)');
    const config = JSON.parse(readFileSync(join(dir, 'tools/codes.json'), 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({ $schema: '../node_modules/md-codegen/schema.json', seeds: ['api'], out: 'codes' });
    expect(runCli(['generate', '--config', 'tools/codes.json'], dir).status).toBe(0);
    expect(existsSync(join(dir, 'codes/src/errors'))).toBe(true);
  });

  it('writes nothing where it finds no code table, or no documents', () => {
    const prose = repo({ 'docs/guide.md': '# Guide\n\n| Parameter | Type |\n|---|---|\n| id | string |\n' });
    const run = runCli(['init'], prose);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Found no code table md-codegen can read in `docs`; nothing was written');
    expect(run.stderr).toContain('Skipped a table that is not a code table');
    expect(existsSync(join(prose, 'md-codegen.config.json'))).toBe(false);
    const empty = repo({ 'notes.txt': '' });
    const none = runCli(['init'], empty);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Found none of the folders `docs`, `doc`, `seeds`; expected the folder of the Markdown documents: pass --seeds <dir or glob>');
    expect(existsSync(join(empty, 'md-codegen.config.json'))).toBe(false);
  });

  it('writes only JSON', () => {
    const dir = repo(monorepo);
    const run = runCli(['init', '--config', 'md-codegen.config.ts'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('expected a file ending in .json');
  });
});
