// generator/config/command.ts: the command that was run, as banners and the
// drift report name it.
import { describe, expect, it } from 'vitest';
import { commandThatWasRun } from '../../generator/config/command.js';

describe.each([
  ['no flags', { given: {}, want: 'npx md-codegen generate' }],
  ['every flag that chooses the output', { given: { config: 'codes.config.json', seeds: 'docs/api', out: 'packages/api-codes' }, want: 'npx md-codegen generate --config codes.config.json --seeds docs/api --out packages/api-codes' }],
  ['several seeds', { given: { seeds: ['docs/api', 'docs/errors'] }, want: 'npx md-codegen generate --seeds docs/api --seeds docs/errors' }],
  ['a path with a space', { given: { out: 'my codes' }, want: "npx md-codegen generate --out 'my codes'" }],
  ['a path with a quote and a glob', { given: { seeds: "docs/it's/*.md" }, want: "npx md-codegen generate --seeds 'docs/it'\\''s/*.md'" }],
])('with %s', (_name, { given, want }) => {
  it('is the generate command with those flags, quoted for a shell', () => {
    expect(commandThatWasRun(given)).toBe(want);
  });
});
