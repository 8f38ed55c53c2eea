// generator/config/find.ts: the config file of the working directory, or the
// one given; two, or a given one that is not there, are problems.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configNames, findConfig } from '../../generator/config/find.js';
import { tempDir, writeFiles } from '../helpers.js';

let cleanup = () => {};
afterEach(() => cleanup());

/** A fresh folder holding `files` (empty texts). */
function folder(files: readonly string[]): string {
  const temp = tempDir();
  cleanup = temp.cleanup;
  writeFiles(temp.dir, Object.fromEntries(files.map((name) => [name, ''])));
  return temp.dir;
}

describe.each([
  ...configNames.map((name): [string, { files: string[]; given: string | undefined; want: unknown }] => [name, { files: [name, 'package.json'], given: undefined, want: { shown: name } }]),
  ['no config file', { files: ['package.json', 'md-codegen.json', 'md-codegen.config.yaml'], given: undefined, want: undefined }],
  ['--config with a file elsewhere', { files: ['config/codes.json', 'md-codegen.config.ts'], given: 'config/codes.json', want: { shown: 'config/codes.json' } }],
  ['--config beside a config file of the folder', { files: ['md-codegen.config.json', 'md-codegen.config.ts'], given: 'md-codegen.config.ts', want: { shown: 'md-codegen.config.ts' } }],
])('with %s', (_name, { files, given, want }) => {
  it('finds the file to load', () => {
    const dir = folder(files);
    const found = findConfig(dir, given);
    expect(found).toEqual({ file: want === undefined ? undefined : { path: join(dir, (want as { shown: string }).shown), ...want } });
  });
});

describe.each([
  ['two config files', { files: ['md-codegen.config.json', 'md-codegen.config.ts'], given: undefined, want: 'Found 2 config files, `md-codegen.config.json` and `md-codegen.config.ts`; expected one: remove the others, or choose one with --config <file>' }],
  ['three config files', { files: ['md-codegen.config.js', 'md-codegen.config.mjs', 'md-codegen.config.ts'], given: undefined, want: 'Found 3 config files, `md-codegen.config.js`, `md-codegen.config.mjs` and `md-codegen.config.ts`; expected one: remove the others, or choose one with --config <file>' }],
  ['--config naming a missing file', { files: [], given: 'conf/codes.json', want: 'Found no file `conf/codes.json` (--config); expected the config file there: check the path' }],
  ['--config naming a YAML file', { files: ['codes.yaml'], given: 'codes.yaml', want: 'Found --config `codes.yaml`; expected a file ending in .json, .js, .mjs, .ts' }],
])('with %s', (_name, { files, given, want }) => {
  it('is a problem', () => {
    expect(findConfig(folder(files), given)).toEqual({ problem: want });
  });
});
