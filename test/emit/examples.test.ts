// Every TypeScript example the generator writes (TSDoc @example and README)
// type-checks under strict against the generated sources, for tables with
// rows and without: the docs never show code that the generated code rejects.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultEmitOptions, emitPackage } from '../../generator/emit/index.js';
import { typecheckProject } from '../compile.js';
import { readText, seedBytes, seedWith, tempDir, writeFiles } from '../helpers.js';
import { codeBlocks } from '../package/consumer.js';

const cases = [
  ['the project seed', { given: seedBytes, slug: 'http-status' }],
  ['a generic table', { given: seedWith(['100001 Order Locked|locked', '100002 Order Gone|gone']), slug: 'order-error' }],
  ['a table without rows', { given: seedWith([]), slug: 'empty' }],
] as const;

/** The ```ts blocks of the TSDoc comments of a source file, without the ` * ` margin. */
function docExamples(source: string): string[] {
  const unindented = source
    .split('\n')
    .map((line) => /^ \* ?(.*)$/.exec(line)?.[1] ?? '')
    .join('\n');
  return codeBlocks(unindented, 'ts');
}

const temp = tempDir();
afterAll(temp.cleanup);

describe.each(cases)('%s', (_, { given, slug }) => {
  const seed = readText(given, slug).seed!;
  const files = emitPackage([seed], defaultEmitOptions);
  const readme = files.find((file) => file.path === 'README.md')!.text;
  const examples = [...codeBlocks(readme, 'ts'), ...files.filter((file) => file.path.endsWith('.ts')).flatMap((file) => docExamples(file.text))];

  it('writes examples', () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  it('writes only examples that type-check under strict against the generated sources', () => {
    const dir = join(temp.dir, slug);
    const sources = Object.fromEntries(examples.map((example, index) => [`example-${index}.ts`, example]));
    const tsconfig = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        types: [],
        noUnusedLocals: false,
        paths: { [defaultEmitOptions.packageName]: ['./src/index.ts'], [`${defaultEmitOptions.packageName}/*`]: ['./src/*/index.ts'] },
      },
      files: [...Object.keys(sources), ...files.filter((file) => file.path.endsWith('.ts')).map((file) => file.path)],
    };
    writeFiles(dir, { ...Object.fromEntries(files.map((file) => [file.path, file.text])), ...sources, 'tsconfig.examples.json': JSON.stringify(tsconfig) });
    expect(typecheckProject(join(dir, 'tsconfig.examples.json'))).toEqual([]);
  });
});
