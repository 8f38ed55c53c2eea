// generator/remark/project.ts: the plugin reads a document under the config
// of its project, the nearest folder above it with one, as `generate` run in
// that folder reads it: its `tables`, limits and member case, and the path
// inside the seeds folder.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { remark } from 'remark';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { afterEach, describe, expect, it } from 'vitest';
import { configure } from '../../generator/config/configure.js';
import { generate } from '../../generator/generate.js';
import remarkMdCodegen from '../../generator/remark/index.js';
import { tempDir, writeFiles } from '../helpers.js';

const shown = (message: VFileMessage) => [message.ruleId, message.fatal, message.line, message.column, message.reason];

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

/** A project: `docs/v2/errors.md`, and a config when given. */
function project(config: object | string | undefined, document = statuses): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  writeFiles(dir, { 'docs/v2/errors.md': document, 'package.json': '{"name": "app", "private": true}\n' });
  if (config !== undefined) writeFiles(dir, { 'md-codegen.config.json': typeof config === 'string' ? config : JSON.stringify(config) });
  return dir;
}

/** Three-digit codes with the registry's phrases, one of them wrong: read as HTTP statuses unless the config says otherwise. */
const statuses = '# Order API\n\n## Order statuses\n\n| Code | Name | Description |\n| --- | --- | --- |\n| 200 | OK | Done |\n| 404 | Not Found | No such order |\n| 409 | Clash | Taken |\n';

/** The plugin's messages on the document, linted from `cwd` as remark-cli or a language server would (another folder than the project's). */
async function lint(dir: string, cwd = '/'): Promise<VFileMessage[]> {
  const path = join(dir, 'docs/v2/errors.md');
  const file = new VFile({ path, cwd, value: readFileSync(path) });
  const processor = remark().use(remarkMdCodegen);
  await processor.run(processor.parse(file), file);
  return file.messages;
}

/** What `generate` run in the project (with its config) says of the document. */
async function generated(dir: string): Promise<VFileMessage[]> {
  const configured = await configure(dir, undefined, {}, 'md-codegen generate');
  if ('problems' in configured) throw new Error('the config has problems');
  const { reports } = await generate({ ...configured.options, cwd: dir, check: true });
  return reports.find((file) => file.path === 'docs/v2/errors.md')!.messages;
}

it('makes the plugin asynchronous, as the README says: processSync throws', () => {
  expect(() => remark().use(remarkMdCodegen).processSync('# A')).toThrow(/finished async/);
});

describe('the project config', () => {
  const config = { seeds: 'docs', tables: { 'docs/v2/errors.md#Order statuses': { name: 'OrderStatus', kind: 'generic' } } };

  it('pins what generate pins: the same messages, no registry warning once the kind is generic', async () => {
    const dir = project(config);
    const plugin = (await lint(dir)).map(shown);
    expect(plugin).toEqual((await generated(dir)).map(shown));
    expect(plugin.some(([rule]) => String(rule).startsWith('registry-'))).toBe(false);
  });

  it('without a config, guesses as generate does without one: registry warnings for an HTTP table', async () => {
    const dir = project(undefined);
    const plugin = (await lint(dir)).map(shown);
    expect(plugin.some(([rule]) => rule === 'registry-phrase')).toBe(true);
  });

  it("applies the config's limits", async () => {
    const dir = project({ seeds: 'docs', limits: { markup: 2 } }, `${statuses}| 500 | *a* [b] | x |\n`);
    const plugin = (await lint(dir)).map(shown);
    expect(plugin).toEqual((await generated(dir)).map(shown));
    expect(plugin.map(([rule]) => rule)).toContain('limit-markup');
  });

  it('warns of a key of `tables` that names no table of the document, as generate does', async () => {
    const dir = project({ seeds: 'docs', tables: { 'docs/v2/errors.md#Nothing': { name: 'Nothing' } } });
    const plugin = (await lint(dir)).map(shown);
    expect(plugin.filter(([rule]) => rule === 'config-table')).toEqual((await generated(dir)).map(shown).filter(([rule]) => rule === 'config-table'));
    expect(plugin.some(([rule]) => rule === 'config-table')).toBe(true);
  });

  it('reads the config again once it changed', async () => {
    const dir = project({ seeds: 'docs' });
    expect((await lint(dir)).some((message) => message.ruleId === 'registry-phrase')).toBe(true);
    writeFileSync(join(dir, 'md-codegen.config.json'), JSON.stringify(config, null, 2));
    expect((await lint(dir)).some((message) => message.ruleId === 'registry-phrase')).toBe(false);
  });

  it('says when the config cannot be read, and reads the document with the defaults', async () => {
    const dir = project('{"seeds": "docs", "limits": {"markup": -1}}');
    const messages = await lint(dir);
    const [problem] = messages.filter((message) => message.ruleId === 'remark-config');
    expect(problem?.fatal).toBe(true);
    expect(problem?.reason).toMatch(/^md-codegen\/remark: the config of `.+md-codegen\.config\.json` cannot be read \(.*limits\.markup.*\); this document is read with the defaults/);
    expect(messages.some((message) => message.ruleId === 'registry-phrase')).toBe(true);
  });
});
