import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { Limits } from '../limits.js';

// The Markdown parser reads each paragraph, heading and table cell as one
// piece of inline text, and takes time quadratic in its length on some input
// (runs of `*_`, `~a`, `[a](`, `<!--`: see bench/parse-growth.mjs). A line
// bounds a table row and a heading, not a paragraph: a paragraph goes on over
// every line up to a blank one. So the raw text is measured before parsing,
// per line and per run of lines that may be one paragraph.
//
// Length alone does not bound the time: the parser matches delimiters
// (`*`, `_`, `~`), brackets and `<` against each other within one piece of
// inline text, in time quadratic in how many it holds, so a row of 10,000
// characters of `*_` takes seconds where one of plain text takes
// milliseconds. Each line and each run also counts its markup characters,
// the ones the parser may have to match: `*`, `~`, `<`, `[`, `]`, and `_`
// unless it is inside a word (`INVALID_ARGUMENT`'s underscores cannot open
// or close emphasis, and cost no more than letters; backticks, `&`, `\`, `(`
// and `!` grow linearly: bench/parse-growth.mjs). Escaped ones and ones in code
// spans count too: an upper bound again. Only the lines of a code fence or an
// HTML block opened at the first column count none, as the parser reads them
// as raw text: at the first column nothing can be open around them (no list
// item or quote goes on over such a line), so they are what they seem unless
// a fence or an HTML block that may be open already holds them (then they are
// raw text too, or they count: see RawLines). test/parse/lengths.test.ts
// proves the counts an upper bound on random documents of every block shape.
//
// The runs are an upper bound: a line starts a new run only where no
// paragraph can go on over it whatever came before (a blank line, a heading,
// a list item, a fence, a break, a table row); a table is taken for one only
// in the plain shape that the parser must read as a table. Anything else adds
// to the run of the line before (a long list nested four spaces deep, or a long
// code block without a blank line, counts as one paragraph).

/** What {@link measureLines} knows about one line. */
export interface LineMeasure {
  /** 1-based. */
  readonly line: number;
  /** The line's characters (code points), without its line feed. */
  readonly chars: number;
  /** Characters of the paragraph this line may belong to, from its first possible line to this one; 0 for a line that is in none. */
  readonly run: number;
  /** The line the run starts at. */
  readonly runLine: number;
  /** Markup characters on the line (see {@link markupCount}). */
  readonly markup: number;
  /** Markup characters of the run, from its first line to this one; 0 for a line that is in none. */
  readonly markupRun: number;
  /** Whether this line is a table row (header and delimiter row included), a heading or another block of one line, whose text is the line alone. */
  readonly alone: boolean;
}

/** Only spaces and tabs. */
const blank = /[ \t]*$/my;
/** A block of one line after which nothing goes on: an ATX heading, a thematic break, a code fence (up to three spaces in). */
const single = / {0,3}(?:#{1,6}(?:[ \t]|$)|(?:\*[ \t]*){3,}$|(?:_[ \t]*){3,}$|(?:-[ \t]*){3,}$|`{3,}[^`\n]*$|~{3,})/my;
/** A line that may start a paragraph but ends the one before: a list item with text (only `1.` may interrupt a paragraph). */
const start = / {0,3}(?:[-*+]|1[.)])[ \t]+[^ \t\n]/my;
/**
 * A line that may open a block or a container: indented, `>`, `<`, `[`
 * (footnotes), `#`, a list marker, a fence, a break or an underline. After a
 * table row, any other line is a row; before a table head, any other line is
 * at the top level.
 */
