import type { Severity } from '../diagnostics.js';
import type { CodeTable, Row } from '../model.js';

/** What a row rule found: the message, and the note the generated docs carry. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** The diagnostic: what was found, what was expected, what to do. */
  readonly reason: string;
  /** A sentence for the member's TSDoc `@remarks` and the package README. */
  readonly note: string;
  /** The phrase that fixes it, where one is known (the registered phrase). */
  readonly phrase?: string;
}

/** A row of an HTTP status table: its code is an integer. */
export type HttpRow = Row & { readonly code: number };

/** A rule on one row of an HTTP status table; pure, so that the emitted docs can carry its finding. */
export type RowRule = (row: HttpRow, table: CodeTable) => Finding | undefined;
