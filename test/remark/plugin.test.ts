// generator/remark: the remark plugin reads and validates each document as
// `generate` does, on the tree remark parsed, and changes nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import remarkMdCodegen, { type Options } from '../../generator/remark/index.js';
import { ruleOf } from '../../generator/rules.js';
import { readText, root, seedBytes } from '../helpers.js';

/** What a message says, where: what must be equal in `generate` and in the plugin. */
const shown = (message: VFileMessage) => [message.ruleId, message.fatal, message.line, message.column, message.place && 'end' in message.place ? `${message.place.end.line}:${message.place.end.column}` : '', message.reason, message.url, message.expected];

/** A processor with or without a compiler (the plugin needs only parse and run). */
type AnyProcessor = Processor<any, any, any, any, any>;

/** Run the plugin on `value` in the processor given, as remark-cli does (bytes) or a language server (text). */
async function lint(value: string | Uint8Array, path = 'seeds/http-status.md', options?: Options, processor: AnyProcessor = remark()) {
  const file = new VFile({ path, value });
  const configured = processor.use(remarkMdCodegen, options);
  await configured.run(configured.parse(file), file);
  return file;
}

const fixtures = join(root, 'test/fixtures');
/** The rule fixtures whose document the plugin reads as `generate` does: no flags, no config file. */
const cases = readdirSync(fixtures)
  .filter((name) => existsSync(join(fixtures, name, 'case.json')))
  .map((name) => [name, JSON.parse(readFileSync(join(fixtures, name, 'case.json'), 'utf8'))] as const)
  .filter(([, given]) => given.args === undefined && given.files?.['md-codegen.config.json'] === undefined)
  .map(([name, given]) => [name, { seed: (given.seed as string | undefined) ?? `${name}.md` }] as const);

describe.each(cases)('on the fixture %s', (name, { seed }) => {
  it('reports what generate reports on the document: rules, severities, places, reasons, urls and fixes', async () => {
    const bytes = readFileSync(join(fixtures, name, 'input.md'));
    const document = (message: VFileMessage) => ruleOf(message.ruleId)?.scope === 'document';
    const want = readText(bytes, seed.replace(/\.md$/, '')).file.messages.filter(document).map(shown);
    const file = await lint(bytes, `seeds/${seed}`);
    expect(file.messages.filter(document).map(shown).sort()).toEqual(want.sort());
  });
});

describe('the seed', () => {
  it('gets the messages of generate, with or without remark-gfm and remark-frontmatter, before or after the plugin', async () => {
    const want = readText(seedBytes, 'http-status').file.messages.map(shown).sort();
    expect(want.length).toBeGreaterThan(10);
    const processors: AnyProcessor[] = [
      unified().use(remarkParse),
      remark(),
      remark().use(remarkGfm).use(remarkFrontmatter),
      remark().use(remarkFrontmatter, ['yaml', 'toml']),
    ];
    for (const processor of processors) expect((await lint(seedBytes, undefined, undefined, processor)).messages.map(shown).sort()).toEqual(want);
    const after = new VFile({ path: 'seeds/http-status.md', value: seedBytes });
    await remark().use(remarkMdCodegen).use(remarkGfm).process(after);
    expect(after.messages.map(shown).sort()).toEqual(want);
  });

  it('as text (a language server) or with CRLF line endings and a BOM gets the same messages', async () => {
    const want = readText(seedBytes, 'http-status').file.messages.map(shown).sort();
    const text = seedBytes.toString('utf8');
    expect((await lint(text)).messages.map(shown).sort()).toEqual(want);
    const crlf = `\ufeff${text.replaceAll('\n', '\r\n')}`;
    expect((await lint(crlf)).messages.map(shown).sort()).toEqual(want);
    expect((await lint(Buffer.from(crlf))).messages.map(shown).sort()).toEqual(want);
  });

  it('changes neither the tree nor the text: remark prints what it prints with remark-gfm and remark-frontmatter', async () => {
    const processor = remark().use(remarkMdCodegen);
    const tree = processor.parse(seedBytes.toString('utf8'));
    const before = structuredClone(tree);
    const file = new VFile({ path: 'seeds/http-status.md', value: seedBytes });
    await processor.run(tree, file);
    expect(tree).toEqual(before);
    expect(file.value).toBe(seedBytes);
    expect(String(await remark().use(remarkMdCodegen).process(seedBytes))).toBe(String(await remark().use(remarkGfm).use(remarkFrontmatter).process(seedBytes)));
  });
});

