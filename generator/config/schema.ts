// The config file's schema: the one source of its TypeScript type
// ({@link Config}), of its validation (every problem with its key path) and of
// the JSON Schema that editors read (`schema.json`, `npm run schema`). Every
// `error` below says what was expected; validate.ts adds the key path and
// what was found. Every description becomes the JSON Schema `description`
// that editors show on hover.
import validVersion from 'semver/functions/valid.js';
import parseSpdx from 'spdx-expression-parse';
import validateName from 'validate-npm-package-name';
import * as z from 'zod';
import { breakingRules, versionBump } from '../breaking/rules/index.js';
import { defaultEmitOptions } from '../emit/options.js';
import { defaultLimits, type Limits } from '../limits.js';

/** A string that is not empty; `what` names it in errors ("a folder"). */
const nonEmpty = (what: string) => z.string({ error: what }).min(1, { error: what });

/** Text on one line without control characters: it is written into comments and Markdown. */
const oneLine = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]+$/;

/**
 * The version pattern of semver.org (2.0.0). Loading checks with `semver`
 * too, which npm uses (it also refuses numbers beyond 2^53 - 1).
 */
const semverPattern =
  /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$/;

/**
 * What editors check of a package name (a JSON Schema cannot call
 * validate-npm-package-name): lower-case URL-safe characters, an optional
 * scope, no leading `.` or `_`, at most 214 characters. Loading checks with
 * validate-npm-package-name, which also refuses Node's core module names and
 * `node_modules`.
 */
const npmNamePattern = '^(?![._])(?:@[a-z0-9._-]+/)?[a-z0-9._-]+$';

/** Why validate-npm-package-name refuses `name` for a new package, or `undefined`. */
export function npmNameProblem(name: string): string | undefined {
  const result = validateName(name);
  return result.validForNewPackages ? undefined : [...(result.errors ?? []), ...(result.warnings ?? [])].join('; ');
}

/** Whether `license` is an SPDX expression, `UNLICENSED` or `SEE LICENSE IN <file>`, as npm accepts. */
function isLicense(license: string): boolean {
  if (license === 'UNLICENSED' || /^SEE LICEN[CS]E IN \S/.test(license)) return true;
  try {
    parseSpdx(license);
    return true;
  } catch {
    return false;
  }
}

const packageSchema = z
  .strictObject(
    {
      name: z
        .string({ error: 'a valid npm package name' })
        .refine((name) => npmNameProblem(name) === undefined, { error: (issue) => `a valid npm package name (${npmNameProblem(issue.input as string)})` })
        .meta({ pattern: npmNamePattern, maxLength: 214, examples: ['@acme/api-codes'] })
        .default(defaultEmitOptions.packageName)
        .describe('The name of the generated package, as npm wants it: lower case, URL-safe, optionally scoped (`@acme/api-codes`).'),
      version: z
        .string({ error: 'a semantic version such as "1.2.0"' })
        .regex(semverPattern, { error: 'a semantic version such as "1.2.0"', abort: true })
        .refine((version) => validVersion(version) !== null, { error: 'a semantic version that npm accepts (each number at most 2^53 - 1)' })
        .default(defaultEmitOptions.version)
        .describe('The version of the generated package: a semantic version (`1.2.0`, `2.0.0-beta.1`).'),
      license: z
        .string({ error: 'an SPDX license expression or "UNLICENSED"' })
        .refine(isLicense, { error: 'an SPDX license expression (such as "MIT" or "MIT OR Apache-2.0") or "UNLICENSED"', params: { spdx: true } })
        .meta({ examples: ['MIT', 'Apache-2.0', 'MIT OR Apache-2.0', 'UNLICENSED'] })
        .default(defaultEmitOptions.license)
        .describe('The licence of the generated package: an SPDX expression (`MIT`, `MIT OR Apache-2.0`), `UNLICENSED`, or `SEE LICENSE IN <file>`.'),
      description: z
        .string({ error: 'a description on one line' })
        .regex(oneLine, { error: 'a description on one line' })
        .optional()
        .describe('The description of the generated package (`package.json`); default: one naming the documents it was generated from.'),
    },
    { error: 'an object' },
  )
  .optional()
  .describe('The generated package: its `package.json` name, version, licence and description.');

