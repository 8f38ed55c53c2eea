import { VFile } from 'vfile';
import { printable, printableLines } from '../diagnostics.js';
import type { TableSummary } from '../seeds.js';
import { type JsonMessage, toJsonMessages } from './json.js';

/** What the text report shows; a `GenerateResult` has all of it. */
export interface TextReportInput {
  readonly reports: readonly VFile[];
  readonly tables: readonly TableSummary[];
  /** The drift report of `check` (`GenerateResult.drift`): shown after the tables. */
  readonly drift?: string;
  /**
   * What a run that succeeded wrote (`GenerateResult`'s `ok`, `plan`, `files`,
   * `written`, `removed`): the last line says it, `generated: 39 files, wrote
   * 2, removed 0` (or `up to date`).
   */
  readonly ok?: boolean;
  readonly plan?: object | undefined;
  readonly files?: readonly unknown[];
  readonly written?: readonly string[];
  readonly removed?: readonly string[];
}

/** How to print the text report. */
export interface TextReportOptions {
  readonly color: boolean;
  /** Warnings count as errors: they get a line of their own too. */
  readonly strict: boolean;
  /** The last line, instead of why nothing was written (`breaking` writes nothing: it says what the change needs). */
  readonly summary?: string;
}

/**
 * The report the CLI prints on stderr: vfile-reporter's block, then one
 * `file:line:col` line per failing message (what editors and terminals make
 * clickable), then how each seed was read, the drift report, and why nothing
 * was written or what was. `''` when there is nothing to say. Scripts that
 * run `generate()` print `await textReport(result, ...)` to say what the
 * CLI says.
 */
export async function textReport(input: TextReportInput, options: TextReportOptions): Promise<string> {
  // Loaded only when there is a message: a clean run saves the 30 ms of loading it and the 40 ms it spends starting ICU (string widths, locale sorting).
  const hasMessages = input.reports.some((file) => file.messages.length > 0);
  const block = hasMessages ? (await import('vfile-reporter')).reporter(input.reports.map(withPrintablePath), { color: options.color, quiet: true }) : '';
  const failing = toJsonMessages(input.reports).filter((message) => message.severity === 'error' || (options.strict && message.severity === 'warning'));
  const kinds = input.tables.map(tableLine);
  const last = options.summary ?? (failing.length > 0 ? stopLine(failing, options.strict) : '');
  // The diff quotes files of the output folder as they are: escaped, so that none can drive the terminal or the CI log.
  const drift = input.drift ? printableLines(input.drift) : '';
  const sections = [block, failing.map(compactLine).join('\n'), kinds.join('\n'), drift, last];
  const text = sections.filter((section) => section !== '').join('\n\n');
  const done = doneLine(input);
  return done === undefined ? text : text === '' ? done : `${text}\n${done}`;
}

/** `generated: 39 files, wrote 2, removed 0`, after a run that succeeded and found no drift; the folder is the last report's path. */
function doneLine(input: TextReportInput): string | undefined {
  const { files, written, removed } = input;
  if (input.ok !== true || input.plan === undefined || input.drift || files === undefined || written === undefined || removed === undefined) return undefined;
  const out = input.reports[input.reports.length - 1]!.path;
  const summary = written.length + removed.length === 0 ? 'up to date' : `wrote ${written.length}, removed ${removed.length}`;
  return printable(`${out}: ${files.length} files, ${summary}`);
}

/**
 * How one table was read: `seeds/x.md:7: HttpStatus: read as an HTTP status
 * table (48 of 62 phrases match the registry); integer codes from column 1 …`.
 */
export function tableLine(table: TableSummary): string {
  const kind = table.reading.kind === 'http' ? 'an HTTP status table' : 'a generic code table';
  return printable(`${table.path}:${table.line}: ${table.name === undefined ? '' : `${table.name}: `}read as ${kind} (${table.reading.kindReason}); ${table.columns}`);
}

/**
 * The file as vfile-reporter should print it: its path {@link printable} (a
 * seed may be named with a line feed and `::error`, or an escape sequence),
 * its messages as they are (their reasons already are).
 */
function withPrintablePath(file: VFile): VFile {
  const shown = new VFile({ path: printable(file.path) });
  shown.messages = file.messages;
  return shown;
}

/** `seeds/x.md:9:1: error: <reason> (<rule id>)`, as tsc and ESLint's unix format print it; the path {@link printable}. */
export function compactLine(message: JsonMessage): string {
  const place = message.line === null ? '' : `:${message.line}:${message.column}`;
  return `${printable(message.file)}${place}: ${message.severity}: ${message.message}${message.ruleId ? ` (${message.ruleId})` : ''}`;
}

function stopLine(failing: readonly JsonMessage[], strict: boolean): string {
  const count = (severity: JsonMessage['severity']) => failing.filter((message) => message.severity === severity).length;
  const [errors, warnings] = [count('error'), count('warning')];
  const why = [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? `${plural(warnings, 'warning')} (--strict)` : ''].filter((part) => part !== '');
  return `Nothing was written: fix the ${why.join(' and ')} above${strict && warnings > 0 ? ', or run without --strict' : ''}.`;
}

/** `1 warning`, `9 warnings`: a count and its word, for the words of reports (which all take an `s`). */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
