import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Row } from './model.js';

/** Reads a document's source by span, for the fixes of one document (its line index is built once, on first use). */
export interface SourceReader {
  /** The text that puts `phrase` in place of `row`'s phrase in its head cell, as written; `undefined` unless that cell ends with the phrase as written. */
  phraseFix(row: Row, phrase: string): string | undefined;
}

/** A reader of `file`'s source (`file.value`, as the positions count it). */
export function sourceReader(file: VFile): SourceReader {
  let lines: ReturnType<typeof location> | undefined;
  return {
    phraseFix(row, phrase) {
      lines ??= location(file);
      const start = lines.toOffset(row.head.span.start);
      const end = lines.toOffset(row.head.span.end);
      if (start === undefined || end === undefined || row.phrase === '') return undefined;
      const source = String(file).slice(start, end);
      // A GFM cell's span may hold its pipe and padding: keep them.
      const at = source.lastIndexOf(row.phrase);
      if (at < 0 || !/^[\t |]*$/.test(source.slice(at + row.phrase.length))) return undefined;
      return `${source.slice(0, at)}${phrase}${source.slice(at + row.phrase.length)}`;
    },
  };
}

/** The fix of a table without a name: its `name` comment, inserted on the line before it. */
export function nameDirectiveFix(name: string): string {
  return `<!-- md-codegen name="${name}" -->\n`;
}
