// generator/config/schema.ts: the defaults of the schema are the pipeline's,
// and its version check is npm's.
import validVersion from 'semver/functions/valid.js';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../generator/config/schema.js';
import { defaultEmitOptions } from '../../generator/emit/options.js';
import { defaultLimits } from '../../generator/limits.js';

describe('the defaults', () => {
  it('are those generate() and the emitters use', () => {
    const config = configSchema.parse({ package: {}, limits: {} });
    expect(config).toEqual({
      seeds: 'seeds',
      ignore: [],
      out: 'generated',
      outIgnore: ['node_modules/**'],
      package: { name: defaultEmitOptions.packageName, version: defaultEmitOptions.version, license: defaultEmitOptions.license },
      style: defaultEmitOptions.style,
      memberCase: defaultEmitOptions.memberCase,
      tables: {},
      strict: false,
      allowOutside: false,
      limits: defaultLimits,
    });
  });
});

describe.each(['1.2.0', '0.0.0', '1.2.3-alpha', '1.2.3-0.a.b-c', '1.2.3+build', '1.2.3-rc.1+sha.5114f85', 'v1.2.3', '=1.2.3', ' 1.2.3', '1.2', '1.2.3.4', '01.2.3', '1.2.3-01', '1.2.3-', '9007199254740991.0.0', '9007199254740992.0.0', '1.2.3-a..b'])('the version %j', (version) => {
  it('is accepted exactly when semver (which npm uses) reads it as written', () => {
    const accepted = configSchema.safeParse({ package: { version } }).success;
    expect(accepted).toBe(validVersion(version) !== null && /^\d/.test(version) && version.trim() === version);
  });
});
