// The model: plain data extracted from a document, with a source position on
// every row and cell. Every stage after `extract` works on this, never on mdast.
// A document holds code tables; a table holds columns, each with a role, and
// rows of cells by column; a code is an integer or a token string.

/** A place in a document: 1-based line and column, as unist positions have them. */
export interface Point {
  readonly line: number;
  readonly column: number;
}

/** A range in a document. */
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

/** Text of a cell, or of a part of one: its plain text and its inline content. */
export interface Text {
  /** Plain text, exactly as `mdast-util-to-string` gives it (a `<br>` as a line feed). */
  readonly text: string;
  readonly inline: readonly Inline[];
}

/** One table cell, and where it stands. */
export interface Cell extends Text {
  readonly span: Span;
}

/** A code as the document writes it: an integer (`200`, `-32700`) or a token (`INVALID_ARGUMENT`). */
export type Code = number | string;

/** What a table's codes are: integers (a numeric enum) or tokens (a string enum). */
export type CodeType = 'integer' | 'token';

/**
 * How a table was read: `http` when its codes are HTTP statuses (registry
 * rules and status classes apply), `generic` otherwise (business codes).
 */
export type TableKind = 'http' | 'generic';

/** What a column holds. */
export type ColumnRole = 'code' | 'name' | 'description' | 'field';

/** One column of a code table. */
export interface Column {
  /** Its position in the table, from 0. */
  readonly index: number;
  /** The header cell. */
  readonly header: Cell;
  readonly role: ColumnRole;
}

/** A column kept as a field of each entry: every column that is not the code, the name or the description. */
export interface Field {
  /** The column it comes from, from 0. */
  readonly column: number;
  /** The key of the field in each map entry: `category`, or the header as written (`备注`). */
  readonly key: string;
  /** The header's plain text, as docs name the field. */
  readonly header: string;
}

/**
 * Where a table's member names come from: a name column, the phrase of a
 * `CODE PHRASE` cell, the part before ` -- ` of the description (Slate's
 * `Bad Request -- Your request is invalid.`), the token code itself, or
 * nowhere (every member is `Code<code>`).
 */
export type NameSource = 'column' | 'phrase' | 'split' | 'code' | 'none';

/** One body row of a code table. */
export interface Row {
  readonly code: Code;
  /** The code as written (`200`, `-1`, `BLOB_UNKNOWN`). */
  readonly codeText: string;
  /** The name the document gives the code, as written (`OK`, `Not Found`); `''` when it gives none. */
  readonly phrase: string;
  /** The cell that holds the code: messages about the row point at it. */
  readonly head: Cell;
  /** The description: its cell, the part after ` -- `, or empty text when the table has none. */
  readonly description: Text & { readonly span: Span };
  /** The text of every field, in the order of `CodeTable.fields`. */
  readonly fields: readonly Text[];
  /** Every cell of the row, by column. */
  readonly cells: readonly Cell[];
  readonly span: Span;
}

/** The document's front matter: the `[//]:# "2024/11/7 14:33|api"` comment or YAML. */
export interface FrontMatter {
  /** ISO-style local date and time as written, `2024-11-07T14:33`; `undefined` when none is given. */
  readonly date: string | undefined;
  readonly tags: readonly string[];
  /** A `title:` of YAML front matter. */
  readonly title?: string;
  readonly span: Span;
}

/** How a table was read, as the run's summary says it. */
export interface TableReading {
  readonly kind: TableKind;
  /** Why it was read as `kind`: `48 of 62 phrases match the registry`. */
  readonly kindReason: string;
  /** How the code column was chosen: `the only column of codes`, `numeric codes win over tokens`. */
  readonly codeReason: string;
}

/** One code table of a document. */
export interface CodeTable {
  /** Its position among the document's code tables, from 1. */
  readonly index: number;
  readonly span: Span;
  /** The text of the nearest heading before it, if any. */
  readonly heading: string | undefined;
  /** What a `<!-- md-codegen ... -->` comment right before the table says. */
  readonly directive: TableDirective | undefined;
  /** The export name a config file gives it. */
  readonly configName?: string;
  readonly codeType: CodeType;
  readonly columns: readonly Column[];
  /** The column of codes. */
  readonly codeColumn: number;
  /** Whether each code cell is `CODE PHRASE` (`200 OK`) rather than the code alone. */
  readonly codePhrase: boolean;
  readonly nameSource: NameSource;
  /** The description column, if the table has one. */
  readonly descriptionColumn: number | undefined;
  readonly fields: readonly Field[];
  readonly reading: TableReading;
  readonly rows: readonly Row[];
}

/** `<!-- md-codegen name="OrderStatus" kind="generic" -->` right before a table. */
export interface TableDirective {
  readonly name?: string;
  readonly kind?: TableKind;
  readonly span: Span;
}

/** What a document says beside its tables. */
export interface DocumentInfo {
  /** Path as reported, with `/` separators (`seeds/http-status.md`). */
  readonly path: string;
  /** The module path the document's exports live under (`http-status`, `v2/orders`). */
  readonly module: string;
  /** The base of the exports of a one-table document: `HttpStatus`. */
  readonly baseName: string;
  readonly title: string | undefined;
  /** Intro paragraphs, as plain text. */
  readonly intro: readonly string[];
  readonly frontMatter: FrontMatter | undefined;
}

/** Everything one document says. */
export interface Document extends DocumentInfo {
  readonly tables: readonly CodeTable[];
}

/** A code table with its names, as the naming stage resolves them. */
export interface NamedTable extends CodeTable {
  /** The document it is in. */
  readonly document: DocumentInfo;
  /** The base of its export names: `HttpStatus`, `GatewayCloseEventCodes`. */
  readonly exportName: string;
  /** Its folder under `src/`: the document's module, or a folder of its own in a document of several tables. */
  readonly dir: string;
  /** `names[i]` is the enum member name of `rows[i]`. */
  readonly names: readonly string[];
}

/** A document with its named tables. */
export interface NamedDocument extends DocumentInfo {
  readonly tables: readonly NamedTable[];
}