const limit = (key: keyof Limits, what: string, flag: string) =>
  z
    .int({ error: 'a positive whole number' })
    .min(1, { error: 'a positive whole number' })
    .default(defaultLimits[key])
    .describe(`${what}; more is a \`limit-${flag.replace('max-', '')}\` error (\`--${flag}\`).`);

const limitsSchema = z
  .strictObject(
    {
      fileSize: limit('fileSize', 'The largest document, in bytes', 'max-file-size'),
      rows: limit('rows', 'The most rows in one table', 'max-rows'),
      columns: limit('columns', 'The most columns in one table', 'max-columns'),
      cellLength: limit('cellLength', 'The longest cell, in characters', 'max-cell-length'),
      lineLength: limit('lineLength', 'The longest line, in characters, checked before parsing', 'max-line-length'),
      paragraphLength: limit('paragraphLength', 'The longest run of lines without a blank line between them (table rows, headings and list items apart), in characters, checked before parsing', 'max-paragraph-length'),
      markup: limit('markup', 'The most markup characters that the parser may have to match against each other (`*`, `~`, `<`, `[`, `]`, and `_` outside a word) in one line or one run of lines without a blank line between them, counted before parsing; lines of a code fence or an HTML block opened at the first column count none', 'max-markup'),
    },
    { error: 'an object' },
  )
  .optional()
  .describe('Input limits, each a positive whole number; a flag overrides its key.');

/** A JavaScript name the generator can export: an ASCII letter, then ASCII letters or digits. */
const exportName = (what: string) =>
  z
    .string({ error: `${what} (an ASCII letter, then ASCII letters or digits)` })
    .regex(/^[A-Za-z][A-Za-z0-9]*$/, { error: `${what} (an ASCII letter, then ASCII letters or digits)` });

const header = z.string({ error: 'a column header' }).min(1, { error: 'a column header' });

const columnsSchema = z
  .strictObject(
    {
      code: header.optional().describe('The header of the column that holds the codes.'),
      name: header.optional().describe('The header of the column that holds the member names (such as `英文名` or `Name`).'),
      description: header.optional().describe('The header of the column that holds the descriptions.'),
      fields: z
        .record(header, exportName('a field name').describe('The field name in the generated code.'), { error: 'an object' })
        .optional()
        .describe('The field name of each other column, by its header: `{ "备注": "note" }`.'),
    },
    { error: 'an object' },
  )
  .optional()
  .describe('Which column is which, by header.');

const tableSchema = z
  .strictObject(
    {
      name: exportName('an export name')
        .optional()
        .describe('The export name of the table (`OrderStatus`): the names of its enum, map and lookups are formed from it.'),
      kind: z
        .enum(['http', 'generic'], { error: '"http" or "generic"' })
        .optional()
        .describe('How the table is read: `http` (HTTP status codes: registry rules and status classes) or `generic` (any other codes); default: `http` for three-digit codes with evidence (phrases the registry gives them, or a title, heading or header that says HTTP).'),
      columns: columnsSchema,
    },
    { error: 'an object' },
  )
  .describe('The overrides of one table.');

