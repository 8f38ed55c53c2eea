// Same input, same bytes: the CLI writes identical files in any time zone and
// locale, and from seeds with Windows or old Mac line endings.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, seedBytes, tempProject } from './helpers.js';

// Case mapping and collation differ in Turkish (`i` → `İ`), so names and order would show a locale leak.
const turkish = [
  '[//]:# "2024/3/31 2:30|iş|İz"',
  '',
  '# İşlem kodları',
  '',
  'Saat dilimi: 2024/3/31 2:30 (yaz saati geçişi).',
  '',
  'Kod | Açıklama',
  '---|---',
  '100001 invalid id|Geçersiz kimlik: *ı* ve **İ**',
  '100002 Item limit|Öğe sınırı<br>ikinci satır',
  '100003 ınvalid ıd|noktasız ı',
  '',
].join('\n');

const seeds = { 'http-status.md': seedBytes.toString('utf8'), 'islem-kodlari.md': turkish };

/** Every file the CLI wrote under `generated/`, with its bytes. */
function writtenFiles(dir: string): Record<string, Buffer> {
  const out = join(dir, 'generated');
  const paths = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(out, path)).isFile());
  return Object.fromEntries(paths.sort().map((path) => [path, readFileSync(join(out, path))]));
}

const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const cleanup of cleanups) cleanup();
});

/** Generate with the CLI in a fresh project with the given seed texts and environment; the files it wrote. */
async function generateWith(texts: Record<string, string>, env: Record<string, string>): Promise<Record<string, Buffer>> {
  const { dir, cleanup } = tempProject(texts);
  cleanups.push(cleanup);
  const base = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'GITHUB_ACTIONS', 'TZ', 'LANG', 'LC_ALL']) delete base[name];
  await promisify(execFile)(process.execPath, [bin, 'generate'], { cwd: dir, env: { ...base, ...env } });
  return writtenFiles(dir);
}

const variants: [string, { env: Record<string, string>; endings: string }][] = [
  ['TZ=Asia/Shanghai', { env: { TZ: 'Asia/Shanghai' }, endings: '\n' }],
  ['TZ=America/Los_Angeles', { env: { TZ: 'America/Los_Angeles' }, endings: '\n' }],
  ['LANG=tr_TR.UTF-8', { env: { LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }, endings: '\n' }],
  ['CRLF seeds', { env: {}, endings: '\r\n' }],
  ['CR seeds', { env: {}, endings: '\r' }],
];

describe('md-codegen generate', () => {
  let baseline: Record<string, Buffer>;
  const results = new Map<string, Record<string, Buffer>>();
  // The runs are independent processes: run them side by side.
  beforeAll(async () => {
    const runs = variants.map(async ([name, { env, endings }]) => {
      const texts = Object.fromEntries(Object.entries(seeds).map(([seed, text]) => [seed, text.replace(/\n/g, endings)]));
      results.set(name, await generateWith(texts, env));
    });
    [baseline] = await Promise.all([generateWith(seeds, { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' }), ...runs]);
  });

  it('writes the package of both seeds', () => {
    expect(Object.keys(baseline)).toEqual(expect.arrayContaining(['src/http-status/enum.ts', 'src/islem-kodlari/map.ts', 'README.md']));
    expect(baseline['src/islem-kodlari/enum.ts']!.toString('utf8')).toContain('InvalidId = 100001');
  });

  it.each(variants)('writes the same bytes under %s', (name) => {
    const files = results.get(name)!;
    expect(Object.keys(files)).toEqual(Object.keys(baseline));
    // The record hashes the documents' bytes, which differ with their line endings: everything else in it is the same.
    const record = (bytes: Buffer) => ({ ...(JSON.parse(bytes.toString('utf8')) as object), inputs: undefined });
    for (const [path, bytes] of Object.entries(files)) {
      if (path === 'md-codegen.hashes.json') expect(record(bytes)).toEqual(record(baseline[path]!));
      else expect(bytes.equals(baseline[path]!), path).toBe(true);
    }
    if (name.endsWith('seeds')) expect(files['md-codegen.hashes.json']!.equals(baseline['md-codegen.hashes.json']!)).toBe(false);
    else expect(files['md-codegen.hashes.json']!.equals(baseline['md-codegen.hashes.json']!)).toBe(true);
  });
});
