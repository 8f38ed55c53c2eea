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

/** Messages by position (unplaced first), then by rule id, stably. */
export function sortMessages(file: VFile) {
  const key = (place: VFile['messages'][number]['place']) => (place ? ('start' in place ? place.start : place) : { line: 0, column: 0 });
  return [...file.messages].sort((a, b) => {
    const [pa, pb] = [key(a.place), key(b.place)];
    return (pa.line ?? 0) - (pb.line ?? 0) || (pa.column ?? 0) - (pb.column ?? 0);
  });
}