/** `<document path>#<heading or table export name>`: the path has no `#` and ends in `.md` or `.markdown`. */
const tableKey = z.string().regex(/^[^#]+\.(?:md|markdown)#.+$/i, { error: '"<document path>#<heading or export name>", such as "docs/api/order.md#订单状态"' });

const level = z.enum(['error', 'warning', 'info', 'off'], { error: '"error", "warning", "info" or "off"' });

const breakingSchema = z
  .strictObject(
    {
      against: nonEmpty('a git ref')
        .optional()
        .describe('The git ref `breaking` compares with when `--against` is not given, and whose names `generate` keeps with `keepRenamedAliases` (`origin/main`).'),
      keepRenamedAliases: z
        .boolean({ error: 'true or false' })
        .default(false)
        .describe('Keep the old name of a renamed member (since `against`, and those the package kept there) as a `@deprecated` alias of the new one; `member-renamed` is then a warning.'),
      rules: z
        .strictObject(
          Object.fromEntries(
            [...breakingRules, versionBump].map((rule) => [rule.ruleId, level.optional().describe(`The level of \`${rule.ruleId}\` (default \`${rule.level}\`): ${rule.summary}.`)]),
          ),
          { error: 'an object' },
        )
        .default({})
        .describe('The level of each breaking-change rule: `error`, `warning`, `info` or `off`.'),
    },
    { error: 'an object' },
  )
  .superRefine((breaking, context) => {
    if (breaking.keepRenamedAliases && breaking.against === undefined) {
      context.addIssue({ code: 'custom', message: 'a git ref beside `keepRenamedAliases`: the ref whose member names are kept', path: ['against'], input: undefined });
    }
  })
  .optional()
  .describe('How `md-codegen breaking` compares the documents with a git ref, and whether renamed members keep their old names.');

const globs = (what: string, byDefault: readonly string[] = []) => z.array(nonEmpty('a glob'), { error: 'an array of globs' }).default([...byDefault]).describe(what);

export const configSchema = z
  .strictObject(
    {
      $schema: z
        .string({ error: 'a path or URL' })
        .optional()
        .describe('The JSON Schema of this file, for completion and checks in editors: `./node_modules/md-codegen/schema.json`.'),
      seeds: z
        .union([nonEmpty('a folder or glob'), z.array(nonEmpty('a folder or glob'), { error: 'an array' }).min(1, { error: 'at least one folder or glob' })], {
          error: 'a folder or glob, or an array of them',
        })
        .default('seeds')
        .describe('The documents to read: a folder (its Markdown files, subfolders included) or a glob (`docs/**/*.md`), or an array of them (`--seeds`). Paths in this file are relative to the working directory.'),
      ignore: globs('Globs of documents not to read, even where `seeds` finds them (`docs/api/drafts/**`).'),
      out: nonEmpty('a folder')
        .default('generated')
        .describe('The output folder: the generated package (`--out`). It must lie inside the working directory, apart from the documents, unless `allowOutside` is set.'),
      outIgnore: globs('Globs of files in the output folder that are your own (relative to it): the generator neither reports nor touches them; anything else there that it would not write is an error.', ['node_modules/**']),
      package: packageSchema,
      style: z
        .enum(['enum', 'const'], { error: '"enum" or "const"' })
        .default('enum')
        .describe('How codes are exported: `enum` (a TypeScript enum) or `const` (an `as const` object and a union type, which work under `erasableSyntaxOnly` and Node\'s type stripping).'),
      memberCase: z
        .enum(['pascal', 'as-written'], { error: '"pascal" or "as-written"' })
        .default('pascal')
        .describe('How member names are formed from the name of each row (its phrase, or its name column): `pascal` (`See Other` gives `SeeOther`) or `as-written` (the name as written, `INVALID_ARGUMENT`).'),
      command: z
        .string({ error: 'a command on one line' })
        .regex(oneLine, { error: 'a command on one line' })
        .optional()
        .describe('The command that generated files, the generated README and the drift report tell people to run (`npm run codes`); default: the command that was run, such as `npx md-codegen generate`.'),
      tables: z
        .record(tableKey, tableSchema, { error: 'an object' })
        .default({})
        .describe('Overrides of single tables, by `<document path>#<heading or table export name>`: `"docs/api/order.md#订单状态"`.'),
      strict: z.boolean({ error: 'true or false' }).default(false).describe('Treat warnings as errors (`--strict`).'),
      allowOutside: z.boolean({ error: 'true or false' }).default(false).describe('Allow an output folder outside the working directory (`--allow-outside`).'),
      limits: limitsSchema,
      breaking: breakingSchema,
    },
    { error: 'an object' },
  )
  .meta({ title: 'md-codegen config', description: 'The config file of md-codegen (`md-codegen.config.json`, or `.js`, `.mjs`, `.ts` exporting `defineConfig({...})`).' });

/** A config as written: every key optional. */
export type Config = z.input<typeof configSchema>;
/** A config as validated, with its defaults. */
export type ResolvedConfig = z.output<typeof configSchema>;
/** The overrides of one table. */
export type TableOverride = z.output<typeof tableSchema>;
/** How codes are exported. */
export type Style = ResolvedConfig['style'];
/** How member names are formed. */
export type MemberCase = ResolvedConfig['memberCase'];
/** The `breaking` key, with its defaults. */
export type BreakingConfig = NonNullable<ResolvedConfig['breaking']>;
