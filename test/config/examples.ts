// Configs shared by the config tests.
import type { Config } from '../../generator/config/schema.js';

/** The example of issue 13, every key it names. */
export const issueExample = {
  $schema: './node_modules/md-codegen/schema.json',
  seeds: ['docs/api', 'docs/errors/**/*.md'],
  ignore: ['docs/api/drafts/**'],
  out: 'packages/api-codes',
  package: { name: '@acme/api-codes', version: '1.2.0', license: 'MIT', description: 'Codes of the Acme API' },
  style: 'const',
  memberCase: 'pascal',
  command: 'npm run codes',
  tables: { 'docs/api/order.md#订单状态': { name: 'OrderStatus', kind: 'generic', columns: { code: '状态值', name: '英文名', description: '说明', fields: { 备注: 'note' } } } },
} satisfies Config;
