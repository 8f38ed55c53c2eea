// generator/config/apply.ts: the config's keys become generate() options, and
// every flag given overrides its key.
import { describe, expect, it } from 'vitest';
import { applyConfig } from '../../generator/config/apply.js';
import { type Config, configSchema } from '../../generator/config/schema.js';
import type { GenerateOptions } from '../../generator/generate.js';

const ran = 'npx md-codegen generate';

const config: Config = {
  seeds: ['docs/api', 'docs/errors/**/*.md'],
  ignore: ['docs/api/drafts/**'],
  out: 'packages/api-codes',
  outIgnore: ['CHANGELOG.md'],
  package: { name: '@acme/api-codes', version: '1.2.0', license: 'MIT', description: 'Codes of the Acme API' },
  style: 'const',
  memberCase: 'as-written',
  command: 'npm run codes',
  tables: { 'docs/api/order.md#订单状态': { name: 'OrderStatus', kind: 'generic' } },
  strict: true,
  allowOutside: true,
  limits: { rows: 500, cellLength: 200 },
};

const fromConfig: GenerateOptions = {
  seeds: ['docs/api', 'docs/errors/**/*.md'],
  ignore: ['docs/api/drafts/**'],
  out: 'packages/api-codes',
  outIgnore: ['CHANGELOG.md'],
  strict: true,
  allowOutside: true,
  check: false,
  limits: { fileSize: 5_000_000, rows: 500, columns: 16, cellLength: 200, lineLength: 10_000, paragraphLength: 10_000, markup: 500 },
  emit: {
    packageName: '@acme/api-codes',
    version: '1.2.0',
    license: 'MIT',
    description: 'Codes of the Acme API',
    style: 'const',
    memberCase: 'as-written',
    command: 'npm run codes',
  },
  tables: { 'docs/api/order.md#订单状态': { name: 'OrderStatus', kind: 'generic' } },
};

/** What an empty config gives: its defaults, and the command that was run. */
const fromEmpty: GenerateOptions = {
  seeds: 'seeds',
  ignore: [],
  out: 'generated',
  outIgnore: ['node_modules/**'],
  tables: {},
  strict: false,
  allowOutside: false,
  check: false,
  limits: {},
  emit: { style: 'enum', memberCase: 'pascal', command: ran },
};

describe.each([
  ['no config and no flags', { config: undefined, flags: { check: false }, want: { check: false, limits: {}, emit: { command: ran } } }],
  ['flags only', { config: undefined, flags: { seeds: 'docs', check: true, limits: { rows: 9 } }, want: { seeds: 'docs', check: true, limits: { rows: 9 }, emit: { command: ran } } }],
  ['every key of the config and no flag', { config, flags: { check: false }, want: fromConfig }],
  ['an empty config', { config: {}, flags: { check: true }, want: { ...fromEmpty, check: true } }],
  ['--seeds over seeds', { config, flags: { check: false, seeds: 'other' }, want: { ...fromConfig, seeds: 'other' } }],
  ['--out over out', { config, flags: { check: false, out: 'elsewhere' }, want: { ...fromConfig, out: 'elsewhere' } }],
  ['--strict over strict', { config: { strict: false }, flags: { check: false, strict: true }, want: { ...fromEmpty, strict: true } }],
  ['--allow-outside over allowOutside', { config: { allowOutside: false }, flags: { check: false, allowOutside: true }, want: { ...fromEmpty, allowOutside: true } }],
  ['--max-rows over limits.rows, the other limits kept', { config, flags: { check: false, limits: { rows: 7 } }, want: { ...fromConfig, limits: { ...fromConfig.limits, rows: 7 } } }],
  ['a flag not given (undefined) under a key', { config, flags: { check: false, seeds: undefined, strict: undefined, limits: { rows: undefined } }, want: fromConfig }],
])('%s', (_name, { config, flags, want }) => {
  it('gives exactly these options', () => {
    const resolved = config === undefined ? undefined : configSchema.parse(config);
    expect(applyConfig(resolved, flags as GenerateOptions, ran)).toEqual(want);
  });
});

it('leaves out what neither the config nor a flag sets, so that generate() keeps its defaults', () => {
  const options = applyConfig(configSchema.parse({ package: { name: '@acme/codes' } }), { check: false }, ran);
  expect(options.emit).toEqual({ packageName: '@acme/codes', version: '0.1.0', license: 'UNLICENSED', style: 'enum', memberCase: 'pascal', command: ran });
  expect(Object.values(options.emit ?? {})).not.toContain(undefined);
});
