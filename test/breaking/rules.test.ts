// generator/breaking/rules/: each rule on two documents in memory (the one
// at the ref and the one now), read as generate reads them: what it finds,
// what a comment names to accept it, and where it points.
import { describe, expect, it } from 'vitest';
import { changesOf, compare } from '../../generator/breaking/index.js';
import { breakingRules } from '../../generator/breaking/rules/index.js';
import type { NamedDocument } from '../../generator/model.js';
import { readText } from '../helpers.js';

const read = (text: string, slug = 'codes'): NamedDocument => {
  const { seed, file } = readText(text, slug);
  if (!seed) throw new Error(`test document with errors: ${file.messages.join('; ')}`);
  return seed;
};

const table = (rows: readonly string[], header = '| Code | Name | Description |\n| --- | --- | --- |') => `${header}\n${rows.join('\n')}\n`;
const two = (first: string, second: string) => `# Codes\n\n## Orders\n\n${first}\n## Payments\n\n${second}`;
const orders = table(['| 1 | Created | The order is created |', '| 2 | Paid | The order is paid |']);
const payments = table(['| 10 | Pending | Waiting |', '| 11 | Settled | Done |']);
const base = table(['| 1 | Created | The order is created |', '| 2 | Paid | The order is paid |', '| 3 | Shipped | On its way |']);
const withNote = table(['| 1 | Created | The order is created | first |', '| 2 | Paid | The order is paid | second |'], '| Code | Name | Description | Note |\n| --- | --- | --- | --- |');

/** What the rules find between `old` and `now` (one-line summaries: rule, subject, place, and the reason when asked for). */
function changes(old: readonly NamedDocument[], now: readonly NamedDocument[], reasons = false) {
  const comparison = compare(old, now, { ref: 'main', packageName: '@acme/codes', keepsAlias: () => false });
  return [...changesOf(comparison)].map(({ rule, change }) => {
    const place = change.place === undefined ? '' : 'start' in change.place ? `${change.place.start.line}:${change.place.start.column}` : `${change.place.line}:${change.place.column}`;
    return `${rule.ruleId} ${change.subject} ${change.path}:${place}${reasons ? ` ${change.reason}` : ''}`;
  });
}

describe.each([
  ['nothing changed', { old: [read(base)], now: [read(base)], want: [] }],
  ['rows reordered', { old: [read(base)], now: [read(table(['| 3 | Shipped | On its way |', '| 1 | Created | The order is created |', '| 2 | Paid | The order is paid |']))], want: [] }],
  ['the last row removed: the place is the table', { old: [read(base)], now: [read(orders)], want: ['code-removed 3 seeds/codes.md:1:1'] }],
  [
    'two names swapped: two renames, two names with other values',
    {
      old: [read(base)],
      now: [read(table(['| 1 | Paid | The order is created |', '| 2 | Created | The order is paid |', '| 3 | Shipped | On its way |']))],
      want: ['member-renamed 1 seeds/codes.md:3:1', 'member-renamed 2 seeds/codes.md:4:1', 'value-changed Created seeds/codes.md:4:1', 'value-changed Paid seeds/codes.md:3:1'],
    },
  ],
  ['a name written otherwise, same member: its text changed', { old: [read(base)], now: [read(base.replace('| Paid |', '| PAID |'))], want: ['text-changed 2 seeds/codes.md:4:1'] }],
  ['a field renamed by its header: removed, pointing at the new header', { old: [read(withNote)], now: [read(withNote.replace('| Note |', '| Remark |'))], want: ['field-removed note seeds/codes.md:1:29'] }],
  ['a field added', { old: [read(orders)], now: [read(withNote)], want: ['field-added note seeds/codes.md:1:29'] }],
  ['the description column removed', { old: [read(orders)], now: [read(table(['| 1 | Created |', '| 2 | Paid |'], '| Code | Name |\n| --- | --- |'))], want: ['field-removed description seeds/codes.md:1:1'] }],
  [
    'a table removed from a document that stays: at its start (and the table left, alone now, is named after the document)',
    { old: [read(two(orders, payments))], now: [read(`# Codes\n\n## Orders\n\n${orders}`)], want: ['table-removed Payments seeds/codes.md:1:1', 'table-renamed Orders seeds/codes.md:5:1'] },
  ],
  ['a table removed from a document of three', { old: [read(`${two(orders, payments)}\n## Refunds\n\n${table(['| 20 | Refunded | Back |'])}`)], now: [read(two(orders, payments))], want: ['table-removed Refunds seeds/codes.md:1:1'] }],
  ['a table renamed by its heading: matched by its codes', { old: [read(two(orders, payments))], now: [read(two(orders, payments).replace('## Payments', '## Charges'))], want: ['table-renamed Payments seeds/codes.md:12:1'] }],
  ['a table added to a document of two', { old: [read(two(orders, payments))], now: [read(`${two(orders, payments)}\n## Refunds\n\n${table(['| 20 | Refunded | Back |'])}`)], want: ['table-added Refunds seeds/codes.md:19:1'] }],
  [
    'a table moved to another document: matched by its export name, its subpath changed',
    { old: [read(two(orders, payments))], now: [read(`# Codes\n\n<!-- md-codegen name="Orders" -->\n${orders}`), read(`# Codes\n\n<!-- md-codegen name="Payments" -->\n${payments}`, 'payments')], want: ['module-renamed Payments seeds/payments.md:4:1'] },
  ],
])('%s', (_name, { old, now, want }) => {
  it('gives exactly these changes', () => {
    expect(changes(old, now)).toEqual(want);
  });
});

