import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { maxNesting } from './nesting.js';

// One container opener at the start of a line: a block quote marker or a list
// marker (`-`, `*`, `+`, `1.`, `1)`) followed by white space, with its indent.
const opener = /[ \t]{0,3}(?:>|[-*+](?=[ \t])|[0-9]{1,9}[.)](?=[ \t]))/y;

/**
 * Report a line that opens more than {@link maxNesting} block containers
 * (`- - - - …`, `> > > …`) before the parser sees it: the parser takes time
 * quadratic in that depth, so such a line is refused up front, at its place.
 * Returns whether every line is within the limit.
 */
export function checkContainers(text: string, file: VFile): boolean {
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    let depth = 0;
    opener.lastIndex = start;
    while (opener.lastIndex < stop && opener.test(text)) {
      depth++;
      if (depth > maxNesting) {
        report(file, 'error', 'limit-nesting', `Found a line that opens more than ${maxNesting} nested lists or block quotes; expected at most ${maxNesting}: remove the repeated \`-\`, \`*\`, \`+\`, \`1.\` or \`>\` markers`, { line, column: 1 });
        return false;
      }
    }
    start = stop + 1;
  }
  return true;
}