describe('the raw text', () => {
  it('is checked as generate checks it: invalid UTF-8 when remark read bytes, characters, size', async () => {
    const invalid = Buffer.concat([Buffer.from('# HTTP status codes\n\nCode | Description\n---|---\n200 OK|'), Buffer.from([0xff]), Buffer.from('\n')]);
    expect((await lint(invalid)).messages.map(shown)).toEqual(readText(invalid, 'http-status').file.messages.map(shown));
    const bidi = seedBytes.toString('utf8').replace('正常响应', '正常\u202e响应');
    const messages = (await lint(bidi)).messages.map(shown);
    expect(messages).toContainEqual(expect.arrayContaining(['character', true, 9, 10]));
    expect(messages.sort()).toEqual(readText(bidi, 'http-status').file.messages.map(shown).sort());
  });

  it('is checked for lines that open too many containers, as before parsing', async () => {
    const deep = `# HTTP status codes\n\n${'> '.repeat(70)}x\n`;
    expect((await lint(deep)).messages.map(shown)).toEqual(readText(deep, 'http-status').file.messages.map(shown));
    expect((await lint(deep)).messages.map((message) => message.ruleId)).toEqual(['limit-nesting']);
  });
});

describe('documents without a code table', () => {
  it('get the info no-code-table: whether another document has one is for generate to say', async () => {
    const file = await lint('# Our API docs\n\n[//]:# "2024/11/7 14:33|api"\n\nRead the pages in this folder.\n', 'docs/README.md');
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.line])).toEqual([['no-code-table', undefined, 1]]);
  });
});

describe('the rules option', () => {
  const ids = async (options: Options) => (await lint(seedBytes, undefined, options)).messages.map((message) => `${message.ruleId} ${message.fatal}`);

  it('turns a rule off, sets its severity, and leaves the others', async () => {
    const all = await ids({});
    expect(all).toContain('registry-phrase false');
    expect(await ids({ rules: { 'registry-phrase': 'off' } })).toEqual(all.filter((id) => !id.startsWith('registry-phrase')));
    expect(await ids({ rules: { 'registry-phrase': 0 } })).toEqual(all.filter((id) => !id.startsWith('registry-phrase')));
    expect(await ids({ rules: { 'registry-phrase': false } })).toEqual(all.filter((id) => !id.startsWith('registry-phrase')));
    for (const [setting, fatal] of [['error', true], [2, true], ['warn', false], ['warning', false], [1, false], ['info', undefined], ['on', false], [true, false]] as const) {
      const found = await ids({ rules: { 'registry-phrase': setting } });
      expect(found.filter((id) => id.startsWith('registry-phrase')), String(setting)).toEqual(Array(4).fill(`registry-phrase ${fatal}`));
      expect(found.filter((id) => !id.startsWith('registry-phrase'))).toEqual(all.filter((id) => !id.startsWith('registry-phrase')));
    }
    expect(await ids({ rules: { 'registry-unofficial': 'warn' } })).toContain('registry-unofficial false');
  });

  it("never lowers an error: name-clash's warnings go, its errors stay", async () => {
    const rows = '[//]:# "2024/11/7 14:33|api"\n\n# HTTP status codes\n\nCode | Description\n---|---\n200 OK|a\n201 OK|b\n';
    const before = (await lint(rows)).messages.filter((message) => message.ruleId === 'name-clash');
    expect(before.length).toBeGreaterThan(0);
    const after = (await lint(rows, undefined, { rules: { 'name-clash': 'off' } })).messages.filter((message) => message.ruleId === 'name-clash');
    expect(after).toEqual(before.filter((message) => message.fatal === true));
  });
});
