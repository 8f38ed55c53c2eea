import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { Row, Seed } from '../model.js';
import { cellEmpty } from './cell-empty.js';
import { codeDuplicate } from './code-duplicate.js';
import { codeRange } from './code-range.js';
import { registryObsoleted } from './registry-obsoleted.js';
import { registryPhrase } from './registry-phrase.js';
import { registryPreviousName } from './registry-previous-name.js';
import { registryUnassigned } from './registry-unassigned.js';
import { registryUnofficial } from './registry-unofficial.js';
import type { Finding, RowRule } from './types.js';

export type { Finding, RowRule } from './types.js';

/** Row rules, in the order their findings are reported and documented. */
const rowRules: readonly RowRule[] = [codeRange, registryPhrase, registryUnassigned, registryPreviousName, registryUnofficial, registryObsoleted];

/** What the row rules find in `row`: the same list the generated docs carry. */
export function rowFindings(row: Row, seed: Seed): Finding[] {
  return rowRules.map((rule) => rule(row, seed)).filter((finding) => finding !== undefined);
}

/** Run every rule on the model, reporting on `file`. */
export function validateSeed(seed: Seed, file: VFile): void {
  codeDuplicate(seed, file);
  cellEmpty(seed, file);
  for (const row of seed.rows) {
    for (const finding of rowFindings(row, seed)) {
      report(file, finding.severity, finding.ruleId, finding.reason, row.head.span);
    }
  }
}
