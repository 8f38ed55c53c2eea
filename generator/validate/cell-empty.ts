import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { CodeTable } from '../model.js';
import { fallbackName } from '../names/member.js';

/**
 * `phrase-empty` and `description-empty` (warnings): a row with nothing to
 * say where its table has a column (or a `CODE PHRASE` cell) for it.
 */
export function cellEmpty(table: CodeTable, file: VFile): void {
  const named = table.nameSource === 'column' || table.nameSource === 'phrase' || table.nameSource === 'split';
  const header = table.descriptionColumn === undefined ? undefined : table.columns[table.descriptionColumn]!.header.text;
  const column = header === undefined ? undefined : header.trim() === '' ? `column ${table.descriptionColumn! + 1}` : `the \`${header}\` column`;
  for (const row of table.rows) {
    if (named && row.phrase.trim() === '') {
      const where = { phrase: `expected \`${row.codeText} PHRASE\``, split: 'expected `Name -- description`', column: 'expected a name in its name column' }[table.nameSource as 'phrase' | 'split' | 'column'];
      const reason = `Found the code ${row.codeText} with no phrase, so its member is named \`${fallbackName(row.codeText)}\`; ${where}: add the phrase`;
      report(file, 'warning', 'phrase-empty', reason, row.head.span);
    }
    if (column !== undefined && row.description.text.trim() === '') {
      report(file, 'warning', 'description-empty', `Found no description for ${row.codeText}; expected a description in ${column}: add one`, row.description.span);
    }
  }
}
