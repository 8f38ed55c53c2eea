import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { NamedDocument, NamedTable } from '../model.js';
import { classNames, statusClasses } from '../emit/status-classes.js';
import { exportNames } from './exports.js';

/** Every name a table's module exports. */
export function tableExports(table: NamedTable): string[] {
  const n = exportNames(table.exportName);
  const common = [n.enum, n.code, n.name, n.info, n.codes, n.map, n.get, n.getOrThrow, n.is, n.source];
  if (table.reading.kind !== 'http') return common;
  return [...common, n.class, n.getClass, ...statusClasses.flatMap((entry) => Object.values(classNames(entry, n.pascal)))];
}

/**
 * Check what the package exports as a whole: two documents may not share a
 * module path, two tables may not share a folder, and no name may be
 * exported twice (the package root re-exports every document). Each clash is
 * an error on the later table, naming the other place.
 */
export function checkPackage(documents: readonly { readonly file: VFile; readonly document: NamedDocument }[]): void {
  const modules = new Map<string, string>();
  const dirs = new Map<string, string>();
  const names = new Map<string, string>();
  for (const { file, document } of documents) {
    const otherModule = modules.get(document.module);
    if (otherModule !== undefined) {
      report(file, 'error', 'document-name', `Found the module path \`${document.module}\`, which \`${otherModule}\` has too; expected one module per document: rename one of the files, or add \`<!-- md-codegen module="..." -->\` to one`, { line: 1, column: 1 });
      continue;
    }
    modules.set(document.module, document.path);
    for (const table of document.tables) {
      const where = `${document.path}:${table.span.start.line}`;
      const place = table.directive?.span ?? table.span;
      const otherDir = dirs.get(table.dir);
      if (otherDir !== undefined) {
        report(file, 'error', 'export-clash', `Found the table \`${table.exportName}\`, whose files would go to \`src/${table.dir}/\` as those of the table at ${otherDir} do; expected distinct folders: name one of the tables otherwise (\`<!-- md-codegen name="..." -->\`)`, place);
        continue;
      }
      dirs.set(table.dir, where);
      for (const name of tableExports(table)) {
        const other = names.get(name);
        if (other === undefined) {
          names.set(name, where);
          continue;
        }
        report(file, 'error', 'export-clash', `Found the export \`${name}\` of the table \`${table.exportName}\`, which the table at ${other} exports too; expected each name once in the package: name one of the tables otherwise (\`<!-- md-codegen name="..." -->\`)`, place);
        break;
      }
    }
  }
}
