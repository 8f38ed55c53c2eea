// Every rule md-codegen reports, as data: the README's rule table
// (`npm run schema` writes it), the anchor of each row, every message's `url`,
// and which rules a `<!-- md-codegen-disable ... -->` comment may silence all
// come from this list. test/rules.test.ts holds the README equal to it.
import type { Severity } from './diagnostics.js';

/**
 * What a rule looks at, and so who can report it: `document` rules look at one
 * document (generate, check and the remark plugin report them); `seeds` rules
 * at the seeds as a whole or the config (generate and check only); `output`
 * rules at the output folder; `editor` rules at the remark plugin's options.
 * The breaking-change rules of `md-codegen breaking` are listed apart, with
 * their data, in breaking/rules/ (see {@link breakingRuleIds}).
 */
export type RuleScope = 'document' | 'seeds' | 'output' | 'editor';

export interface Rule {
  readonly id: string;
  /** The severities its messages have (two when it depends on the finding, as `name-clash`). */
  readonly severity: readonly Severity[];
  readonly scope: RuleScope;
  /**
   * Whether a `md-codegen-disable`, `-enable` or `-ignore` comment may silence
   * its warnings and info. An error is never silenced: it stops emission.
   */
  readonly silenceable: boolean;
  /** What it finds, for the README (Markdown). */
  readonly finds: string;
}

const rule = (id: string, severity: Severity | readonly Severity[], scope: RuleScope, silenceable: boolean, finds: string): Rule => ({
  id,
  severity: typeof severity === 'string' ? [severity] : severity,
  scope,
  silenceable,
  finds,
});

/** Every rule, in the order the README lists them. */
export const rules: readonly Rule[] = [
  rule('encoding', 'error', 'document', false, 'bytes that are not UTF-8 (with the byte offset)'),
  rule('character', 'error', 'document', false, 'control, bidirectional or lone-surrogate characters, raw or as references'),
  rule('limit-nesting', 'error', 'document', false, 'Markdown nested deeper than 64 levels'),
  rule('limit-file-size', 'error', 'document', false, 'a document larger than `--max-file-size` bytes'),
  rule('limit-rows', 'error', 'document', false, 'a table with more rows than `--max-rows`'),
  rule('limit-columns', 'error', 'document', false, 'a table with more columns than `--max-columns`'),
  rule('limit-cell-length', 'error', 'document', false, 'a cell longer than `--max-cell-length` characters'),
  rule('limit-line-length', 'error', 'document', false, 'a line longer than `--max-line-length` characters'),
  rule('limit-paragraph-length', 'error', 'document', false, 'lines without a blank line between them (one paragraph to the parser) longer than `--max-paragraph-length` characters'),
  rule('limit-markup', 'error', 'document', false, 'a line, or lines without a blank line between them, holding more than `--max-markup` markup characters (`*`, `_` outside a word, `~`, `<`, `[`, `]`), on which the parser would take quadratic time'),
  rule('document-name', 'error', 'document', false, 'a file name without ASCII words and no `module` comment, or two documents with one module path'),
  rule('document-read', 'error', 'seeds', false, 'a document that cannot be read (the message names the error code)'),
  rule('front-matter-missing', 'info', 'document', true, 'no front matter (YAML or comment)'),
  rule('front-matter-format', 'error', 'document', false, 'a front-matter comment that is not `DATE\\|TAG...`, YAML that does not parse, or a `title`, `date` or `tags` of the wrong form'),
  rule('front-matter-date', 'error', 'document', false, 'an impossible date or time (`2024/2/30`, `25:00`)'),
  rule('front-matter-duplicate', 'error', 'document', false, 'a second front matter'),
  rule('table-missing', 'error', 'seeds', false, 'no code table in any document (says why each table of the document is not one)'),
  rule('no-code-table', 'info', 'seeds', false, 'a document without a code table, while others have one: it generates nothing'),
  rule('table-skipped', 'info', 'document', true, 'the tables of a document that are not code tables, in one message (the first ten by line, and how many more)'),
  rule('table-nested', 'warning', 'document', true, 'a code table inside a list, block quote or footnote: it is not read'),
  rule('table-columns', 'error', 'document', false, 'a code table of one column'),
  rule('table-name', 'warning', 'document', true, 'a table of a document of several named `<DocumentName><N>`, or by a heading another table has too (position appended); shows the comment to add'),
  rule('directive', 'error', 'document', false, 'an `<!-- md-codegen ... -->` comment with an unknown attribute or value, or one that names a table but stands before none'),
  rule('control-comment', 'warning', 'document', false, 'an `<!-- md-codegen-disable -->`, `-enable` or `-ignore` comment with another keyword, or naming a rule that is unknown or cannot be silenced: it is not applied'),
  rule('export-clash', 'error', 'document', false, 'two tables or documents that would export the same name or write the same folder (names both places)'),
  rule('field-name', 'warning', 'document', true, 'a field column whose header gives no name, or one already taken: the name chosen'),
  rule('config-table', 'warning', 'seeds', false, "a key of the config's `tables` that names no table of its document, or no document read"),
  rule('row-cells', 'error', 'document', false, "a row whose cell count differs from the header's (a trailing `\\|` opens no cell; a `\\|` in inline code splits the cell unless escaped)"),
  rule('row-code', 'warning', 'document', true, 'a row whose code cell holds no code like the others (sign, leading zero, exponent, over 15 digits, other digits, not one space, `5xx`): the row is left out'),
  rule('row-detached', 'error', 'document', false, 'a paragraph or heading with `\\|` right after a code table'),
  rule('cell-content', 'error', 'document', false, 'HTML, images, footnotes, reference links without a definition or links with a scripting scheme in a cell'),
  rule('code-duplicate', 'error', 'document', false, 'a code twice (names both lines; no name clash is reported for it)'),
  rule('phrase-empty', 'warning', 'document', true, 'an empty name (the member is `Code<code>`) where the table has a column for it'),
  rule('description-empty', 'warning', 'document', true, 'an empty description where the table has a column for it'),
  rule('name-fallback', 'warning', 'document', true, 'a phrase that gives no member name, or a table without names: `Code<code>` is used'),
  rule('name-clash', ['warning', 'error'], 'document', true, 'two rows give the same name (names both lines); error when no distinct name can be formed'),
  rule('registry-phrase', 'warning', 'document', true, 'the registry names the code otherwise (and whose phrase it is)'),
  rule('registry-unassigned', 'warning', 'document', true, 'an HTTP code the registry does not assign, or reserves as unused (306)'),
  rule('registry-previous-name', 'info', 'document', true, "the code's previous registered name"),
  rule('registry-unofficial', 'info', 'document', true, 'a well-known unofficial code, who uses it, and its former names'),
  rule('registry-obsoleted', 'info', 'document', true, 'an obsoleted code'),
  rule('code-range', 'warning', 'document', true, 'an HTTP code outside 100–599'),
  rule('seeds-missing', 'error', 'seeds', false, 'no seeds folder, or no Markdown document in the seeds (reported on the folder)'),
  rule('seeds-skipped', 'warning', 'seeds', false, 'a symbolic link or special file where a document could be: not read'),
  rule('out-path', 'error', 'output', false, 'an output folder outside the working directory or overlapping the seeds (exit 2 from the CLI), or a file where the output folder belongs'),
  rule('hand-written', ['error', 'info'], 'output', false, 'a file without the generated mark where a generated file belongs (error) or elsewhere in the output (info)'),
  rule('lock', ['error', 'info'], 'output', false, 'another md-codegen run holding the output folder (error, after `lockWait`), or a lock left by a run that is gone, taken over (info)'),
  rule('write', 'error', 'output', false, 'writing failed (the message names the file and the error code); every step is undone'),
  rule('remark-options', 'error', 'editor', false, 'a bad option of the remark plugin (an unknown rule id or severity, or an error rule set lower): it is ignored'),
  rule('remark-config', 'error', 'editor', false, "the md-codegen config of the document's project (the nearest folder above it with one) cannot be read: the plugin reads the document with the defaults"),
  rule('git-ref', 'error', 'seeds', false, 'a git ref or the index that cannot be read (`breaking --against`, `breaking.keepRenamedAliases`, `check --staged`): the message says why'),
];

