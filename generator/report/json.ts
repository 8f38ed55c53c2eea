import type { VFile } from 'vfile';
import { severityOf, type Severity } from '../diagnostics.js';

/** One message of the JSON report. */
export interface JsonMessage {
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly endLine: number | null;
  readonly endColumn: number | null;
  readonly severity: Severity;
  readonly ruleId: string | null;
  readonly message: string;
}

/** Every message of `files` as plain data, in file then position order. */
export function toJsonMessages(files: readonly VFile[]): JsonMessage[] {
  return files.flatMap((file) =>
    sortMessages(file).map((message) => ({
      file: file.path,
      line: message.place ? ('start' in message.place ? message.place.start.line : message.place.line) : null,
      column: message.place ? ('start' in message.place ? message.place.start.column : message.place.column) : null,
      endLine: message.place && 'end' in message.place ? message.place.end.line : null,
      endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
      severity: severityOf(message.fatal),
      ruleId: message.ruleId ?? null,
      message: message.reason,
    })),
  );
}

const severityRank = { error: 0, warning: 1, info: 2 } as const;

/**
 * Messages by position (unplaced first), then errors before warnings before
 * info, then by rule id and reason: the order vfile-reporter prints, compared
 * by code unit so that no locale changes it.
 */
function sortMessages(file: VFile): VFile['messages'] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...file.messages].sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      severityRank[severityOf(a.fatal)] - severityRank[severityOf(b.fatal)] ||
      compare(a.ruleId ?? '', b.ruleId ?? '') ||
      compare(a.reason, b.reason),
  );
}
