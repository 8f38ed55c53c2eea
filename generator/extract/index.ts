import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Limits } from '../limits.js';
import type { Seed } from '../model.js';
import { extractDocumentText } from './document.js';
import { extractFrontMatter } from './front-matter.js';
import { extractRows, findTable } from './table.js';

export { checkCharacters } from './characters.js';

/**
 * Turn a seed's mdast into the model. Structural problems are reported on
 * `file`; returns `undefined` when no table could be read at all.
 */
export function extractSeed(tree: Root, file: VFile, slug: string, limits: Limits): Seed | undefined {
  const frontMatter = extractFrontMatter(tree, file);
  const { title, intro } = extractDocumentText(tree);
  const table = findTable(tree, file);
  const rows = table && extractRows(table, file, limits);
  if (!rows) return undefined;
  const kind = rows.every((row) => row.codeText.length === 3) ? 'http' : 'generic';
  return { path: file.path, slug, title, intro, frontMatter, kind, rows };
}