/**
 * The ids of the breaking-change rules, whose rows are in the README's table
 * of breaking-change rules. Their data lives with their code in
 * breaking/rules/, which loads only for `breaking` (it needs semver): the ids
 * are repeated here so that every run can give their messages a url, and
 * test/rules.test.ts holds the two lists equal.
 */
export const breakingRuleIds: readonly string[] = [
  'table-removed',
  'table-renamed',
  'module-renamed',
  'kind-changed',
  'field-removed',
  'code-removed',
  'member-renamed',
  'value-changed',
  'code-added',
  'field-added',
  'table-added',
  'text-changed',
  'version-bump',
];

const byId = new Map(rules.map((entry) => [entry.id, entry]));

/** The rule of an id, if md-codegen has one. */
export function ruleOf(id: string | null | undefined): Rule | undefined {
  return id ? byId.get(id) : undefined;
}

/** The README's anchor of a rule's row: `rule-registry-phrase`. */
export function ruleAnchor(id: string): string {
  return `rule-${id}`;
}

/**
 * The README that documents the rules: the one in this package, which is the
 * one of the installed version, readable offline (`file:` URL).
 */
export const readmeUrl = new URL('../README.md', import.meta.url).href;

/** A message's `url`: the README's row of its rule. */
export function ruleUrl(id: string): string | undefined {
  return byId.has(id) || breakingRuleIds.includes(id) ? `${readmeUrl}#${ruleAnchor(id)}` : undefined;
}

/** The README's rule table: one row a rule, each with its anchor (the breaking-change rules have a table of their own). */
export function rulesTable(): string {
  const rows = rules.map((entry) => {
    return `| <a name="${ruleAnchor(entry.id)}"></a>\`${entry.id}\` | ${entry.severity.join(' / ')} | ${entry.scope} | ${entry.silenceable ? 'yes' : 'no'} | ${entry.finds} |`;
  });
  return ['| Rule id | Severity | Looks at | Can be silenced | What it finds |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