describe('kind-changed', () => {
  const http = '# HTTP status codes\n\n| Code | Description |\n| --- | --- |\n| 200 OK | Fine |\n| 404 Not Found | Missing |\n';
  it('says the status class helpers appear when a generic table becomes an HTTP one', () => {
    const [found] = changes([read(http.replace('| Code |', '<!-- md-codegen kind="generic" -->\n| Code |'))], [read(http)], true);
    expect(found).toContain('kind-changed Codes seeds/codes.md:3:1 `Codes` was read as a generic code table at main:seeds/codes.md:4, now as an HTTP status table (');
    expect(found).toContain('`CodesClass`, `getCodesClass` and the other status class helpers appear, and the registry\'s rules apply; keep the kind with `<!-- md-codegen kind="generic" -->`');
  });
});

describe('the rules as data', () => {
  it('each have an id, a level, a bump, a summary and what a comment accepts them by; the ids are unique', () => {
    const ids = breakingRules.map((rule) => rule.ruleId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of breakingRules) {
      expect(rule.ruleId).toMatch(/^[a-z]+(?:-[a-z]+)+$/);
      expect(['error', 'warning', 'info']).toContain(rule.level);
      expect(['major', 'minor', 'patch']).toContain(rule.bump);
      expect(rule.summary.length).toBeGreaterThan(40);
      expect(rule.subject.length).toBeGreaterThan(5);
    }
  });

  it("each change's message names the place at the ref or the ref, and each breaking one the comment that accepts it", () => {
    const old = [read(two(orders, payments))];
    const now = [read(two(table(['| 1 | Made | The order is made |', '| 4 | Paid | The order is paid |', '| 5 | Lost | Gone |']), payments.replace('## Payments', '')).replace('## Payments', '## Charges'))];
    const all = changes(old, now, true);
    expect(all.length).toBeGreaterThan(3);
    for (const line of all) {
      expect(line).toMatch(/main(?::seeds\/codes\.md:\d+)?/);
      const [ruleId, subject] = line.split(' ');
      if (breakingRules.find((rule) => rule.ruleId === ruleId)!.level === 'error') expect(line).toContain(`<!-- md-codegen accept ${ruleId} ${subject} -->`);
    }
  });
});
