// generator/config/define.ts: defineConfig is typed by the schema (checked by
// `npm run typecheck`, which fails on an unused @ts-expect-error) and returns
// the config as given.
import { expect, expectTypeOf, it } from 'vitest';
import { type Config, defineConfig } from '../../generator/index.js';

it('returns the config as given', () => {
  const config: Config = { seeds: ['docs/api', 'docs/errors/**/*.md'], package: { name: '@acme/api-codes', license: 'MIT' }, style: 'const' };
  expect(defineConfig(config)).toBe(config);
});

it('is typed by the schema: every key optional, unknown keys and bad values refused', () => {
  expectTypeOf(defineConfig).parameter(0).toEqualTypeOf<Config>();
  expectTypeOf<Config['style']>().toEqualTypeOf<'enum' | 'const' | undefined>();
  expectTypeOf<Config['seeds']>().toEqualTypeOf<string | string[] | undefined>();
  defineConfig({});
  // @ts-expect-error: an unknown key
  defineConfig({ seed: 'docs' });
  // @ts-expect-error: an unknown key in package
  defineConfig({ package: { nmae: '@acme/codes' } });
  // @ts-expect-error: style is "enum" or "const"
  defineConfig({ style: 'constant' });
  // @ts-expect-error: a limit is a number
  defineConfig({ limits: { rows: '10' } });
});
