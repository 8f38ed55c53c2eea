import type { NamedTable } from '../model.js';
import { tsdocText } from './escape.js';

/** Doc paragraphs that introduce a table's exports: what (`lead`, then ` of <title>` when the document has one), from where, the intro and the front matter. */
export function seedSummary(table: NamedTable, lead: string): string[] {
  const { document } = table;
  const title = document.title === undefined ? '' : ` of ${tsdocText(document.title)}`;
  // A document of several tables: say which one.
  const heading = table.heading === undefined ? '' : ` under ${tsdocText(table.heading)}`;
  const place = table.dir === document.module ? '' : `, the table${heading} on line ${table.span.start.line}`;
  const paragraphs = [`${lead}${title}, from ${tsdocText(document.path)}${place}.`, ...document.intro.map(tsdocText)];
  const front = document.frontMatter;
  if (front && (front.date !== undefined || front.tags.length > 0)) {
    const date = front.date === undefined ? undefined : `Dated ${tsdocText(front.date)}`;
    const tags = front.tags.length === 0 ? undefined : `tags: ${front.tags.map(tsdocText).join(', ')}`;
    const both = [date, tags].filter((part) => part !== undefined).join('; ');
    paragraphs.push(`${both[0]!.toUpperCase()}${both.slice(1)}.`);
  }
  return paragraphs;
}
