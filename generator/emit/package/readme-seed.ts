import type { Style } from '../../config/schema.js';
import type { NamedTable } from '../../model.js';
import { exportNames } from '../../names/exports.js';
import { rowFindings } from '../../validate/index.js';
import { type ApiEntry, exampleBlock, tableApi } from '../api.js';
import { codeLiteral, markdownText } from '../escape.js';
import { entryShape } from '../map.js';
import { classNames, statusClasses } from '../status-classes.js';

/** The README section of one table: where it comes from, every export with an example, the status classes, every code. */
export function seedSection(table: NamedTable, pkg: string, style: Style = 'enum'): string[] {
  const { document } = table;
  const names = exportNames(table.exportName);
  const subpath = document.module;
  const several = table.dir !== document.module;
  const docTitle = document.title === undefined ? document.module : markdownText(document.title);
  const title = several ? `${docTitle}: ${table.heading === undefined ? table.exportName : markdownText(table.heading)}` : docTitle;
  const kind = table.reading.kind === 'http' ? 'an HTTP status table' : 'a generic code table';
  const dated = document.frontMatter?.date === undefined ? '' : `, dated ${markdownText(document.frontMatter.date)}`;
  const where = several ? `the table on line ${table.span.start.line} of \`${markdownText(document.path)}\`` : `\`${markdownText(document.path)}\``;
  const api = tableApi(table, style);
  const perClass = new Set(statusClasses.flatMap((entry) => Object.values(classNames(entry, names.pascal))));
  const shape = entryShape(table);
  const headers = ['Code', 'Member', ...(shape.phrase ? ['Phrase'] : []), ...(shape.description ? ['Description'] : []), ...table.fields.map((field) => markdownText(field.header.trim() === '' ? field.key : field.header)), 'Note'];
  return [
    `## ${title}`,
    '',
    `From ${where}, read as ${kind}${dated}: ${table.rows.length} codes. Import it from \`${pkg}\` or \`${pkg}/${subpath}\`.`,
    '',
    ...(several ? [] : document.intro.flatMap((paragraph) => [markdownText(paragraph), ''])),
    '### API',
    '',
    ...api.filter((entry) => !perClass.has(entry.name)).flatMap((entry) => exportSection(entry, pkg, subpath)),
    ...(table.reading.kind === 'http' ? classSection(table, api, pkg) : []),
    '### Codes',
    '',
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...table.rows.map((row, index) => {
      const note = rowFindings(row, table).map((finding) => markdownText(finding.note)).join(' ');
      const cells = [markdownText(codeLiteral(row.code)), `\`${table.names[index]}\``];
      if (shape.phrase) cells.push(markdownText(row.phrase));
      if (shape.description) cells.push(markdownText(row.description.text));
      cells.push(...row.fields.map((field) => markdownText(field.text)), note);
      return `| ${cells.join(' | ')} |`;
    }),
    '',
  ];
}

function exportSection(entry: ApiEntry, pkg: string, subpath: string): string[] {
  return [`#### \`${entry.name}\` (${entry.kind})`, '', entry.summary, '', ...exampleBlock(entry, pkg, subpath), ''];
}

/** One row per class (its codes in the document, its union type, its guard), then every guard in one example. */
function classSection(table: NamedTable, api: readonly ApiEntry[], pkg: string): string[] {
  const names = exportNames(table.exportName);
  // HTTP status tables have integer codes.
  const codes = table.rows.map((row) => row.code as number);
  const guards = statusClasses.map((entry) => api.find((candidate) => candidate.name === classNames(entry, names.pascal).guard)!);
  return [
    '### Status classes',
    '',
    `Each class has a literal union of the document's codes in it and a type guard that narrows to that union.`,
    '',
    '| Class | Range | Codes in the document | Type | Guard |',
    '| --- | --- | --- | --- | --- |',
    ...statusClasses.map((entry) => {
      const { type, guard } = classNames(entry, names.pascal);
      const inside = codes.filter(entry.has);
      return `| \`${entry.key}\` | ${entry.range} | ${inside.length === 0 ? 'none (`never`)' : inside.join(', ')} | \`${type}\` | \`${guard}\` |`;
    }),
    '',
    ...exampleBlock({ imports: guards.map((guard) => guard.name), code: guards.flatMap((guard) => guard.code) }, pkg, table.document.module),
    '',
  ];
}
