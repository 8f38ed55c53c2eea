// generator/read.ts: the seeds read as a whole, and a config's choices for single tables.
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../generator/limits.js';
import { readSeeds } from '../generator/read.js';
import { messagesOf, tempDir, writeFiles } from './helpers.js';

const order = `# Orders

## 订单状态

| 状态值 | 英文名 | 中文名 | 说明 | 备注 |
| --- | --- | --- | --- | --- |
| 1 | Created | 已创建 | 订单已创建 | 待支付 |
| 2 | Paid | 已支付 | 订单已支付 | |

## Refunds

| Code | Name | Description |
| --- | --- | --- |
| 10 | Requested | asked for |
`;

describe("a config's tables", () => {
  it('name a table, set its kind, its columns and its field names, by heading', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFiles(dir, { 'docs/api/order.md': order });
      const tables = { 'docs/api/order.md#订单状态': { name: 'OrderStatus', kind: 'generic' as const, columns: { code: '状态值', name: '英文名', description: '说明', fields: { 备注: 'note', 中文名: 'zh' } } } };
      const { documents, reports } = await readSeeds(dir, ['docs'], { limits: defaultLimits, tables });
      expect(reports.flatMap((file) => messagesOf(file).filter(([rule]) => rule !== 'front-matter-missing'))).toEqual([]);
      const [status, refunds] = documents[0]!.tables;
      expect([status!.exportName, status!.reading.kind, status!.reading.codeReason]).toEqual(['OrderStatus', 'generic', 'column 1 `状态值`: the config names it']);
      expect(status!.fields.map((field) => [field.header, field.key])).toEqual([['中文名', 'zh'], ['备注', 'note']]);
      expect(status!.names).toEqual(['Created', 'Paid']);
      expect(refunds!.exportName).toBe('Refunds');
    } finally {
      cleanup();
    }
  });

  it('match a table by its export name too, and warn of keys that name no table or no document', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFiles(dir, { 'docs/api/order.md': order });
      const tables = { './docs/api/order.md#Refunds': { name: 'RefundStatus' }, 'docs/api/order.md#Nothing': { kind: 'http' as const }, 'docs/gone.md#X': {} };
      const { documents, reports } = await readSeeds(dir, ['docs'], { limits: defaultLimits, tables });
      // The heading 订单状态 forms no name: that table is `Order1`, with a warning of its own.
      expect(documents[0]!.tables.map((table) => table.exportName)).toEqual(['Order1', 'RefundStatus']);
      const warnings = reports.flatMap((file) => file.messages.filter((message) => message.ruleId === 'config-table').map((message) => `${file.path}: ${message.reason}`));
      expect(warnings).toEqual([
        'docs/gone.md: Found the config key `docs/gone.md#X` for `docs/gone.md`, which is not among the documents read; expected the path of a document as reports show it: correct the key',
        'docs/api/order.md: Found the config key `docs/api/order.md#Nothing`, which names no table of this document; expected a heading or an export name of one of its code tables: correct the key',
      ]);
    } finally {
      cleanup();
    }
  });
});
