// md-codegen itself as an adopter installs it, offline (the npm cache holds
// its dependencies at the versions of this repository's lockfile): the packed
// project in an empty project, and a `file:` dependency on a clone.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, seedWith, tempDir, writeFiles } from '../helpers.js';
import { lockedProject, parsePack, run, runOk } from './consumer.js';

const temp = tempDir('md-codegen-cli-');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const docs = { 'docs/order-codes.md': seedWith(['100001 Order Locked|订单已锁定', '100002 Order Paid|已支付']) };
const install = (dir: string) => runOk('npm', ['ci', '--offline', '--no-audit', '--no-fund'], dir);

/** Run the installed CLI in `dir` the way its README says: `npx md-codegen ...`. */
const npx = (dir: string, ...args: string[]) => run('npx', ['--offline', 'md-codegen', ...args], dir);

afterAll(() => temp.cleanup());

describe('npm pack of md-codegen', () => {
  let files: string[] = [];
  let app = '';

  beforeAll(() => {
    const packed = parsePack(runOk('npm', ['pack', '--json', '--pack-destination', temp.dir], root));
    files = packed.files.map((file) => file.path).sort();
    app = join(temp.dir, 'app');
    writeFiles(app, { ...lockedProject('app', `../${packed.filename}`), ...docs });
    install(app);
  });

  it('holds only what runs (the tables built with it too), the README, the licence and the config schema: no build info, no source maps', () => {
    expect(files.filter((path) => !/^dist\/.+\.(?:js|d\.ts)$/.test(path))).toEqual(['LICENSE', 'README.md', 'dist/emit/built.json', 'package.json', 'schema.json']);
    // The templates and prints of the common shapes, which the installed CLI then neither compiles nor prints (scripts/templates.mjs).
    const built = JSON.parse(readFileSync(join(app, 'node_modules/md-codegen/dist/emit/built.json'), 'utf8')) as { templates: unknown[]; prints: unknown[] };
    expect([built.templates.length > 5, built.prints.length > 5]).toEqual([true, true]);
    // What a config's `"$schema": "./node_modules/md-codegen/schema.json"` reads.
    expect(readFileSync(join(app, 'node_modules/md-codegen/schema.json'), 'utf8')).toBe(readFileSync(join(root, 'schema.json'), 'utf8'));
    expect(files).toContain('dist/bin.js');
    expect(files).toContain('dist/index.d.ts');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) md-codegen contributors\n/);
  });

  it('installs into an empty project and prints its version', () => {
    const result = npx(app, '--version');
    expect([result.status, result.stdout, result.stderr]).toEqual([0, `${version}\n`, '']);
  });

  it('generates a complete package from a docs folder there, which check then finds in sync', () => {
    const generate = npx(app, 'generate', '--seeds', 'docs');
    expect(generate.status, generate.stderr).toBe(0);
    const script = "const { OrderCodes, getOrderCodes } = require('./generated/dist/cjs/index.js'); console.log(OrderCodes.OrderPaid, getOrderCodes(100001).description);";
    expect(runOk(process.execPath, ['-e', script], app)).toBe('100002 订单已锁定\n');
    const check = npx(app, 'check', '--seeds', 'docs');
    expect(check.status, check.stderr).toBe(0);
  });
});

describe('a file: dependency on a clone of the repository, installed without devDependencies and never built', () => {
  it('is built by its prepare script when the project installs it, with no tsc, and runs', () => {
    const clone = join(temp.dir, 'md-codegen');
    for (const path of ['package.json', 'package-lock.json', 'LICENSE', 'README.md', 'tsconfig.json', 'tsconfig.build.json', 'scripts', 'generator', 'generated']) {
      cpSync(join(root, path), join(clone, path), { recursive: true, filter: (source) => !/[/\\]node_modules$/.test(source) });
    }
    runOk('npm', ['ci', '--omit=dev', '--ignore-scripts', '--offline', '--no-audit', '--no-fund'], clone);
    expect(existsSync(join(clone, 'dist'))).toBe(false);
    expect(existsSync(join(clone, 'node_modules/typescript'))).toBe(false);
    const project = join(temp.dir, 'project');
    writeFiles(project, { 'package.json': `${JSON.stringify({ name: 'project', private: true, devDependencies: { 'md-codegen': 'file:../md-codegen' } }, null, 2)}\n`, ...docs });
    // A folder outside the project is linked, not installed: npm runs its prepare script there, with its own node_modules.
    runOk('npm', ['install', '--offline', '--no-audit', '--no-fund'], project);
    expect(npx(project, '--version').stdout).toBe(`${version}\n`);
    const generate = npx(project, 'generate', '--seeds', 'docs');
    expect(generate.status, generate.stderr).toBe(0);
    expect(existsSync(join(project, 'generated/dist/esm/order-codes/enum.js'))).toBe(true);
  });
});
