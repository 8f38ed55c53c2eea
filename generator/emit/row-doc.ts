import type { NamedSeed, Row } from '../model.js';
import { rowFindings } from '../validate/index.js';
import { printDocComment } from './doc-comment.js';
import { tsdocCode, tsdocText } from './escape.js';
import { type Doc, docStructure, renderInline } from './tsdoc.js';

/**
 * The doc of one row, shared by its enum member and its map entry: the
 * description, the `CODE PHRASE` it came from with its source line (`path`:
 * the seed's path as TSDoc text), and the registry's findings under
 * `@remarks`.
 */
function rowDoc(seed: NamedSeed, row: Row, path: string): Doc {
  const description = renderInline(row.description.inline);
  const origin = `${tsdocCode(`${row.codeText} ${row.phrase}`.trim())} in ${path}, line ${row.span.start.line}.`;
  const remarks = rowFindings(row, seed).map((finding) => tsdocText(finding.note));
  return { paragraphs: [...description, origin], remarks };
}

/**
 * Every row's doc comment, printed once for both the enum member and the map
 * entry, indented as a member of either.
 */
export function rowDocComments(seed: NamedSeed): string[] {
  const path = tsdocText(seed.path);
  return seed.rows.map((row) => printDocComment(docStructure(rowDoc(seed, row, path)), '  '));
}
