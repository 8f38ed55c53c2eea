import { createTwoFilesPatch } from 'diff';

/** How many lines of each side, from the first difference on, are diffed. */
export const windowLines = 200;
const context = 3;
const slack = 20;

/**
 * The unified diff of one file, without its first header line, in bounded
 * time: what both sides share at the start and at the end is left out, and at
 * most {@link windowLines} lines of each side from the first difference on are
 * diffed (a line diff takes time proportional to lines × differences: a
 * shifted line number in every row's doc made a large file's diff quadratic).
 * Hunk headers keep the real line numbers. `cut` when the window did not reach
 * the end of the differences.
 */
export function boundedPatch(name: string, current: string, text: string): { patchLines: string[]; cut: boolean } {
  const shortest = Math.min(current.length, text.length);
  let same = 0;
  while (same < shortest && current.charCodeAt(same) === text.charCodeAt(same)) same++;
  let sameEnd = 0;
  while (sameEnd < shortest - same && current.charCodeAt(current.length - 1 - sameEnd) === text.charCodeAt(text.length - 1 - sameEnd)) sameEnd++;
  // Whole lines: the shared end starts after a line feed on both sides.
  const atLineStart = (side: string) => sameEnd === side.length || side.charCodeAt(side.length - sameEnd - 1) === 10;
  if (!atLineStart(current) || !atLineStart(text)) {
    const feed = current.indexOf('\n', current.length - sameEnd);
    sameEnd = feed === -1 ? 0 : current.length - feed - 1;
  }
  // And some shared lines on each side, so that the diff aligns as it would on the whole files.
  const lineStart = current.lastIndexOf('\n', same - 1) + 1;
  let start = lineStart;
  for (let line = 0; line < slack && start > 0; line++) start = current.lastIndexOf('\n', start - 2) + 1;
  // Lines only added or only removed diff in linear time: they are never cut.
  const oneSided = current.length - sameEnd === lineStart || text.length - sameEnd === lineStart;
  const window = (side: string) => {
    const differing = side.length - sameEnd;
    const shown = oneSided ? differing : Math.min(differing, linesAfter(side, start, slack + windowLines));
    return { text: side.slice(start, linesAfter(side, shown, slack)), cut: shown < differing };
  };
  const [before, after] = [window(current), window(text)];
  const cut = before.cut || after.cut;
  const offset = countLines(current, start);
  const patch = createTwoFilesPatch(name, `${name} (generated)`, before.text, after.text, undefined, undefined, { context });
  const patchLines: string[] = [];
  let hunks = 0;
  for (const line of patch.trimEnd().split('\n').slice(1)) {
    const hunk = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk) {
      const [oldStart, oldCount, newStart, newCount] = [hunk[1], hunk[2] ?? '1', hunk[3], hunk[4] ?? '1'].map(Number) as [number, number, number, number];
      // Where the window cut the files, their last lines differ whether the files do there or not: a
      // later hunk that reaches the cut is left out (a first one is long, and only its start is shown).
      if (cut && hunks++ > 0 && (reachesEnd(oldStart, oldCount, before.text) || reachesEnd(newStart, newCount, after.text))) break;
      patchLines.push(`@@ -${oldStart + offset}${hunk[2] === undefined ? '' : `,${oldCount}`} +${newStart + offset}${hunk[4] === undefined ? '' : `,${newCount}`} @@`);
    } else patchLines.push(line);
  }
  return { patchLines, cut };
}

/** Whether a hunk (as a unified diff numbers it) takes in the last line of `text`. */
function reachesEnd(start: number, count: number, text: string): boolean {
  return (count === 0 ? start : start + count - 1) >= countLines(text, text.length);
}

/** The offset just after the `count`-th line feed from `from` on (the end of `text` if there are fewer). */
function linesAfter(text: string, from: number, count: number): number {
  let at = Math.max(from, 0);
  for (let line = 0; line < count && at < text.length; line++) {
    const feed = text.indexOf('\n', at);
    at = feed === -1 ? text.length : feed + 1;
  }
  return at;
}

/** How many line feeds `text` has before `end`. */
function countLines(text: string, end: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
