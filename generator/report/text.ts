import { VFile } from 'vfile';
import { printable } from '../diagnostics.js';
import type { TableSummary } from '../seeds.js';
import { type JsonMessage, toJsonMessages } from './json.js';

/** What the text report shows; `GenerateResult` has all of it. */
export interface TextReportInput {
  readonly reports: readonly VFile[];
  readonly tables: readonly TableSummary[];
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
 * The default report: vfile-reporter's block, then one `file:line:col`
 * line per failing message (what editors and terminals make clickable), then
 * how each seed was read and why nothing was written. `''` when there is
 * nothing to say.
 */
export async function textReport(input: TextReportInput, options: TextReportOptions): Promise<string> {
  // Loaded only when there is a message: a clean run saves the 30 ms of loading it and the 40 ms it spends starting ICU (string widths, locale sorting).
  const hasMessages = input.reports.some((file) => file.messages.length > 0);
  const block = hasMessages ? (await import('vfile-reporter')).reporter(input.reports.map(withPrintablePath), { color: options.color, quiet: true }) : '';
  const failing = toJsonMessages(input.reports).filter((message) => message.severity === 'error' || (options.strict && message.severity === 'warning'));
  const kinds = input.tables.map(tableLine);
  const last = options.summary ?? (failing.length > 0 ? stopLine(failing, options.strict) : '');
  const sections = [block, failing.map(compactLine).join('\n'), kinds.join('\n'), last];
  return sections.filter((section) => section !== '').join('\n\n');
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
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const why = [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? `${plural(warnings, 'warning')} (--strict)` : ''].filter((part) => part !== '');
  return `Nothing was written: fix the ${why.join(' and ')} above${strict && warnings > 0 ? ', or run without --strict' : ''}.`;
}
