// The templates built with md-codegen (scripts/templates.mjs, into
// dist/emit/package/templates.json): the compile stage uses what they hold
// instead of compiling, so they must hold exactly what compiling gives, under
// the TypeScript and the options of this build. The sources here (which
// vitest runs) never read the table, which lies beside dist/'s compile stage
// only: what they generate is what compiling gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ts } from 'ts-morph';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../../generator/generate.js';
import { type BuiltTemplates, compileTemplates } from '../../../generator/emit/package/compile.js';
import { harvestTemplates } from '../../../scripts/templates.mjs';
import { readText, root, runCli, seedBytes, tempDir, writeFiles } from '../../helpers.js';

const built = JSON.parse(readFileSync(join(root, 'dist/emit/package/templates.json'), 'utf8')) as BuiltTemplates;
const temp = tempDir();
afterAll(temp.cleanup);

describe('the templates built with md-codegen', () => {
  it('were compiled by the TypeScript that ts-morph bundles here', () => {
    expect(built.typescript).toBe(ts.version);
  });

  it('hold, for every template of the seeds and fixtures, exactly what compiling it now gives', async () => {
    const fresh = await harvestTemplates({ generate, compileTemplates });
    expect(fresh.documents).toBeGreaterThan(50);
    expect(built.options).toBe(fresh.options);
    expect(built.templates.map(([key]) => key)).toEqual(fresh.templates.map(([key]) => key));
    expect(new Map(built.templates)).toEqual(new Map(fresh.templates));
  });

  it("are what dist's compile stage uses: the seed's package compiles none, the `const` style's enum, not among them, compiles", async () => {
    const dist = (path: string) => import(pathToFileURL(join(root, 'dist', path)).href);
    const { templatesCompiled } = (await dist('emit/package/compile.js')) as typeof import('../../../generator/emit/package/compile.js');
    const { defaultEmitOptions, emitPackage } = (await dist('emit/index.js')) as typeof import('../../../generator/emit/index.js');
    const seed = readText(seedBytes, 'http-status').seed!;
    emitPackage([seed], { ...defaultEmitOptions, seedsDir: 'seeds' });
    expect(templatesCompiled()).toBe(0);
    // The table is built with the default options: the `const` style's enum module is not in it.
    emitPackage([seed], { ...defaultEmitOptions, style: 'const', seedsDir: 'seeds' });
    expect(templatesCompiled()).toBeGreaterThan(0);
  });

  it('make the built CLI write the very bytes the sources write, which compile every template', async () => {
    const dir = join(temp.dir, 'project');
    writeFiles(dir, { 'seeds/http-status.md': seedBytes, 'seeds/orders/order-status.md': '# Order status\n\n| Code | Name | Description |\n| --- | --- | --- |\n| 1 | Created | Created, not paid |\n| 2 | Paid | Paid in full |\n' });
    const run = runCli(['generate'], dir);
    expect(run.status).toBe(0);
    const { files } = await generate({ cwd: dir, check: true, emit: { command: 'npx md-codegen generate' } });
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) expect(readFileSync(join(dir, 'generated', file.path), 'utf8'), file.path).toBe(file.text);
  });
});
