import { describe, expect, it } from 'vitest';
import { messagesOf, readText, seedBytes, seedWith } from '../helpers.js';

describe('resolveNames', () => {
  it('names the seed as the issue says: the registered phrase keeps the bare name', () => {
    const { table: seed } = readText(seedBytes, 'http-status');
    const byCode = new Map(seed!.rows.map((row, index) => [row.code, seed!.names[index]]));
    expect(Object.fromEntries([200, 203, 205, 206, 303, 418, 505].map((code) => [code, byCode.get(code)]))).toEqual({
      200: 'Ok',
      203: 'SeeOther203',
      205: 'ResetContent',
      206: 'ResetContent206',
      303: 'SeeOther',
      418: 'ImATeapot',
      505: 'HttpVersionNotSupported',
    });
  });

  it('warns once per renamed row, naming both lines', () => {
    const { file } = readText(seedBytes, 'http-status');
    const clashes = file.messages.filter((message) => message.ruleId === 'name-clash');
    expect(clashes.map((message) => [message.line, message.fatal])).toEqual([
      [11, false],
      [14, false],
    ]);
    expect(clashes[0]!.reason).toMatch(/line 11.*line 22/);
    expect(clashes[1]!.reason).toMatch(/line 14.*line 13/);
  });

  it('appends the code to every row when no row has the registered phrase', () => {
    const { table: seed } = readText(seedWith(['201 Same Name|a', '202 Same Name|b']));
    expect(seed!.names).toEqual(['SameName201', 'SameName202']);
  });

  it('appends the code to every row of a generic table', () => {
    const { table: seed } = readText(seedWith(['100001 Order Locked|a', '100002 Order Locked|b']));
    expect(seed!.names).toEqual(['OrderLocked100001', 'OrderLocked100002']);
  });

  it('falls back to Code<code> with a warning when a phrase gives no name', () => {
    const { table: seed, file } = readText(seedWith(['100001 订单已锁定|a', '100002 3D Secure|b']));
    expect(seed!.names).toEqual(['Code100001', 'Code100002']);
    expect(messagesOf(file).filter(([rule]) => rule === 'name-fallback')).toEqual([
      ['name-fallback', 'warning', '9:1'],
      ['name-fallback', 'warning', '10:1'],
    ]);
  });

  it('reports an error when appending the code cannot make names distinct', () => {
    const { table: seed, file } = readText(seedWith(['201 Same Name|a', '202 Same Name|b', '203 Same Name 201|c']));
    expect(seed).toBeUndefined();
    expect(messagesOf(file)).toContainEqual(['name-clash', 'error', '11:1']);
  });
});
