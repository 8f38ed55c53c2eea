import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { sourceReader } from '../fix.js';
import type { CodeTable, Row } from '../model.js';
import { cellEmpty } from './cell-empty.js';
import { codeDuplicate } from './code-duplicate.js';
import { codeRange } from './code-range.js';
import { registryObsoleted } from './registry-obsoleted.js';
import { registryPhrase } from './registry-phrase.js';
import { registryPreviousName } from './registry-previous-name.js';
import { registryUnassigned } from './registry-unassigned.js';
import { registryUnofficial } from './registry-unofficial.js';
import type { Finding, HttpRow, RowRule } from './types.js';

export type { Finding, RowRule } from './types.js';

/** Row rules of HTTP status tables, in the order their findings are reported and documented. */
const rowRules: readonly RowRule[] = [codeRange, registryPhrase, registryUnassigned, registryPreviousName, registryUnofficial, registryObsoleted];

/** What the row rules find in `row`: the same list the generated docs carry. Only HTTP status tables have row rules. */
export function rowFindings(row: Row, table: CodeTable): Finding[] {
  if (table.reading.kind !== 'http') return [];
  return rowRules.map((rule) => rule(row as HttpRow, table)).filter((finding) => finding !== undefined);
}

/** Run every rule on a code table, reporting on `file`. */
export function validateTable(table: CodeTable, file: VFile): void {
  codeDuplicate(table, file);
  cellEmpty(table, file);
  const source = sourceReader(file);
  for (const row of table.rows) {
    for (const finding of rowFindings(row, table)) {
      const fix = finding.phrase === undefined ? undefined : source.phraseFix(row, finding.phrase);
      report(file, finding.severity, finding.ruleId, finding.reason, row.head.span, fix);
    }
  }
}
