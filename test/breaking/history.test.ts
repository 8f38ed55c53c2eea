// `md-codegen breaking --against <ref>` on a history: a temporary git
// repository where each commit makes one change of the issue's table (and a
// document renamed, and rows reordered), each compared with the commit
// before, through the built CLI, in text and JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonMessage } from '../../generator/report/json.js';
import { compactLine } from '../../generator/report/text.js';
import { runCli } from '../helpers.js';
import { type TestRepo, testRepo } from './git-repo.js';

const header = '| Code | Phrase | Description | Retry |\n| --- | --- | --- | --- |';
const doc = (rows: readonly string[], options: { header?: string; before?: string; after?: string } = {}) =>
  `# HTTP status codes\n\nThe statuses of the API.\n\n${options.before ?? ''}${options.header ?? header}\n${rows.join('\n')}\n${options.after ?? ''}`;
const row = { ok: '| 200 | OK | Success | no |', notFound: '| 404 | Not Found | No such resource | no |', payload: '| 413 | Payload Too Large | The body is too large | no |', unavailable: '| 503 | Service Unavailable | Try again later | yes |' };
const errors = '# Error codes\n\n| Code | Description |\n| --- | --- |\n| `INVALID_ARGUMENT` | The request is invalid |\n| `NOT_FOUND` | No such thing |\n';
const drop = (text: string) => text.replace(/ \| (?:no|yes) \|$/gm, ' |');
const content = '| 413 | Content Too Large | The body is too large | no |';
const unavailable504 = '| 504 | Service Unavailable | Try again later | yes |';
const teapot = "| 418 | I'm a teapot | A joke | no |";
const ok2 = '| 200 | OK | The request succeeded | no |';
const gone = null;
const threeColumns = '| Code | Phrase | Description |\n| --- | --- | --- |';
/** The document once its `Retry` column is gone, with a comment before the table. */
const later = (rows: readonly string[], before = '', after = '') => drop(doc(rows, { header: threeColumns, before, after }));
const named = '<!-- md-codegen name="Statuses" kind="generic" -->\n';
const keepModule = '\n<!-- md-codegen module="v2/statuses" -->\n';

type Message = Omit<JsonMessage, 'endLine' | 'endColumn'> & { readonly endLine?: number | null; readonly endColumn?: number | null };
const at = (file: string, line: number, column: number, end: readonly [number, number] | undefined, severity: JsonMessage['severity'], ruleId: string, message: string): JsonMessage => ({
  file,
  line,
  column,
  endLine: end?.[0] ?? null,
  endColumn: end?.[1] ?? null,
  severity,
  ruleId,
  message,
});
const bump = (message: string): Message => ({ file: 'generated/package.json', line: null, column: null, endLine: null, endColumn: null, severity: 'info', ruleId: 'version-bump', message });
const seed = 'seeds/http-status.md';

