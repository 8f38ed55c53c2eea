// The tables built with md-codegen (scripts/templates.mjs, into
// dist/emit/built.json): the compile stage uses the templates they hold
// instead of compiling, and the printer the statements instead of printing
// them with ts-morph, so they must hold exactly what compiling and printing
// give, under the ts-morph, TypeScript and options of this build. The
// sources here (which vitest runs) never read them, as they lie beside dist/
// only: what the sources generate is what compiling and printing give.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ts } from 'ts-morph';
import { afterAll, describe, expect, it } from 'vitest';
import { type Built, builtOptions, compileOptions, toolVersions } from '../../../generator/emit/built.js';
import { builds, compileTemplates, docComments } from '../../../generator/emit/package/compile.js';
import { printsOfThisRun } from '../../../generator/emit/print.js';
import { generate } from '../../../generator/generate.js';
import { harvestTemplates } from '../../../scripts/templates.mjs';
import { readText, root, runCli, seedBytes, tempDir, writeFiles } from '../../helpers.js';

const built = JSON.parse(readFileSync(join(root, 'dist/emit/built.json'), 'utf8')) as Built;
const temp = tempDir();
afterAll(temp.cleanup);
const stages = { generate, compileTemplates, printsOfThisRun, toolVersions, builtOptions };

/** What TypeScript's scanner finds: the doc comments `docComments` must find without it. */
function scannedDocComments(text: string): [number, number][] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const found: [number, number][] = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.MultiLineCommentTrivia && text.startsWith('/**', scanner.getTokenStart())) found.push([scanner.getTokenStart(), scanner.getTokenEnd()]);
  }
  return found;
}

describe('the tables built with md-codegen', () => {
  it('were built by the ts-morph installed here, with the options written out in built.ts, which are the compile stage’s', () => {
    expect(built.tools).toBe(toolVersions());
    expect(built.options).toBe(builtOptions);
    expect(compileOptions).toBe(JSON.stringify(builds()));
  });

  it('hold, for every seed and fixture, exactly the templates compiling gives now and the statements ts-morph prints', async () => {
    const fresh = await harvestTemplates(stages);
    expect(fresh.documents).toBeGreaterThan(50);
    expect(built.templates.map(([key]) => key)).toEqual(fresh.templates.map(([key]) => key));
    expect(new Map(built.templates)).toEqual(new Map(fresh.templates));
    expect(new Map(built.prints)).toEqual(new Map(fresh.prints));
    expect(built.prints.length).toBeGreaterThan(5);
  });

  it("are what dist's stages use: the seed's package loads no ts-morph, the `const` style's enum, not among them, compiles and loads it", async () => {
    const dist = (path: string) => import(pathToFileURL(join(root, 'dist', path)).href);
    const { templatesCompiled } = (await dist('emit/package/compile.js')) as typeof import('../../../generator/emit/package/compile.js');
    const { tsMorphLoaded } = (await dist('emit/ts-morph.js')) as typeof import('../../../generator/emit/ts-morph.js');
    const { defaultEmitOptions, emitPackage } = (await dist('emit/index.js')) as typeof import('../../../generator/emit/index.js');
    const seed = readText(seedBytes, 'http-status').seed!;
    emitPackage([seed], { ...defaultEmitOptions, seedsDir: 'seeds' });
    expect([templatesCompiled(), tsMorphLoaded()]).toEqual([0, false]);
    // The tables are built with the default options: the `const` style's enum module is not in them.
    emitPackage([seed], { ...defaultEmitOptions, style: 'const', seedsDir: 'seeds' });
    expect(templatesCompiled()).toBeGreaterThan(0);
    expect(tsMorphLoaded()).toBe(true);
  });

  it('make the built CLI write the very bytes the sources write, which compile and print everything', async () => {
    const dir = join(temp.dir, 'project');
    writeFiles(dir, { 'seeds/http-status.md': seedBytes, 'seeds/orders/order-status.md': '# Order status\n\n| Code | Name | Description |\n| --- | --- | --- |\n| 1 | Created | Created, not paid |\n| 2 | Paid | Paid in full |\n' });
    const run = runCli(['generate'], dir);
    expect(run.status).toBe(0);
    const { files } = await generate({ cwd: dir, check: true, emit: { command: 'npx md-codegen generate' } });
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) expect(readFileSync(join(dir, 'generated', file.path), 'utf8'), file.path).toBe(file.text);
  });
});

describe('docComments', () => {
  it('finds what TypeScript’s scanner finds in every source the seeds and fixtures generate', async () => {
    const { prints, documents } = await harvestTemplates(stages);
    expect(documents).toBeGreaterThan(50);
    const { files } = await generate({ cwd: join(root), check: true });
    const texts = [...files.filter((file) => file.path.endsWith('.ts')).map((file) => file.text), ...prints.map(([, text]) => text)];
    for (const text of texts) expect(docComments(text)).toEqual(scannedDocComments(text));
  });

  it('finds what the scanner finds in random code-like text: strings, escapes, templates, comments, line breaks', () => {
    const pieces = ['/**', '*/', '/*', '//', '"', "'", '`', '${', '}', '\\', '\n', '\r', '\r\n', '\u2028', '\u2029', '\uFFFD', 'a', ' ', '*', '/', '#!', 'x = 1;'];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
    for (let run = 0; run < 5000; run++) {
      const text = Array.from({ length: next() % 24 }, () => pieces[next() % pieces.length]).join('');
      expect(docComments(text), JSON.stringify(text).replace(/[\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`)).toEqual(scannedDocComments(text));
    }
  });
});
