// The model: plain data extracted from a seed, with a source position on every
// row and cell. Every stage after `extract` works on this, never on mdast.

/** A place in a seed: 1-based line and column, as unist positions have them. */
export interface Point {
  readonly line: number;
  readonly column: number;
}

/** A range in a seed. */
export interface Span {
  readonly start: Point;
  readonly end: Point;
}

/** Inline content of a cell, reduced to what the generator renders. */
export type Inline =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'inlineCode'; readonly value: string }
  | { readonly type: 'break' }
  | { readonly type: 'emphasis' | 'strong' | 'delete'; readonly children: readonly Inline[] }
  | { readonly type: 'link'; readonly url: string; readonly children: readonly Inline[] };

/** One table cell: its plain text, its inline content and where it stands. */
export interface Cell {
  /** Plain text, exactly as `mdast-util-to-string` gives it. */
  readonly text: string;
  readonly inline: readonly Inline[];
  readonly span: Span;
}

/** One body row of the code table. */
export interface Row {
  /** The numeric code (`200`). */
  readonly code: number;
  /** The code as written (`200`). */
  readonly codeText: string;
  /** The phrase after the code (`OK`). */
  readonly phrase: string;
  /** The first cell (`200 OK`). */
  readonly head: Cell;
  /** The second cell. */
  readonly description: Cell;
  readonly span: Span;
}

/** The front-matter comment line: `[//]:# "2024/11/7 14:33|api"`. */
export interface FrontMatter {
  /** ISO-style local date and time, `2024-11-07T14:33`. */
  readonly date: string;
  readonly tags: readonly string[];
  readonly span: Span;
}

/**
 * How a table was read: `http` when every code has three digits (HTTP status
 * rules and classes apply), `generic` otherwise (business codes).
 */
export type TableKind = 'http' | 'generic';

/** Everything one seed says. */
export interface Seed {
  /** Path of the seed as reported, with `/` separators (`seeds/http-status.md`). */
  readonly path: string;
  /** The seed's file name without `.md` (`http-status`). */
  readonly slug: string;
  readonly title: string | undefined;
  /** Intro paragraphs, as plain text. */
  readonly intro: readonly string[];
  readonly frontMatter: FrontMatter | undefined;
  readonly kind: TableKind;
  readonly rows: readonly Row[];
}

/** A seed with a member name for every row, as the naming stage resolves them. */
export interface NamedSeed extends Seed {
  /** `names[i]` is the enum member name of `rows[i]`. */
  readonly names: readonly string[];
}