/** Each commit: the files it writes (`null` removes one), and what `breaking --against` the commit before finds. */
const steps: [string, { files: Record<string, string | null>; status: number; messages: readonly Message[] }][] = [
  [
    'a member renamed (a phrase edited)',
    {
      files: { [seed]: doc([row.ok, row.notFound, content, row.unavailable]) },
      status: 1,
      messages: [
        at(seed, 9, 1, [9, 7], 'error', 'member-renamed', '413 was `PayloadTooLarge` at step-0:seeds/http-status.md:9, now `ContentTooLarge`: code that uses `HttpStatus.PayloadTooLarge` breaks; keep the old name, set `breaking.keepRenamedAliases` to keep it as a deprecated alias, or accept it with `<!-- md-codegen accept member-renamed 413 -->`'),
        bump('The change since step-0 needs a major version (1 breaking change); set `package.version` in the config to have md-codegen check it'),
      ],
    },
  ],
  [
    'a name moved to another code (a code renumbered)',
    {
      files: { [seed]: doc([row.ok, row.notFound, content, unavailable504]) },
      status: 1,
      messages: [
        at(seed, 10, 1, [10, 7], 'error', 'value-changed', '`ServiceUnavailable` was 503 at step-1:seeds/http-status.md:10, now 504 (503 is no code any more): code that uses `HttpStatus.ServiceUnavailable` gets another value; give the row another name, or accept it with `<!-- md-codegen accept value-changed ServiceUnavailable -->`'),
        bump('The change since step-1 needs a major version (1 breaking change); set `package.version` in the config to have md-codegen check it'),
      ],
    },
  ],
  [
    'a code removed',
    {
      files: { [seed]: doc([row.ok, content, unavailable504]) },
      status: 1,
      messages: [
        at(seed, 8, 1, undefined, 'error', 'code-removed', '404 `Not Found` was `HttpStatus.NotFound` at step-2:seeds/http-status.md:8, now the code is gone: code that uses the member, or the code, breaks; restore the row, or accept it with `<!-- md-codegen accept code-removed 404 -->`'),
        bump('The change since step-2 needs a major version (1 breaking change); set `package.version` in the config to have md-codegen check it'),
      ],
    },
  ],
  [
    'a code added',
    {
      files: { [seed]: doc([row.ok, content, unavailable504, teapot]) },
      status: 0,
      messages: [
        at(seed, 10, 1, [10, 7], 'warning', 'code-added', "418 `I'm a teapot` is a new code of `HttpStatus` (`ImATeapot`), not at step-3: code that switches over every `HttpStatus` code must handle it; accept it with `<!-- md-codegen accept code-added 418 -->`, or set `breaking.rules[\"code-added\"]` to `\"info\"`"),
        bump('The change since step-3 needs a minor version (1 backward-compatible change); set `package.version` in the config to have md-codegen check it'),
      ],
    },
  ],
  [
    'a description changed',
    {
      files: { [seed]: doc([ok2, content, unavailable504, teapot]) },
      status: 0,
      messages: [
        at(seed, 7, 12, [7, 36], 'info', 'text-changed', '200 changed since step-4:seeds/http-status.md:7: its description was `Success`, now `The request succeeded` (text consumers show: a fix, for a patch version)'),
        bump('The change since step-4 needs a patch version (1 change of text); set `package.version` in the config to have md-codegen check it'),
      ],
    },
  ],
  [
    'a field removed',
    {
      files: { [seed]: later([ok2, content, unavailable504, teapot]) },
      status: 1,
      messages: [
        at(seed, 5, 1, undefined, 'error', 'field-removed', '`retry` (column `Retry`) was a property of `HttpStatusInfo` at step-5:seeds/http-status.md:5, now it is gone: code that reads `.retry` of an entry breaks; restore the column, or accept it with `<!-- md-codegen accept field-removed retry -->`'),
        bump('The change since step-5 needs a major version (1 breaking change); set `package.version` in the config to have md-codegen check it'),
      ],
    },
  ],
  [
    'the kind changed',
    {
      files: { [seed]: later([ok2, content, unavailable504, teapot], '<!-- md-codegen kind="generic" -->\n') },
      status: 1,
      messages: [
        at(seed, 6, 1, undefined, 'error', 'kind-changed', '`HttpStatus` was read as an HTTP status table at step-6:seeds/http-status.md:5, now as a generic code table (a `kind="generic"` directive says so): `HttpStatusClass`, `getHttpStatusClass` and the other status class helpers are gone; keep the kind with `<!-- md-codegen kind="http" -->` on the line before the table, or accept it with `<!-- md-codegen accept kind-changed HttpStatus -->`'),
        bump('The change since step-6 needs a major version (1 breaking change); set `package.version` in the config to have md-codegen check it'),
      ],
    },
  ],
  [
    "a table's exports renamed",
    {
      files: { [seed]: later([ok2, content, unavailable504, teapot], named) },
      status: 1,
      messages: [
        at(seed, 6, 1, undefined, 'error', 'table-renamed', 'The table at step-7:seeds/http-status.md:6 was `HttpStatus`, now `Statuses` (the same table: 4 of its 4 codes): every import of `HttpStatus` and of the names formed from it breaks; keep the name with `<!-- md-codegen name="HttpStatus" -->` on the line before the table, or accept it with `<!-- md-codegen accept table-renamed HttpStatus -->`'),
        bump('The change since step-7 needs a major version (1 breaking change); set `package.version` in the config to have md-codegen check it'),
      ],
    },
  ],
  [
    'a table removed with its document',
    {
      files: { 'seeds/errors.md': gone },
      status: 1,
      messages: [
        at('seeds/errors.md', 3, 1, undefined, 'error', 'table-removed', '`Errors` was a table of 2 codes at step-8:seeds/errors.md:3, and is gone with its document: `Errors`, `errorsByCode`, `getErrors` and the rest of its exports break every consumer that imports them; restore it, or accept it with `<!-- md-codegen accept table-removed Errors -->`'),
        bump('The change since step-8 needs a major version (1 breaking change); set `package.version` in the config to have md-codegen check it'),
      ],
    },
  ],
  [
    'the document renamed to another module path',
    {
      files: { [seed]: gone, 'seeds/v2/statuses.md': later([ok2, content, unavailable504, teapot], named) },
      status: 1,
      messages: [
        at('seeds/v2/statuses.md', 6, 1, undefined, 'error', 'module-renamed', '`Statuses` was exported from the subpath `@md-codegen/generated/http-status` (step-9:seeds/http-status.md:6), now from `@md-codegen/generated/v2/statuses`: imports from the old subpath break (the package root still exports it); keep the subpath with `<!-- md-codegen module="http-status" -->` in the document, or accept it with `<!-- md-codegen accept module-renamed Statuses -->`'),
        bump('The change since step-9 needs a major version (1 breaking change); set `package.version` in the config to have md-codegen check it'),
      ],
    },
  ],
  [
    'the document renamed, keeping its module path (no change)',
    {
      files: {
        'seeds/v2/statuses.md': gone,
        'seeds/codes.md': later([ok2, content, unavailable504, teapot], named, keepModule),
      },
      status: 0,
      messages: [bump('Nothing the package exports changed since step-10: it needs no new version')],
    },
  ],
  [
    'rows reordered (no change)',
    {
      files: { 'seeds/codes.md': later([teapot, unavailable504, ok2, content], named, keepModule) },
      status: 0,
      messages: [bump('Nothing the package exports changed since step-11: it needs no new version')],
    },
  ],
];

