import type { Severity } from '../diagnostics.js';
import type { NamedTable, Point, Row, Span } from '../model.js';

/** The level of a rule: a severity, or `off` (not reported). */
export type Level = Severity | 'off';

/** The semantic-version bump a change needs. */
export type Bump = 'major' | 'minor' | 'patch';

/** A row with the member name the naming stage gave it. */
export interface NamedRow {
  readonly row: Row;
  readonly name: string;
}

/** A table at the ref and the table in its place now: the same export name, or (`renamed`) the same codes. */
export interface TablePair {
  readonly old: NamedTable;
  readonly new: NamedTable;
  /** The old table's export name differs: matched by its codes. */
  readonly renamed: boolean;
  /** Rows with the same code on both sides, in the new table's order. */
  readonly rows: readonly { readonly old: NamedRow; readonly new: NamedRow }[];
  /** Old rows whose code is gone. */
  readonly removedRows: readonly NamedRow[];
  /** New rows whose code was not there. */
  readonly addedRows: readonly NamedRow[];
  /** Member names on both sides at different codes. */
  readonly moved: readonly { readonly old: NamedRow; readonly new: NamedRow }[];
}

/** What the rules compare: the tables at the ref, matched with the tables now. */
export interface Comparison {
  /** The ref as given (`main`, `origin/main`), as messages name it. */
  readonly ref: string;
  readonly pairs: readonly TablePair[];
  /** Tables at the ref without a table in their place now. */
  readonly removed: readonly NamedTable[];
  /** Tables now that have no table at the ref. */
  readonly added: readonly NamedTable[];
  /** The documents now, by path. */
  readonly documents: ReadonlySet<string>;
  /** The name of the generated package (messages name its subpaths). */
  readonly packageName: string;
  /** `true` when the member of `code` of the table `exportName` keeps its old name `name` as a deprecated alias. */
  readonly keepsAlias: (exportName: string, name: string) => boolean;
}

/** One change a rule found. */
export interface Change {
  /** What a directive names to accept it: a code (`413`), a member name, a table's export name, a field key. */
  readonly subject: string;
  /** What was found, what was at the ref, and what to do. */
  readonly reason: string;
  /** The document reported on: the new one, or the old path when the document is gone. */
  readonly path: string;
  readonly place: Point | Span | undefined;
  /** The severity when the rule decides it otherwise than its default (a rename kept as an alias: warning). */
  readonly severity?: Severity;
  /** The bump when the rule decides it otherwise than its default. */
  readonly bump?: Bump;
}

/**
 * One breaking-change rule, as data: its id, its default level, the bump a
 * change of its kind needs, what it finds (the README's table is written from
 * it), what an `accept` directive names, and its check.
 */
export interface BreakingRule {
  readonly ruleId: string;
  readonly level: Severity;
  readonly bump: Bump;
  /** What it finds, for the README and the config schema. */
  readonly summary: string;
  /** What `<!-- md-codegen accept <rule id> <subject> -->` names. */
  readonly subject: string;
  readonly check: (comparison: Comparison) => Iterable<Change>;
}