const opener = /(?:[ \t]|>|<|\[|#{1,6}(?:[ \t]|$)|[-*+](?:[ \t]|$)|[0-9]{1,9}[.)](?:[ \t]|$)|```|~~~|(?:[-*_][ \t]*){3,}$|=+[ \t]*$|-+[ \t]*$)/my;
/** An ATX heading at the first column: it ends every container, so the next line is at the top level. */
const headingAtTop = /#{1,6}(?:[ \t]|$)/my;
/** A table delimiter row at the first column: cells of `-` with optional `:`, between pipes (`- ` would open a list item). */
const delimiterRow = /(?!-[ \t])(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/my;
/** The cells of a delimiter row. */
const delimiterCell = /:?-+:?/g;
/**
 * The start of an HTML block that blank lines do not end (comment,
 * processing instruction, declaration, CDATA, `script`, `pre`, `style`,
 * `textarea`), after any container markers and indentation.
 */
const htmlOpener = /(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|[0-9]{1,9}[.)](?=[ \t]|$)|\[\^[^\]\n]*\]:))*[ \t]*<(!--|\?|![A-Za-z]|!\[CDATA\[|(?:script|pre|style|textarea)(?=[ \t>]|$))/imy;
/** What ends each such block, by its opener (lower case). */
const htmlCloser: Record<string, string> = { '!--': '-->', '?': '?>', '![cdata[': ']]>', script: '</script>', pre: '</pre>', style: '</style>', textarea: '</textarea>' };
/** A code fence up to three spaces in (a backtick fence's info has no backtick). */
const fenceOpener = /( {0,3})(?:(`{3,})[^`\n]*$|(~{3,}))/my;
/** The start of an HTML block at the first column that a blank line ends (CommonMark's kind 6: a block-level tag). */
const blockTagAtStart = /<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?=[ \t>]|\/>|$)/imy;
/** The start of an HTML block at the first column that only its closer ends (kinds 1 to 5). */
const rawHtmlAtStart = /<(!--|\?|![A-Za-z]|!\[CDATA\[|(?:script|pre|style|textarea)(?=[ \t>]|$))/imy;

/**
 * Visit every line of `text` (LF line endings) with its length and the run of
 * the paragraph it may belong to; stops when `visit` returns `false`. One pass,
 * linear in the text.
 */
export function measureLines(text: string, visit: (measure: LineMeasure) => boolean): void {
  /** The run the next line adds to, when a paragraph may go on over it, its markup, and the line it starts at. */
  let carry = 0;
  let carryMarkup = 0;
  let carryLine = 1;
  /** Whether the lines since the last blank one are all at the top level, outside any container: a table head there is a table. */
  let topLevel = true;
  let inTable = false;
  /** The closers of the HTML blocks that may be open. */
  const pending = new Set<string>();
  const raw = new RawLines();
  for (let from = 0, line = 1; from <= text.length; from = lineEnd(text, from) + 1, line++) {
    const end = lineEnd(text, from);
    const chars = characters(text, from, end);
    const wasPending = pending.size > 0;
    const markup = raw.line(text, from, end, wasPending) ? 0 : markupCount(text, from, end);
    trackHtml(text, from, end, pending);
    const alone = () => visit({ line, chars, run: chars, runLine: line, markup, markupRun: markup, alone: true });
    if (at(blank, text, from)) {
      carry = 0;
      carryMarkup = 0;
      inTable = false;
      topLevel = true;
      if (!visit({ line, chars, run: 0, runLine: line, markup, markupRun: 0, alone: false })) return;
      continue;
    }
    if (inTable && !at(opener, text, from)) {
      if (!alone()) return;
      continue;
    }
    inTable = false;
    const next = end + 1;
    if (!wasPending && topLevel && next <= text.length && isTableHead(text, from, end, next, lineEnd(text, next))) {
      // The head and the delimiter row, each alone; the rows follow, each alone.
      if (!alone()) return;
      from = next;
      line++;
      const delimiterEnd = lineEnd(text, from);
      const delimiter = characters(text, from, delimiterEnd);
      // The delimiter row holds no markup; RawLines still sees every line.
      const delimiterMarkup = raw.line(text, from, delimiterEnd, pending.size > 0) ? 0 : markupCount(text, from, delimiterEnd);
      if (!visit({ line, chars: delimiter, run: delimiter, runLine: line, markup: delimiterMarkup, markupRun: delimiterMarkup, alone: true })) return;
      inTable = true;
      carry = 0;
      carryMarkup = 0;
      continue;
    }
    topLevel = at(headingAtTop, text, from) || (topLevel && !at(opener, text, from));
    if (at(single, text, from)) {
      carry = 0;
      carryMarkup = 0;
      if (!alone()) return;
      continue;
    }
    if (carry === 0 || at(start, text, from)) {
      carry = 0;
      carryMarkup = 0;
      carryLine = line;
    }
    carry += chars;
    carryMarkup += markup;
    if (!visit({ line, chars, run: carry, runLine: carryLine, markup, markupRun: carryMarkup, alone: false })) return;
  }
}

/** A code fence or an HTML block opened at the first column, whose lines the parser reads as raw text: what ends it. */
type RawBlock = { readonly fence: RegExp } | { readonly closers: readonly string[] };

/**
 * Which lines are raw text to the parser, for certain: the lines of a code
 * fence or an HTML block opened at the first column, line by line in order.
 * Such a block opens only where the parser cannot be inside another one: not
 * while an HTML block may be open (`pending`, or since a line starting with
 * `<` up to three spaces in, until a blank line), and never again after a
 * fence indented by one to three spaces, which may be at the top level (then a
 * fence at the first column closes it) or in a list item (then the same line
 * opens one): from there on, which fences are open is unknown, and all counts.
 */
class RawLines {
  private block: RawBlock | undefined;
  private mayBeHtml = false;
  private unsure = false;

  /** Whether the parser reads the line from `from` to `end` as raw text. */
  line(text: string, from: number, end: number, pending: boolean): boolean {
    const { block } = this;
    if (block && 'fence' in block) {
      if (at(block.fence, text, from)) this.block = undefined;
      return true;
    }
    if (block && block.closers.length === 0) {
      if (!at(blank, text, from)) return true;
      this.block = undefined;
    } else if (block) {
      if (closes(text, from, end, block.closers)) this.block = undefined;
      return true;
    }
    if (at(blank, text, from)) {
      this.mayBeHtml = false;
      return false;
    }
    const canOpen = !this.unsure && !this.mayBeHtml && !pending;
    fenceOpener.lastIndex = from;
    const fence = fenceOpener.exec(text);
    if (fence) {
      if (!canOpen || fence[1] !== '') {
        this.unsure = true;
        return false;
      }
      const marks = fence[2] ?? fence[3]!;
      this.block = { fence: new RegExp(` {0,3}\\${marks[0]}{${marks.length},}[ \\t]*$`, 'my') };
      return true;
    }
    if (canOpen && at(blockTagAtStart, text, from)) {
      this.block = { closers: [] };
      return true;
    }
    rawHtmlAtStart.lastIndex = from;
    const html = canOpen ? rawHtmlAtStart.exec(text) : null;
    if (html) {
      const opener = html[1]!.toLowerCase();
      // `<pre>` ends at `</script>` as well, and so on: any closer of the four ends any of them.
      const closers = opener in rawTagClosers ? Object.values(rawTagClosers) : [htmlCloser[opener] ?? '>'];
      if (!closes(text, rawHtmlAtStart.lastIndex, end, closers)) this.block = { closers };
      return true;
    }
    if (at(htmlAnywhere, text, from)) this.mayBeHtml = true;
    return false;
  }
}

/** A line that may start an HTML block of any kind, up to three spaces in. */
const htmlAnywhere = / {0,3}</y;

/** The closers of the HTML blocks of raw text (CommonMark's kind 1), by tag: any of them ends any of these blocks. */
const rawTagClosers: Record<string, string> = { script: '</script>', pre: '</pre>', style: '</style>', textarea: '</textarea>' };

function closes(text: string, from: number, end: number, closers: readonly string[]): boolean {
  const lower = text.slice(from, end).toLowerCase();
  return closers.some((closer) => lower.includes(closer));
}

/** A letter, digit or mark of the Basic Multilingual Plane, next to which `_` is inside a word (surrogates and punctuation are not: `：_：` may open emphasis). */
const wordCharacter = /[\p{L}\p{N}\p{M}]/u;

function isWord(code: number): boolean {
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true;
  return code > 0x7f && (code < 0xd800 || code > 0xdfff) && wordCharacter.test(String.fromCharCode(code));
}

/**
 * The markup characters from `from` to `end` that the parser may have to
 * match against each other: `*`, `~`, `<`, `[`, `]`, and `_` unless a word
 * character is on both sides of it.
 */
export function markupCount(text: string, from: number, end: number): number {
  let count = 0;
  for (let index = from; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x2a || code === 0x7e || code === 0x3c || code === 0x5b || code === 0x5d) count++;
    else if (code === 0x5f && !(index > from && index + 1 < end && isWord(text.charCodeAt(index - 1)) && isWord(text.charCodeAt(index + 1)))) count++;
  }
  return count;
}

/**
 * Report the first line longer than `lineLength` characters, or the first
 * run of lines that may be one paragraph longer than `paragraphLength`, or
 * the first line or run holding more than `markup` markup characters, before
 * the parser sees them. Returns whether the text is within all three.
 */
export function checkLengths(text: string, file: VFile, limits: Pick<Limits, 'lineLength' | 'paragraphLength' | 'markup'>): boolean {
  let ok = true;
  measureLines(text, ({ line, chars, run, runLine, markup, markupRun, alone }) => {
    const lines = () => (runLine === line ? `line ${line}` : `lines ${runLine}–${line}`);
    if (chars > limits.lineLength) {
      report(file, 'error', 'limit-line-length', `Found a line of ${chars} characters; expected at most ${limits.lineLength} (the Markdown parser slows down on long lines): split it, or raise the limit with --max-line-length`, {
        start: { line, column: 1 },
        end: { line, column: chars + 1 },
      });
      ok = false;
    } else if (!alone && run > limits.paragraphLength) {
      report(file, 'error', 'limit-paragraph-length', `Found ${run} characters in ${lines()} without a blank line between them, read as one paragraph; expected at most ${limits.paragraphLength} (the Markdown parser slows down on long paragraphs): add blank lines between paragraphs, or raise the limit with --max-paragraph-length`, {
        start: { line: runLine, column: 1 },
        end: { line, column: chars + 1 },
      });
      ok = false;
    } else if (markup > limits.markup) {
      report(file, 'error', 'limit-markup', `Found ${markup} markup characters (\`*\`, \`_\`, \`~\`, \`<\`, \`[\`, \`]\`) on line ${line}; expected at most ${limits.markup} (the Markdown parser takes time quadratic in how many one line or paragraph holds): split the line or write fewer, or raise the limit with --max-markup`, {
        start: { line, column: 1 },
        end: { line, column: chars + 1 },
      });
      ok = false;
    } else if (!alone && markupRun > limits.markup) {
      report(file, 'error', 'limit-markup', `Found ${markupRun} markup characters (\`*\`, \`_\`, \`~\`, \`<\`, \`[\`, \`]\`) in ${lines()} without a blank line between them, read as one paragraph; expected at most ${limits.markup} (the Markdown parser takes time quadratic in how many one paragraph holds): add blank lines between paragraphs, or raise the limit with --max-markup`, {
        start: { line: runLine, column: 1 },
        end: { line, column: chars + 1 },
      });
      ok = false;
    }
    return ok;
  });
  return ok;
}

/** Whether the line at `from` and the next one are the head and delimiter row of a table, at the first column, with as many cells. */
function isTableHead(text: string, from: number, end: number, next: number, nextEnd: number): boolean {
  if (at(opener, text, from) || !at(delimiterRow, text, next)) return false;
  const delimiter = text.slice(next, nextEnd);
  if (!delimiter.includes('|')) return false;
  const cells = headCells(text, from, end);
  return cells > 0 && cells === (delimiter.match(delimiterCell)?.length ?? 0);
}

/**
 * The cells of a table head row as the GFM table tokenizer counts them (a
 * cell starts at the row's start, unless that is a pipe, and after every
 * pipe, once something follows; `\|` and `\\` are escapes); 0 when the row
 * has no pipe or no cell (then it is no head).
 */
export function headCells(text: string, from: number, end: number): number {
  let cells = 0;
  let pipes = 0;
  let open = text.charCodeAt(from) !== 0x7c;
  for (let index = from; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x20 || code === 0x09) continue;
    if (open) {
      cells++;
      open = false;
    }
    if (code === 0x7c) {
      pipes++;
      open = true;
    } else if (code === 0x5c && (text.charCodeAt(index + 1) === 0x5c || text.charCodeAt(index + 1) === 0x7c)) index++;
  }
  return pipes === 0 ? 0 : cells;
}

/** Close the pending HTML blocks whose closer is on the line, then open the one the line starts, unless it closes on the line. */
function trackHtml(text: string, from: number, end: number, pending: Set<string>): void {
  if (pending.size > 0) {
    const lower = text.slice(from, end).toLowerCase();
    for (const closer of pending) if (lower.includes(closer)) pending.delete(closer);
  }
  htmlOpener.lastIndex = from;
  const match = htmlOpener.exec(text);
  if (!match) return;
  const closer = htmlCloser[match[1]!.toLowerCase()] ?? '>';
  if (!text.slice(htmlOpener.lastIndex, end).toLowerCase().includes(closer)) pending.add(closer);
}

function at(pattern: RegExp, text: string, from: number): boolean {
  pattern.lastIndex = from;
  return pattern.test(text);
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/** Code points in `text` from `from` to `end`. */
function characters(text: string, from: number, end: number): number {
  let count = end - from;
  for (let index = from; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      count--;
      index++;
    }
  }
  return count;
}