/** A message as a GitHub workflow annotation: the command of its severity, its place and rule id, the message. */
function githubLine(message: JsonMessage): string {
  const command = { error: 'error', warning: 'warning', info: 'notice' }[message.severity];
  const place = message.line === null ? '' : `,line=${message.line},col=${message.column}${message.endLine === null ? '' : `,endLine=${message.endLine},endColumn=${message.endColumn}`}`;
  return `::${command} file=${message.file}${place},title=${message.ruleId}::${message.message}`;
}

let repo: TestRepo;
/** What each step's runs printed, in order, as the commits were made. */
const runs: { text: ReturnType<typeof runCli>; json: ReturnType<typeof runCli>; commit: string }[] = [];

beforeAll(() => {
  repo = testRepo();
  repo.write({ [seed]: doc([row.ok, row.notFound, row.payload, row.unavailable]), 'seeds/errors.md': errors });
  repo.commit('step-0');
  steps.forEach(([, step], index) => {
    repo.write(step.files);
    const against = ['breaking', '--against', `step-${index}`];
    runs.push({ text: runCli(against, repo.dir, { GITHUB_ACTIONS: 'true' }), json: runCli([...against, '--reporter', 'json'], repo.dir), commit: repo.git('rev-parse', `step-${index}`).trim() });
    repo.commit(`step-${index + 1}`);
  });
});
afterAll(() => repo.cleanup());

describe.each(steps.map(([name, step], index) => [name, step, index] as const))('a commit with %s', (_name, step, index) => {
  it('gives exactly the messages wanted, as JSON, with the exit status', () => {
    const { json } = runs[index]!;
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toEqual(step.messages);
    expect(json.status).toBe(step.status);
  });

  it('prints them as text, every error on a clickable line, and as GitHub annotations, and ends with the version the change needs', () => {
    const { text, commit } = runs[index]!;
    expect(text.stdout).toBe('');
    expect(text.status).toBe(step.status);
    const annotations = text.stderr.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toEqual(step.messages.map((message) => githubLine(message as JsonMessage)));
    for (const message of step.messages) {
      expect(text.stderr).toContain(message.message);
      if (message.severity === 'error') expect(text.stderr).toContain(`${compactLine(message as JsonMessage)}\n`);
    }
    const verdict = step.messages.at(-1)!.message;
    const report = text.stderr.split('\n').filter((line) => !line.startsWith('::')).join('\n');
    expect(report.trimEnd().split('\n').at(-1)).toBe(`Compared the working tree with step-${index} (${commit.slice(0, 12)}): ${verdict[0]!.toLowerCase()}${verdict.slice(1)}.`);
  });
});
