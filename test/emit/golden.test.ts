// Golden files: each test/fixtures/emit-<case>/input.md beside the package it generates.
// Regenerate with `npx vitest run test/emit/golden.test.ts -u` and review the diff.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultEmitOptions, type EmitOptions, emitPackage } from '../../generator/emit/index.js';
import { readText, root, tempDir, writeFiles } from '../helpers.js';
import { typecheckProject } from '../compile.js';

const fixtures = join(root, 'test/fixtures');
const cases = readdirSync(fixtures).filter((name) => name.startsWith('emit-'));

/** Type-check generated files with their own tsconfig.json, written to a temporary folder. */
function typecheck(files: readonly { path: string; text: string }[]): string[] {
  const temp = tempDir();
  try {
    writeFiles(temp.dir, Object.fromEntries(files.map((file) => [file.path, file.text])));
    return typecheckProject(join(temp.dir, 'tsconfig.json'));
  } finally {
    temp.cleanup();
  }
}

describe.each(cases)('%s', (name) => {
  const input = readFileSync(join(fixtures, name, 'input.md'));
  const slug = 'codes';
  // `options.json` beside the input: emit options of the case (`style`, `memberCase`).
  const optionsPath = join(fixtures, name, 'options.json');
  const options = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as Partial<EmitOptions>) : {};
  const { seed, file } = readText(input, slug, {}, { memberCase: options.memberCase ?? 'pascal' });
  const files = seed ? emitPackage([seed], { ...defaultEmitOptions, seedsDir: 'seeds', ...options }) : [];

  it('reads without errors', () => {
    expect(file.messages.filter((message) => message.fatal === true).map(String)).toEqual([]);
    expect(files.length).toBeGreaterThan(0);
  });

  it('generates the expected files, and no file of the expected output is missing', async () => {
    for (const generated of files) {
      await expect(generated.text).toMatchFileSnapshot(join(fixtures, name, 'output', generated.path));
    }
    const expected = readdirSync(join(fixtures, name, 'output'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const paths = expected.map((entry) => relative(join(fixtures, name, 'output'), join(entry.parentPath, entry.name)).split(sep).join('/'));
    expect(paths.sort()).toEqual(files.map((file) => file.path).sort());
  });

  it('generates code that type-checks under strict', () => {
    expect(typecheck(files)).toEqual([]);
  });

  if (options.style === 'const') {
    it('generates code that type-checks under erasableSyntaxOnly (no enum)', () => {
      const tsconfig = files.find((each) => each.path === 'tsconfig.json')!;
      const erasable = tsconfig.text.replace('"strict": true,', '"strict": true,\n    "erasableSyntaxOnly": true,');
      expect(erasable).not.toBe(tsconfig.text);
      expect(typecheck([...files.filter((each) => each !== tsconfig), { path: 'tsconfig.json', text: erasable }])).toEqual([]);
    });
  }
});
