// The README's "Use it in your repository", run in such a repository: an npm
// workspaces monorepo with docs of several tables, a web app (ES modules,
// TypeScript 5.0 under `moduleResolution: bundler`) and a CommonJS server.
// md-codegen comes from its packed tarball, installed with `npm ci` offline
// (see consumer.ts); the README's md-codegen commands run as written.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, tempDir, writeFiles } from '../helpers.js';
import { lockedProject, parsePack, type Run, run, runOk } from './consumer.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The README's adopter steps: the fenced block after its marker, one command a line. */
function readmeSteps(): string[] {
  const block = /<!-- adopter steps: [^\n]*-->\n```sh\n([\s\S]*?)\n```/.exec(readme);
  if (!block) throw new Error('README.md has no adopter steps block');
  return block[1]!.split('\n').map((line) => line.replace(/\s+#.*$/, ''));
}

/** The pre-commit hook the README gives. */
function readmeHook(): string {
  const hook = /```sh\n(#!\/bin\/sh\nexec npx md-codegen check --staged\n)```/.exec(readme);
  if (!hook) throw new Error('README.md has no pre-commit hook');
  return hook[1]!;
}

const orderDoc = `# Order API

Orders and their states.

## 订单状态

| 状态值 | 英文名 | 说明 |
|---|---|---|
| 0 | CREATED | 已创建 |
| 1 | PAID | 已支付 |
| 2 | SHIPPED | 已发货 |

## Errors

| Code | Message | Description | Locale Key |
|---|---|---|---|
| 10001 | Order Locked | The order is locked | order.locked |
| -1 | Unknown | Something else | common.unknown |
`;

const errorsDoc = `---
title: Common errors
---

| Code | Description |
|---|---|
| \`INVALID_ARGUMENT\` | A field is wrong |
| \`NOT_FOUND\` | No such resource |
`;

const webApp = {
  'apps/web/package.json': `${JSON.stringify({ name: 'web', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`,
  'apps/web/tsconfig.json': `${JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: false, types: [] }, include: ['src'] }, null, 2)}\n`,
  'apps/web/src/main.ts': [
    "import { OrderStatus, getErrors, type OrderStatusCode } from '@acme/api-codes';",
    "import { CommonErrors } from '@acme/api-codes/errors/common';",
    '',
    'const paid: OrderStatusCode = OrderStatus.Paid;',
    "// @ts-expect-error 9 is no order status",
    'const wrong: OrderStatusCode = 9;',
    "const locked: string | undefined = getErrors(10001)?.localeKey;",
    "const invalid: 'INVALID_ARGUMENT' = CommonErrors.InvalidArgument;",
    'export const seen = [paid, wrong, locked, invalid];',
    '',
  ].join('\n'),
  'apps/web/src/run.mjs': "import { OrderStatus, getErrors } from '@acme/api-codes';\nconsole.log(OrderStatus.Shipped, getErrors(-1).localeKey);\n",
};

const server = {
  'apps/server/package.json': `${JSON.stringify({ name: 'server', version: '1.0.0', private: true, type: 'commonjs' }, null, 2)}\n`,
  'apps/server/index.js': "const { OrderStatus, getErrors } = require('@acme/api-codes');\nconst { CommonErrors } = require('@acme/api-codes/errors/common');\nconsole.log(OrderStatus.Paid, getErrors(10001).description, CommonErrors.NotFound);\n",
};

const temp = tempDir('md-codegen-adopter-');
afterAll(() => temp.cleanup());

/** Run in the repository `dir` without this workspace's npm variables or its `node_modules/.bin`. */
const sh = (dir: string, line: string): Run => run('sh', ['-c', line], dir);
const git = (dir: string, ...args: string[]) => runOk('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], dir);

describe('the README steps in an npm workspaces monorepo', () => {
  const steps = readmeSteps();
  const mdCodegen = steps.filter((line) => line.startsWith('npx md-codegen '));
  const repo = join(temp.dir, 'acme');
  const clone = join(temp.dir, 'clone');
  let tarball = '';
  const results = new Map<string, Run>();

  beforeAll(() => {
    tarball = parsePack(runOk('npm', ['pack', '--json', '--pack-destination', temp.dir], root)).filename;
    const workspaces = { globs: ['apps/*', 'packages/*'], members: { 'apps/web': { name: 'web', version: '1.0.0' }, 'apps/server': { name: 'server', version: '1.0.0' } } };
    // Step 1: the install, from the tarball with a lockfile, offline.
    writeFiles(repo, { ...lockedProject('@acme/monorepo', `../${tarball}`, workspaces), 'docs/api/order.md': orderDoc, 'docs/errors/common.md': errorsDoc, ...webApp, ...server });
    runOk('npm', ['ci', '--offline', '--no-audit', '--no-fund'], repo);
    git(repo, 'init', '-q', '-b', 'main');
  });

  it('are the install, init, generate, the link, check and check --staged, in that order', () => {
    expect(steps[0]).toBe('npm install --save-dev md-codegen');
    expect(mdCodegen).toEqual(['npx md-codegen init', 'npx md-codegen generate', 'npx md-codegen check', 'npx md-codegen check --staged']);
    expect(steps[3]).toBe('npm install');
  });

  it('init prints every table and writes a config, which the team then edits', () => {
    const init = sh(repo, mdCodegen[0]!);
    results.set('init', init);
    expect(init.status, init.stderr).toBe(0);
    expect(init.stderr).toContain('docs/api/order.md:7: Order1: read as a generic code table');
    expect(init.stderr).toContain('docs/api/order.md:15: Errors: read as a generic code table');
    expect(init.stderr).toContain('docs/errors/common.md:5: Common: read as a generic code table (its codes are tokens)');
    expect(init.stderr).toContain("package.name: @acme/api-codes (the scope of package.json's name");
    const config = JSON.parse(readFileSync(join(repo, 'md-codegen.config.json'), 'utf8')) as Record<string, any>;
    expect(config.out).toBe('packages/api-codes');
    expect(Object.keys(config.tables)).toEqual(['docs/api/order.md#订单状态', 'docs/api/order.md#Errors', 'docs/errors/common.md#Common']);
    // The review: a better name, the const style, a version and a licence, the team's script, a field name.
    config.tables['docs/api/order.md#订单状态'].name = 'OrderStatus';
    config.tables['docs/errors/common.md#Common'].name = 'CommonErrors';
    config.tables['docs/api/order.md#Errors'].columns = { fields: { 'Locale Key': 'localeKey' } };
    Object.assign(config, { style: 'const', command: 'npm run codes', package: { ...config.package, version: '1.2.0', license: 'MIT' } });
    writeFileSync(join(repo, 'md-codegen.config.json'), `${JSON.stringify(config, null, 2)}\n`);
  });

  it('generate writes the complete package, and a fresh clone imports it after npm ci alone', () => {
    const generate = sh(repo, mdCodegen[1]!);
    expect(generate.status, generate.stderr).toBe(0);
    expect(generate.stderr).toMatch(/packages\/api-codes: \d+ files, wrote \d+, removed 0/);
    const manifest = JSON.parse(readFileSync(join(repo, 'packages/api-codes/package.json'), 'utf8')) as { name: string; version: string; license: string; scripts?: unknown };
    expect(manifest).toMatchObject({ name: '@acme/api-codes', version: '1.2.0', license: 'MIT' });
    expect(manifest.scripts).toBeUndefined();
    expect(readFileSync(join(repo, 'packages/api-codes/src/api/order/order-status/enum.ts'), 'utf8')).toMatch(/^\/\/ Code generated by md-codegen\. DO NOT EDIT\.\n\/\/ Source: docs\/api\/order\.md\n\/\/ Regenerate with `npm run codes`\.\n/);
    // Step 4, as npm records it: the new workspace in the lockfile (what `npm install` adds), then commit.
    const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    lock.packages['packages/api-codes'] = { name: '@acme/api-codes', version: '1.2.0', license: 'MIT' };
    lock.packages['node_modules/@acme/api-codes'] = { resolved: 'packages/api-codes', link: true };
    writeFileSync(join(repo, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
    writeFileSync(join(repo, '.gitignore'), 'node_modules/\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'Codes from the docs');
    // A teammate's clone, or a deploy: npm ci, and nothing else.
    git(temp.dir, 'clone', '-q', repo, clone);
    runOk('npm', ['ci', '--offline', '--no-audit', '--no-fund'], clone);
    expect(runOk(process.execPath, ['index.js'], join(clone, 'apps/server'))).toBe('1 The order is locked NOT_FOUND\n');
    expect(runOk(process.execPath, ['src/run.mjs'], join(clone, 'apps/web'))).toBe('2 common.unknown\n');
    // The web app's type-check, with the oldest TypeScript the package claims.
    const tsc = join(root, 'node_modules/typescript-5.0/bin/tsc');
    expect(JSON.parse(readFileSync(join(root, 'node_modules/typescript-5.0/package.json'), 'utf8')).version).toMatch(/^5\.0\./);
    const typecheck = run(process.execPath, [tsc, '-p', 'tsconfig.json'], join(clone, 'apps/web'));
    expect(typecheck.stdout + typecheck.stderr).toBe('');
    expect(typecheck.status).toBe(0);
  });

  it('check finds the clone in sync, and fails on an edited doc', () => {
    const check = sh(clone, mdCodegen[2]!);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stderr).toMatch(/^packages\/api-codes: \d+ files, in sync: 2 documents, the config and every file hash as packages\/api-codes\/md-codegen\.hashes\.json records/);
    writeFileSync(join(clone, 'docs/api/order.md'), orderDoc.replace('| 2 | SHIPPED | 已发货 |', '| 2 | SHIPPED | 已发货 |\n| 3 | DONE | 已完成 |'));
    const drift = sh(clone, mdCodegen[2]!);
    expect(drift.status).toBe(1);
    expect(drift.stderr).toContain('differs:  packages/api-codes/src/api/order/order-status/enum.ts');
    expect(drift.stderr).toContain('Fix: run `npm run codes` and commit the result.');
  });

  it('check --staged and the README hook stop a commit of the doc without the package, and pass it with', () => {
    git(clone, 'add', 'docs');
    const staged = sh(clone, mdCodegen[3]!);
    expect(staged.status).toBe(1);
    expect(staged.stderr).toContain('packages/api-codes/ as staged is not what the staged seeds produce:');
    writeFileSync(join(clone, '.git/hooks/pre-commit'), readmeHook());
    chmodSync(join(clone, '.git/hooks/pre-commit'), 0o755);
    const refused = run('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'Add DONE'], clone);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('differs:  packages/api-codes/src/api/order/order-status/enum.ts');
    expect(git(clone, 'rev-list', '--count', 'HEAD')).toBe('1\n');
    // Regenerated in the working tree but not staged: still refused.
    expect(sh(clone, 'npx md-codegen generate').status).toBe(0);
    expect(sh(clone, mdCodegen[3]!).status).toBe(1);
    git(clone, 'add', 'packages/api-codes');
    expect(sh(clone, mdCodegen[3]!).status).toBe(0);
    git(clone, 'commit', '-q', '-m', 'Add DONE');
    expect(git(clone, 'rev-list', '--count', 'HEAD')).toBe('2\n');
  });
});
