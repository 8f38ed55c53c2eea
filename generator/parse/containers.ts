import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { maxNesting } from './nesting.js';

// One container marker: a block quote marker, or a list marker (`-`, `*`,
// `+`, `1.`, `1)`) followed by white space or the line's end.
const marker = />|[-*+](?=[ \t]|$)|[0-9]{1,9}[.)](?=[ \t]|$)/my;

/**
 * Report a line that may be nested in more than {@link maxNesting} block
 * containers (`- - - …`, `> > > …`, or a list item indented deeper and deeper
 * line after line) before the parser sees it: the parser takes time quadratic
 * in that depth, so such a line is refused up front, at its place. A line is
 * at most as deep as its markers, plus one list for every two columns of
 * indentation before them (a list item's text is indented at least two
 * columns; the one space after a marker belongs to it, a tab counts four).
 * Returns whether every line is within the limit.
 */
export function checkContainers(text: string, file: VFile): boolean {
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    let markers = 0;
    let indent = 0;
    for (let index = start; index < stop; ) {
      let columns = 0;
      for (let code = text.charCodeAt(index); index < stop && (code === 0x20 || code === 0x09); code = text.charCodeAt(++index)) columns += code === 0x09 ? 4 : 1;
      marker.lastIndex = index;
      if (!marker.test(text)) break;
      indent += markers > 0 && columns > 0 ? columns - 1 : columns;
      markers++;
      index = marker.lastIndex;
      if (markers + Math.floor(indent / 2) > maxNesting) {
        report(file, 'error', 'limit-nesting', `Found a line that may be nested in more than ${maxNesting} lists or block quotes (by its \`-\`, \`*\`, \`+\`, \`1.\` or \`>\` markers and their indentation); expected at most ${maxNesting}: remove the repeated markers, or the indentation before them`, { line, column: 1 });
        return false;
      }
    }
    start = stop + 1;
  }
  return true;
}
