// The generated package as a consumer gets it: packed, linted by publint and
// attw, installed offline into a project outside the workspace, imported from
// ES modules and CommonJS, type-checked under nodenext and bundler, bundled.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { publint } from 'publint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableApi } from '../../generator/emit/api.js';
import { statusClassOf } from '../../generator/emit/status-classes.js';
import type { NamedTable } from '../../generator/model.js';
import { formatSizes, measureSizes, type SizeRow, sizeGoals } from '../../bench/size.mjs';
import ts from 'typescript';
import ts50 from 'typescript-5.0';
import { type Compiler, typecheckProgram } from '../compile.js';
import { readText, root, seedBytes, tempDir, writeFiles } from '../helpers.js';
import { codeBlocks, installConsumer, installedReadme, packGenerated, parsePack, run, runOk } from './consumer.js';
import { cjsScript, consumerCjsTypes, consumerTypes, esmScript, type Printed, tsconfig } from './sources.js';

const seed: NamedTable = readText(seedBytes, 'http-status').table!;
const first = seed.rows[0]!.code as number;
const missing = 202;
const temp = tempDir('md-codegen-package-');
let tarball = '';
let files: string[] = [];
let consumer = '';

beforeAll(() => {
  expect(seed.rows.some((row) => row.code === missing)).toBe(false);
  ({ tarball, files } = packGenerated(temp.dir));
  consumer = installConsumer(temp.dir, tarball);
});

afterAll(() => temp.cleanup());

describe('npm pack', () => {
  it('ships the README, package.json and both builds with their declarations as generated, nothing else', () => {
    expect(files.filter((path) => !path.startsWith('dist/'))).toEqual(['README.md', 'package.json']);
    const generated = readdirSync(join(root, 'generated/dist'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.filter((path) => path.startsWith('dist/'))).toEqual(generated.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).slice(1).join('/')).sort());
    for (const build of ['esm', 'cjs']) {
      for (const module of ['index', ...['index', 'enum', 'codes', 'classes', 'map', 'source'].map((name) => `http-status/${name}`)]) {
        expect(files).toContain(`dist/${build}/${module}.js`);
        expect(files).toContain(`dist/${build}/${module}.d.ts`);
      }
    }
    expect(files.filter((path) => path.endsWith('package.json'))).toEqual(['dist/cjs/package.json', 'package.json']);
  });

  it('needs nothing to install: no script, no dependency of any kind', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'generated/package.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(manifest).filter((key) => /scripts|dependencies/i.test(key))).toEqual([]);
  });

  it('packs the same files from the workspace', () => {
    const packed = parsePack(runOk('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--workspace', '@md-codegen/generated'], root));
    expect(packed.files.map((file) => file.path).sort()).toEqual(files);
  });

  it('passes publint --strict with no message at all', async () => {
    const bytes = readFileSync(tarball);
    const result = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, strict: true, level: 'suggestion' });
    expect(result.messages).toEqual([]);
  });

  it('passes attw under every resolution it checks, node10 included, for the root and every subpath', () => {
    const attw = join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js');
    const result = run(process.execPath, [attw, tarball, '--format', 'json'], temp.dir);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { problems?: Record<string, unknown[]>; analysis: { entrypoints: Record<string, { resolutions: Record<string, unknown> }> } };
    expect(Object.values(report.problems ?? {}).flat()).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(['.', './http-status', './package.json']);
    expect(Object.keys(report.analysis.entrypoints['./http-status']!.resolutions).sort()).toEqual(['bundler', 'node10', 'node16-cjs', 'node16-esm']);
  });
});

