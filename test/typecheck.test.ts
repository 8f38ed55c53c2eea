// `expectTypeOf` assertions only hold when the compiler checks them: this runs it over the project.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typecheckProject } from './compile.js';
import { root } from './helpers.js';

describe('the project', () => {
  it('type-checks (generator, tests and their type assertions) with zero diagnostics', () => {
    expect(typecheckProject(join(root, 'tsconfig.json'))).toEqual([]);
  });
});
