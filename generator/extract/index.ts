import type { Definition, Root } from 'mdast';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { Limits } from '../limits.js';
import type { CodeTable, Document } from '../model.js';
import { baseNameOf, moduleOf } from '../names/document.js';
import { pascalName } from '../names/member.js';
import { chooseLayout } from './columns.js';
import { extractDocumentText } from './document.js';
import { extractFrontMatter } from './front-matter.js';
import { spanOf } from './span.js';
import { readTable, type TableOverrides, tableTexts } from './table.js';
import { findTables } from './tables.js';

export { checkCharacters } from './characters.js';
export type { TableOverrides } from './table.js';

/** A table that is not a code table, and why. */
export interface Skipped {
  readonly line: number;
  readonly reason: string;
}

/** What reading a document found: its model (`undefined` when an error stopped it), its code tables, the tables it skipped. */
export interface Extracted {
  readonly document: Document | undefined;
  /** The code tables read, errors or not. */
  readonly tables: readonly CodeTable[];
  /** How many code tables it has, read or stopped by an error. */
  readonly codeTables: number;
  readonly skipped: readonly Skipped[];
}

/** What a caller says of a document beside its text. */
export interface DocumentOptions {
  /** The document's path inside its seeds folder, `/`-separated (`v2/orders.md`): its module path. */
  readonly relativePath: string;
  readonly limits: Limits;
  /** A config file's module path for it. */
  readonly module?: string;
  /** A config file's choices for a table, by the names it may go by: its heading, the name formed from it, its `name` comment, the document's name when it is the only table. */
  readonly tables?: (names: readonly string[]) => TableOverrides | undefined;
}

/** How many skipped tables the summary names by line. */
const skippedShown = 10;

/**
 * Turn a document's mdast into the model: front matter, title, intro and
 * every code table. Structural problems are reported on `file`; tables that
 * are not code tables are counted in one message.
 */
export function extractDocument(tree: Root, file: VFile, options: DocumentOptions): Extracted {
  const frontMatter = extractFrontMatter(tree, file);
  const { title, intro } = extractDocumentText(tree, frontMatter?.title);
  const found = findTables(tree, file);
  const module = options.module ?? found.document?.module ?? moduleOf(options.relativePath);
  if (module === undefined) {
    report(file, 'error', 'document-name', `Found the file name \`${options.relativePath}\`, which has no ASCII word to name its module; expected a name: add \`<!-- md-codegen module="error-codes" -->\` (lower-case words joined by \`-\`) to the document, or rename the file`, { line: 1, column: 1 });
  }
  const definitions = new Map(tree.children.filter((node): node is Definition => node.type === 'definition').map((node) => [node.identifier, node.url]));
  const tables: CodeTable[] = [];
  const skipped: Skipped[] = [];
  let failed = module === undefined;
  let stopped = 0;
  for (const candidate of found.candidates) {
    const names = [candidate.heading, candidate.heading === undefined ? undefined : pascalName(candidate.heading), candidate.directive?.name, found.candidates.length === 1 && module !== undefined ? baseNameOf(module) : undefined];
    const overrides = options.tables?.(names.filter((name): name is string => name !== undefined).map((name) => name.trim()));
    const result = readTable(candidate, tables.length + 1, file, { title, definitions, limits: options.limits, ...(overrides ? { overrides } : {}) });
    if ('table' in result) tables.push(result.table);
    else if ('skip' in result) skipped.push({ line: spanOf(candidate.node).start.line, reason: result.skip });
    else {
      failed = true;
      stopped++;
    }
  }
  for (const { node, inside } of found.nested) {
    const { headers, rows } = tableTexts(node);
    const layout = chooseLayout(headers, rows);
    if ('skip' in layout) skipped.push({ line: spanOf(node).start.line, reason: `inside ${inside}, ${layout.skip}` });
    else report(file, 'warning', 'table-nested', `Found a code table inside ${inside}; it is not read: move it out (no indent, no \`-\` or \`>\` before its lines) if its rows are codes`, spanOf(node));
  }
  skipped.sort((a, b) => a.line - b.line);
  if (skipped.length > 0) report(file, 'info', 'table-skipped', skippedReason(skipped), { line: skipped[0]!.line, column: 1 });
  const codeTables = tables.length + stopped;
  if (failed) return { document: undefined, tables, codeTables, skipped };
  return { document: { path: file.path, module: module!, baseName: baseNameOf(module!), title, intro, frontMatter, tables }, tables, codeTables, skipped };
}

function skippedReason(skipped: readonly Skipped[]): string {
  const shown = skipped.slice(0, skippedShown).map((table) => `line ${table.line} (${table.reason})`);
  const more = skipped.length > skippedShown ? `, and ${skipped.length - skippedShown} more` : '';
  const count = skipped.length === 1 ? 'a table that is not a code table' : `${skipped.length} tables that are not code tables`;
  return `Skipped ${count}: ${shown.join(', ')}${more}. A code table has a column of integers, code tokens or \`CODE PHRASE\` cells`;
}
