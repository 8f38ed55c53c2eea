import { describe, expect, it } from 'vitest';
import { rowFindings } from '../../generator/validate/index.js';
import { messagesOf, readText, seedWith } from '../helpers.js';

// One row beside `200 OK` in an HTTP status table: what the registry rules say.
describe.each([
  ['a registered phrase', { given: '201 Created', want: [] }],
  ['another case and spacing', { given: '201 created', want: [] }],
  ['a phrase of another code', { given: '208 Accepted', want: [['registry-phrase', 'warning']], says: ['names 208 `Already Reported` (RFC5842)', '`Accepted` is 202'] }],
  ['an unknown phrase', { given: '201 Made', want: [['registry-phrase', 'warning']], says: ['201 is named `Made` here; the HTTP status registry names 201 `Created`'] }],
  ['an unassigned code', { given: '209 Already Reported', want: [['registry-unassigned', 'warning']], says: ['209 `Already Reported` is not assigned', '`Already Reported` is 208'] }],
  ['a code reserved as unused', { given: '306 Switch Proxy', want: [['registry-unassigned', 'warning']], says: ['306 `Switch Proxy` is reserved as unused in the HTTP status registry (RFC9110, Section 15.4.7)'] }],
  ['a previous name', { given: '413 Payload Too Large', want: [['registry-previous-name', 'info']], says: ['now names 413 `Content Too Large`'] }],
  ['an older previous name', { given: '302 Moved Temporarily', want: [['registry-previous-name', 'info']], says: ['now names 302 `Found`'] }],
  ['the teapot', { given: "418 I'm a teapot", want: [['registry-unofficial', 'info']], says: ['reserves 418 as unused', "`I'm a teapot` from RFC2324"] }],
  ['a former unofficial name', { given: '419 Authentication Timeout', want: [['registry-unofficial', 'info']], says: ['`Page Expired` from Laravel framework, formerly known as `Authentication Timeout`'] }],
  ['an unofficial code under another phrase', { given: '444 Gone Quiet', want: [['registry-unofficial', 'info']], says: ['`No Response` from nginx'] }],
  ['a proxy code', { given: '598 Network read timeout error', want: [['registry-unofficial', 'info']], says: ['from some HTTP proxies'] }],
  ['an obsoleted code', { given: '510 Not Extended', want: [['registry-obsoleted', 'info']], says: ['obsoleted in the HTTP status registry (RFC2774)'] }],
  ['a code out of range', { given: '999 Unknown', want: [['code-range', 'warning']], says: ['Found 999 `Unknown`; expected an HTTP status code from 100 to 599'] }],
])('HTTP table, %s', (_name, { given, want, ...rest }) => {
  it(want.length === 0 ? 'has no registry finding' : `is ${want.map(([rule]) => rule).join(', ')}`, () => {
    const { file } = readText(seedWith(['200 OK|fine', `${given}|text`]));
    const found = file.messages.filter((message) => message.line === 10 && message.ruleId !== 'name-clash');
    expect(found.map((message) => [message.ruleId, message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'])).toEqual(want);
    for (const fragment of 'says' in rest ? rest.says : []) expect(found[0]!.reason).toContain(fragment);
  });
});

describe('table kinds', () => {
  it('reads a table of three-digit codes, most in 100–599 and named as the registry names them, as HTTP statuses', () => {
    const { table } = readText(seedWith(['200 OK|fine', '404 Not Found|gone', '999 Unknown|unknown']));
    expect(table?.reading.kind).toBe('http');
  });

  it('reads a table with any other code as a generic code table, with no HTTP rule', () => {
    const { table: seed, file } = readText(seedWith(['100001 Order Locked|订单已锁定', '999 Unknown|x', '208 Accepted|y', '418 Teapot|z']));
    expect(seed?.reading.kind).toBe('generic');
    expect(messagesOf(file)).toEqual([]);
    expect(seed!.rows.flatMap((row) => rowFindings(row, seed!))).toEqual([]);
  });

  it('reads a leading-zero-free code under 100 as generic', () => {
    const { table, file } = readText(seedWith(['99 Low|x', '200 OK|y']));
    expect(table?.reading.kind).toBe('generic');
    expect(messagesOf(file)).toEqual([]);
  });
});

describe('rowFindings', () => {
  it('gives each finding a note for the docs, without the advice', () => {
    const { table: seed } = readText(seedWith(['203 See Other|x', '303 See Other|y']));
    expect(rowFindings(seed!.rows[0]!, seed!).map((finding) => finding.note)).toEqual(['The HTTP status registry names 203 "Non-Authoritative Information"; "See Other" is 303.']);
    expect(rowFindings(seed!.rows[1]!, seed!)).toEqual([]);
  });
});