describe('a consumer outside the workspace', () => {
  const values = tableApi(seed).filter((entry) => entry.kind === 'enum' || entry.kind === 'const' || entry.kind === 'function').map((entry) => entry.name);

  it.each([
    ['ES modules', 'esm.mjs', esmScript, /dist\/esm\/index\.js$/],
    ['CommonJS', 'cjs.cjs', cjsScript, /dist[/\\]cjs[/\\]index\.js$/],
  ] as const)('runs it from %s', (_, file, script, resolved) => {
    writeFiles(consumer, { [file]: script(first, missing) });
    const printed = JSON.parse(runOk(process.execPath, [file], consumer)) as Printed;
    expect(printed.resolved).toMatch(resolved);
    expect(printed.resolved).toContain('node_modules');
    expect(printed.exports).toEqual([...values].sort());
    expect(printed.sameAsSubpath).toBe(true);
    expect(printed.first).toEqual({ code: first, name: seed.names[0], phrase: seed.rows[0]!.phrase, description: seed.rows[0]!.description.text });
    expect([printed.missing, printed.firstClass, printed.missingClass]).toEqual([null, statusClassOf(first).key, null]);
    expect(printed.error).toBe(`RangeError: ${missing} is not a code of seeds/http-status.md`);
  });

  it('runs the JavaScript examples of its README', () => {
    codeBlocks(installedReadme(consumer), 'js').forEach((block, index) => {
      const file = block.includes('require(') ? `readme-${index}.cjs` : `readme-${index}.mjs`;
      writeFiles(consumer, { [file]: block });
      const result = run(process.execPath, [file], consumer);
      expect(result.status, `${file}: ${result.stderr}`).toBe(0);
    });
  });

  const compilers = [
    ['6', ts],
    ['5.0', ts50 as unknown as Compiler],
  ] as const;
  const cases = compilers.flatMap(([version, compiler]) => (['nodenext', 'bundler', 'node10'] as const).map((resolution) => [version, resolution, compiler] as const));

  it('has the oldest TypeScript it claims at hand, beside the newest', () => {
    expect([ts.version.split('.')[0], ts50.version]).toEqual(['6', '5.0.4']);
  });

  // Every declaration file of the build that the resolution picks is in the program, so each is parsed and
  // checked (skipLibCheck: false) by that compiler: TypeScript 5.0 reads what TypeScript 6 wrote.
  it.each(cases)('type-checks with TypeScript %s under strict with moduleResolution %s, README examples included', (version, resolution, compiler) => {
    const examples = codeBlocks(installedReadme(consumer), 'ts').map((block, index) => [`readme-${index}.ts`, block] as const);
    expect(examples.length).toBeGreaterThan(tableApi(seed).length / 2);
    // nodenext: an ES module and a CommonJS module (.cts) side by side; node10 (module commonjs): a CommonJS consumer.
    const sources = [['consumer.ts', consumerTypes(seed)], ...examples, ...(resolution === 'nodenext' ? [['consumer.cts', consumerCjsTypes(seed)] as const] : [])];
    const config = `tsconfig.${version}.${resolution}.json`;
    writeFiles(consumer, { ...Object.fromEntries(sources), [config]: tsconfig(resolution, sources.map(([file]) => file), version) });
    const { diagnostics, files } = typecheckProgram(join(consumer, config), compiler);
    expect(diagnostics).toEqual([]);
    const builds = resolution === 'bundler' ? ['esm'] : resolution === 'node10' ? ['cjs'] : ['esm', 'cjs'];
    const installed = join(consumer, 'node_modules/@md-codegen/generated');
    const declarations = readdirSync(join(installed, 'dist'), { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.d.ts') && builds.includes(path.split(sep)[0]!))
      .map((path) => join(installed, 'dist', path));
    expect(declarations.length).toBeGreaterThan(0);
    expect(declarations.filter((path) => !files.includes(path.split(sep).join('/')))).toEqual([]);
  });
});

describe('bundled with esbuild (--bundle --minify --format=esm)', () => {
  let rows: SizeRow[] = [];
  const descriptions = [...new Set(seed.rows.map((row) => row.description.text))];
  const text = (name: string) => rows.find((row) => row.name === name)!.text;

  beforeAll(async () => {
    rows = await measureSizes({ resolveDir: consumer, peerResolveDir: root });
    console.info(`bundle sizes, the installed tarball beside http-status-codes:\n${formatSizes(rows)}`);
  });

  it.each(['HttpStatus', 'isHttpStatusCode'])('keeps no description text for { %s }', (name) => {
    expect(text(name)).not.toContain('正常响应');
    expect(descriptions.filter((description) => text(name).includes(description))).toEqual([]);
  });

  it('keeps only the codes for { isHttpStatusCode }: no member name', () => {
    expect(text('isHttpStatusCode')).toContain(`${first}`);
    expect(seed.names.filter((name) => text('isHttpStatusCode').includes(`"${name}"`))).toEqual([]);
  });

  it('keeps every description for { httpStatusByCode }', () => {
    expect(text('httpStatusByCode')).toContain('正常响应');
    expect(descriptions.filter((description) => !text('httpStatusByCode').includes(description))).toEqual([]);
  });

  it('meets the size goals against http-status-codes, measured in the same run', () => {
    expect(rows.map((row) => row.name)).toEqual(['HttpStatus', 'isHttpStatusCode', 'httpStatusByCode', 'StatusCodes', 'getReasonPhrase']);
    expect(sizeGoals(rows).filter((goal) => !goal.met)).toEqual([]);
  });
});
