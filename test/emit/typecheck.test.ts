// The committed generated sources compile under `strict` with the real TypeScript compiler.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typecheckProject } from '../compile.js';
import { root } from '../helpers.js';

describe('generated/', () => {
  it.each(['tsconfig.json', 'tsconfig.cjs.json'])('type-checks under strict with %s and zero diagnostics', (config) => {
    expect(typecheckProject(join(root, 'generated', config))).toEqual([]);
  });
});
