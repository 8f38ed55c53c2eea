import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { Code, CodeTable } from '../model.js';

/** `code-duplicate` (error): a code appears twice; the message names both lines. */
export function codeDuplicate(table: CodeTable, file: VFile): void {
  const first = new Map<Code, number>();
  for (const row of table.rows) {
    const line = first.get(row.code);
    if (line === undefined) first.set(row.code, row.span.start.line);
    else {
      const reason = `Found the code ${row.code} on line ${row.span.start.line} and on line ${line}; expected each code once: remove one of the rows or renumber it`;
      report(file, 'error', 'code-duplicate', reason, row.head.span);
    }
  }
}
