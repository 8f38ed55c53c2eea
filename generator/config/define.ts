import type { Config } from './schema.js';

/**
 * Type a config in `md-codegen.config.{js,mjs,ts}`: `export default
 * defineConfig({ seeds: 'docs/api', package: { name: '@acme/api-codes' } })`.
 * It returns the config as given; md-codegen validates it when it loads it.
 */
export function defineConfig(config: Config): Config {
  return config;
}
