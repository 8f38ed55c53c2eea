// Every cell is untrusted: for random seeds whose cells hold arbitrary Unicode
// and inline markup (hostile pieces and lone surrogates included), the
// generator either reports located errors, or emits a package that
// (a) type-checks under strict with zero diagnostics,
// (b) evaluated in a vm context, gives back exactly the plain text of every
//     phrase and description (and the title and intro), and exports exactly
//     the names a harmless seed of the same kind gives,
// (c) has no JSDoc tag, and no `@` in a comment, that the generator did not write,
// (d) keeps every member through a declaration emit with stripInternal,
// (e) has a README whose code table, read back with remark-gfm, shows every
//     phrase and description exactly (URLs and `www.` forms among them).
// MD_CODEGEN_PROPERTY_RUNS=2000 runs more cases than the default.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultEmitOptions, emitPackage, type GeneratedFile } from '../../generator/emit/index.js';
import type { NamedTable } from '../../generator/model.js';
import { readText } from '../helpers.js';
import { propertyRuns, propertyTimeout } from './runs.js';
import { type Table, table } from './tables.js';
import { verifyCompiled, verifyPackage, verifyReadme } from './verify.js';

/** A seed that generated, kept for the type-check. */
interface Generated {
  readonly seed: NamedTable;
  readonly files: readonly GeneratedFile[];
  readonly context: string;
}

/** Check one random seed up to the type-check; returns the package it generated, if any. */
function checkTable(given: Table): Generated | undefined {
  const { file, seed: document, table: seed } = readText(given.markdown, 'codes');
  const errors = file.messages.filter((message) => message.fatal === true);
  if (given.poisoned) expect(errors.filter((message) => message.ruleId === 'character').map((message) => `${message.line}:${message.column}`)).toContain(given.poisoned);
  if (errors.length > 0 || !seed) {
    // A located error: every error names its line and column.
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect([error.ruleId, error.line, error.column]).toEqual([error.ruleId, expect.any(Number), expect.any(Number)]);
    return undefined;
  }
  const files = emitPackage([document!], defaultEmitOptions);
  // A row whose code cell holds no code (a phrase that starts with a line break, say) is left out with a warning at it.
  const leftOut = new Set(file.messages.filter((message) => message.ruleId === 'row-code').map((message) => message.line));
  const expected = {
    rows: given.rows.filter((_, index) => !leftOut.has(9 + index)).map((row) => ({ code: row.code, phrase: row.phrase.text, description: row.description.text })),
    title: given.title.text,
    intro: given.intro.text === '' ? [] : [given.intro.text],
  };
  verifyPackage(seed, files, expected);
  verifyReadme(files, expected, `seed:\n${given.markdown}`);
  return { seed, files, context: `seed:\n${given.markdown}` };
}

const runs = propertyRuns(200);

describe('random seeds with hostile cells', () => {
  it('give located errors, or a package that type-checks, gives every text back, has only its own tags and survives stripInternal', { timeout: propertyTimeout(runs, 1000) }, () => {
    const packages: Generated[] = [];
    let refused = 0;
    fc.assert(
      fc.property(table, (given) => {
        const generated = checkTable(given);
        if (generated) packages.push(generated);
        else refused++;
      }),
      { numRuns: runs },
    );
    // The cases must mostly reach the emitters, or the property proves little.
    expect(packages.length).toBeGreaterThan(refused);
    for (let index = 0; index < packages.length; index += 50) verifyCompiled(packages.slice(index, index + 50));
  });
});
