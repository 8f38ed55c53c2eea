// The committed generated sources compile under `strict`, and under `isolatedDeclarations` (which the
// compilation into `dist` relies on), with the real TypeScript compiler and their own tsconfig.json.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typecheckProject } from '../compile.js';
import { root } from '../helpers.js';

describe('generated/', () => {
  it('type-checks under strict and isolatedDeclarations with its tsconfig.json and zero diagnostics', () => {
    expect(typecheckProject(join(root, 'generated', 'tsconfig.json'))).toEqual([]);
  });
});
