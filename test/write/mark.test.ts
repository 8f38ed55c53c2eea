// The generated mark stands at the start of every generated file, whatever the
// paths; and every path written into a generated file is escaped for its
// context (a `//` comment, an HTML comment, JSON), whatever the folder names.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Html } from 'mdast';
import { visit } from 'unist-util-visit';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';
import { markLines } from '../../generator/emit/package/manifest.js';
import { parseMarkdown } from '../../generator/parse/index.js';
import { readGeneratedFile, scanOutput } from '../../generator/write/scan.js';
import { runCli } from '../helpers.js';
import { temporaries } from './projects.js';

const { project } = temporaries();

/** A project with the project's seed in the folder `seeds` (a relative path, folders made as needed). */
function projectWithSeedsAt(seeds: string): string {
  const dir = project();
  if (seeds === 'seeds') return dir;
  mkdirSync(dirname(join(dir, seeds)), { recursive: true });
  renameSync(join(dir, 'seeds'), join(dir, seeds));
  return dir;
}

describe('the generated mark', () => {
  // 3 × 85 Chinese characters of 3 bytes: 765 bytes of path before the file name (each folder name within 255 bytes).
  const long = ['文'.repeat(85), '档'.repeat(85), '库'.repeat(85)].join('/');

  it.each([
    ['a seeds path of 765 bytes in Chinese', long],
    ['a seeds path of 520 ASCII characters', ['a'.repeat(250), 'b'.repeat(250), 'seeds-of-the-project'].join('/')],
  ])('is found with %s: the second generate is up to date and check passes', (_name, seeds) => {
    const dir = projectWithSeedsAt(seeds);
    expect(runCli(['generate', '--seeds', seeds], dir).status).toBe(0);
    const again = runCli(['generate', '--seeds', seeds], dir);
    expect(again.stderr).toContain('up to date');
    expect(again.status).toBe(0);
    expect(runCli(['check', '--seeds', seeds], dir).status).toBe(0);
  });
});

/** Seeds folder names that try to leave the comment they are written into. */
const hostileFolders = [
  'docs --><img src=x onerror=alert(1)><!-- ',
  'docs\n{"compilerOptions": {"rootDir": ".."}, "include": ["**"]}\n',
  'docs\r\u2028\u2029\u0085 -- --!> \\ \u202e end',
];

describe.each(hostileFolders)('a seeds folder named %j', (name) => {
  it('reaches every generated file escaped: comments stay closed, the JSON is what the generator wrote', async () => {
    const dir = projectWithSeedsAt(name);
    const result = await generate({ cwd: dir, seeds: name });
    expect(result.ok).toBe(true);
    const clean = await generate({ cwd: projectWithSeedsAt('seeds'), check: true });
    const files = new Map(result.files.map((file) => [file.path, file.text]));
    const cleanFiles = new Map(clean.files.map((file) => [file.path, file.text]));

    // The README: every HTML comment is one whole comment, and no other HTML comes from the path.
    const readme = parseMarkdown(files.get('README.md')!);
    const comments: string[] = [];
    visit(readme, 'html', (node: Html) => {
      if (node.value.startsWith('<!--')) comments.push(node.value);
      else expect(node.value).not.toMatch(/<img/i);
    });
    expect(comments.length).toBeGreaterThan(0);
    for (const comment of comments) expect(comment).toMatch(/^<!--(?:(?!--)[^\n])*-->$/);

    // tsconfig files read (as tsc reads them) exactly as with a plain seeds folder.
    for (const config of ['tsconfig.json', 'dist/cjs/package.json']) {
      const parsed = ts.parseConfigFileTextToJson(config, files.get(config)!);
      expect(parsed.error).toBeUndefined();
      expect(parsed.config).toEqual(ts.parseConfigFileTextToJson(config, cleanFiles.get(config)!).config);
    }
    const manifest = JSON.parse(cleanFiles.get('package.json')!) as { description: string };
    expect(JSON.parse(files.get('package.json')!)).toEqual({ ...manifest, description: manifest.description.replaceAll('seeds/', `${name}/`) });

    // TypeScript files: the banner is comments only, and the code after it is the same as with a plain seeds folder.
    for (const [path, text] of files) {
      if (!/^src\/.*\.ts$/.test(path)) continue;
      const banner = text.slice(0, text.indexOf('\n\n'));
      const ranges = ts.getLeadingCommentRanges(banner, 0) ?? [];
      expect(ranges.map((range) => banner.slice(range.pos, range.end)).join('\n')).toBe(banner);
      expect(banner.split('\n')).toHaveLength(3);
      expect(ranges.every((range) => range.kind === ts.SyntaxKind.SingleLineCommentTrivia)).toBe(true);
      // Its compiled forms start with the same mark (CommonJS after "use strict"), so they are comments only too.
      const compiled = path.slice('src/'.length, -'.ts'.length);
      for (const output of [`dist/esm/${compiled}.js`, `dist/esm/${compiled}.d.ts`, `dist/cjs/${compiled}.d.ts`]) expect(files.get(output)!.startsWith(`${banner}\n`), output).toBe(true);
      expect(files.get(`dist/cjs/${compiled}.js`)!.startsWith(`${banner}\n"use strict";\n`)).toBe(true);
    }
  });
});

describe('a file of an earlier version, whose mark named the seed', () => {
  it('is taken for a generated file and replaced', async () => {
    const dir = projectWithSeedsAt('seeds');
    expect((await generate({ cwd: dir })).ok).toBe(true);
    const enumPath = join(dir, 'generated/src/http-status/enum.ts');
    const current = readFileSync(enumPath, 'utf8');
    writeFileSync(enumPath, `// Code generated by md-codegen from ${'x'.repeat(600)}. DO NOT EDIT.\n// Regenerate with \`npm run generate\`.\n`);
    const result = await generate({ cwd: dir });
    expect(result.ok).toBe(true);
    expect(result.written).toEqual(['src/http-status/enum.ts']);
    expect(readFileSync(enumPath, 'utf8')).toBe(current);
  });
});

describe('reading a file and its mark in one open', () => {
  it('gives the whole file when it starts with the mark, nothing when it does not, and throws for what is not a regular file', () => {
    const out = join(project(), 'out');
    mkdirSync(join(out, 'src'), { recursive: true });
    const marked = `${markLines.typescript}\n${'x'.repeat(10_000)}\n`;
    writeFileSync(join(out, 'src/a.ts'), marked);
    writeFileSync(join(out, 'src/b.ts'), `// mine\n${marked}`);
    expect(readGeneratedFile(join(out, 'src/a.ts'))?.toString('utf8')).toBe(marked);
    expect(readGeneratedFile(join(out, 'src/b.ts'))).toBeUndefined();
    expect(() => readGeneratedFile(join(out, 'src'))).toThrow(/not a regular file/);
  });

  it('is left to the plan by the scan for the files it names, and read by the scan for the others', () => {
    const out = join(project(), 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'a.ts'), `${markLines.typescript}\n`);
    writeFileSync(join(out, 'b.ts'), `${markLines.typescript}\n`);
    writeFileSync(join(out, 'c.ts'), '// mine\n');
    const found = scanOutput(out, () => false, () => false, (path) => path !== 'a.ts');
    expect(found.map((entry) => [entry.path, entry.generated])).toEqual([['a.ts', undefined], ['b.ts', true], ['c.ts', false]]);
  });
});
