// generator/breaking/rules/version-bump.ts: the version that makes a bump, as npm's caret ranges read versions.
import { describe, expect, it } from 'vitest';
import { largerBump, nextVersion, versionBump } from '../../generator/breaking/rules/version-bump.js';

describe.each([
  ['a major bump from 1.x', { given: ['1.2.3', 'major'], want: '2.0.0' }],
  ['a minor bump', { given: ['1.2.3', 'minor'], want: '1.3.0' }],
  ['a patch bump', { given: ['1.2.3', 'patch'], want: '1.2.4' }],
  ['a breaking change below 1.0.0: the next minor', { given: ['0.4.2', 'major'], want: '0.5.0' }],
  ['a feature below 1.0.0: the next patch', { given: ['0.4.2', 'minor'], want: '0.4.3' }],
  ['a patch of a pre-release: its release', { given: ['1.3.0-rc.1', 'patch'], want: '1.3.0' }],
] as const)('nextVersion: %s', (_name, { given, want }) => {
  it(`is ${want}`, () => {
    expect(nextVersion(given[0], given[1])).toBe(want);
  });
});

describe('versionBump.check', () => {
  it.each([
    ['2.0.0', true],
    ['2.0.0-beta.1', true],
    ['3.1.0', true],
    ['1.9.9', false],
    ['1.2.3', false],
    ['1.0.0', false],
  ])('from 1.2.3 with a breaking change, %s makes it: %s', (here, made) => {
    expect(versionBump.check('major', '1 breaking change', 'main', { here, there: '1.2.3', source: 'generated/package.json' }).made).toBe(made);
  });

  it('cannot tell without a version on either side, and says what to set', () => {
    expect(versionBump.check('minor', '1 backward-compatible change', 'main', { here: undefined, there: '1.0.0', source: 'x' })).toEqual({ made: true, reason: 'The change since main needs a minor version (1 backward-compatible change); set `package.version` in the config to have md-codegen check it' });
    expect(versionBump.check('minor', '1 backward-compatible change', 'main', { here: '1.0.0', there: undefined, source: 'generated/package.json' }).reason).toBe('The change since main needs a minor version (1 backward-compatible change); `package.version` is 1.0.0, and the version at main is unknown (no `generated/package.json` there)');
  });

  it('largerBump orders patch < minor < major', () => {
    expect([largerBump(undefined, 'patch'), largerBump('minor', 'patch'), largerBump('minor', 'major'), largerBump(undefined, undefined)]).toEqual(['patch', 'minor', 'major', undefined]);
  });
});
