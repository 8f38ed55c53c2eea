import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { Seed } from '../model.js';
import { fallbackName } from '../names/member.js';

/** `phrase-empty` and `description-empty` (warnings): a row with nothing to say. */
export function cellEmpty(seed: Seed, file: VFile): void {
  for (const row of seed.rows) {
    if (row.phrase.trim() === '') {
      const reason = `Found the code ${row.codeText} with no phrase, so its member is named \`${fallbackName(row.codeText)}\`; expected \`${row.codeText} PHRASE\`: add the phrase`;
      report(file, 'warning', 'phrase-empty', reason, row.head.span);
    }
    if (row.description.text.trim() === '') {
      report(file, 'warning', 'description-empty', `Found no description for ${row.codeText}; expected a description in the second cell: add one`, row.description.span);
    }
  }
}
