// Benchmark inputs: the project's seed, synthetic generic code tables of any
// size, and a folder of many small seeds. Every synthetic seed is valid and
// gives no warning, so a run measures the full pipeline down to the write.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const nato = ['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett', 'Kilo', 'Lima', 'Mike', 'November', 'Oscar', 'Papa', 'Quebec', 'Romeo', 'Sierra', 'Tango', 'Uniform', 'Victor', 'Whiskey', 'Xray', 'Yankee', 'Zulu'];
const nouns = ['State', 'Order', 'Account', 'Payment', 'Session', 'Quota', 'Token', 'Invoice'];
const topics = ['状态', '订单', '账户', '支付', '会话', '配额', '令牌', '发票'];

/** A phrase unique to `index` (four letters of base 26, then a noun): `Echo Charlie State`. */
export function phraseOf(index) {
  const words = [];
  for (let rest = index, place = 0; place < 4; place++, rest = Math.floor(rest / 26)) words.unshift(nato[rest % 26]);
  while (words.length > 2 && words[0] === 'Alfa') words.shift();
  return `${words.join(' ')} ${nouns[index % nouns.length]}`;
}

/** One row: a six-digit code, its phrase, and a description with some inline Markdown (50,000 rows stay under the 5 MB file limit). */
export function rowOf(index) {
  const topic = topics[index % topics.length];
  let description = `${topic} ${index}：请求已处理`;
  if (index % 7 === 3) description += '，字段 `status` 为空';
  if (index % 11 === 5) description += `，详见 [文档](https://example.com/codes/${index})`;
  if (index % 13 === 8) description += '，**不可重试**';
  return `${100000 + index} ${phraseOf(index)}|${description}`;
}

/** A generic code table seed of `rows` rows starting at `first`. */
export function syntheticSeed(rows, first = 0, title = 'Business codes') {
  const lines = ['[//]:# "2024/11/7 14:33|api|bench"', '', `# ${title}`, '', 'Synthetic codes for the md-codegen benchmark.', '', 'Code | Description', '---|---'];
  for (let index = first; index < first + rows; index++) lines.push(rowOf(index));
  return `${lines.join('\n')}\n`;
}

/**
 * Write the benchmark projects under `dir`, one folder each with `seeds/`:
 * `seed` (the project's seed), `rows-<n>` for every size, `seeds-<count>x<rows>`.
 * Returns `{ name, dir, rows, seeds }` per project.
 */
export function writeInputs(dir, { root, sizes, many }) {
  const projects = [];
  const project = (name, rows, seeds, write) => {
    const projectDir = join(dir, name);
    // Only the seeds are written anew. The last run's output stays (the first generate of a run moves it aside):
    // deleting a thousand files here would slow the file creations of the runs that follow (see run.mjs).
    rmSync(join(projectDir, 'seeds'), { recursive: true, force: true });
    mkdirSync(join(projectDir, 'seeds'), { recursive: true });
    write(join(projectDir, 'seeds'));
    projects.push({ name, dir: projectDir, rows, seeds });
  };
  project('seed', 64, 1, (seeds) => copyFileSync(join(root, 'seeds/http-status.md'), join(seeds, 'http-status.md')));
  for (const size of sizes) project(`rows-${size}`, size, 1, (seeds) => writeFileSync(join(seeds, 'codes.md'), syntheticSeed(size)));
  if (many) {
    const { count, rows } = many;
    project(`seeds-${count}x${rows}`, count * rows, count, (seeds) => {
      for (let index = 0; index < count; index++) {
        const slug = `codes-${String(index + 1).padStart(3, '0')}`;
        writeFileSync(join(seeds, `${slug}.md`), syntheticSeed(rows, index * rows, `Codes ${index + 1}`));
      }
    });
  }
  return projects;
}

/** The units of hostile text that stay super-linear in the parser (see bench/parse-growth.mjs), by name. */
export const hostileUnits = {
  'emphasis `*_`': '*_',
  'mixed `*_~a`': '*_~a',
  'strikethrough `~a`': '~a',
  'comment `<!--`': '<!--',
  'link `](`': '](',
  'link `[a]`': '[a]',
  'footnote `[^a`': '[^a',
};

/** `unit` repeated to exactly `length` characters. */
export function repeatTo(unit, length) {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** A seed around `intro` and table `rows`. */
function hostileSeed(intro, rows) {
  return `${['[//]:# "2024/11/7 14:33|api|bench"', '', '# Hostile', '', intro, '', 'Code | Description', '---|---', ...rows].join('\n')}\n`;
}

/**
 * Hostile seeds at the given limits, one project each under `dir` (the one
 * seed in `seeds/hostile.md`): for every unit a table row exactly as long as
 * a line may be, and an intro paragraph of 80-character lines exactly as long
 * as a paragraph may be (both reach the parser; what it makes of them may
 * then be an error, such as HTML in a cell); the 64,000-character row
 * of `*_` (refused before parsing); and rows of `file` (a unit name) at the
 * line limit up to `fileSize` bytes. Returns `{ name, dir, chars }` per project.
 */
export function writeHostileInputs(dir, { lineLength, paragraphLength, fileSize, file }) {
  const projects = [];
  const project = (name, text) => {
    const projectDir = join(dir, `hostile-${projects.length}`);
    rmSync(projectDir, { recursive: true, force: true });
    mkdirSync(join(projectDir, 'seeds'), { recursive: true });
    writeFileSync(join(projectDir, 'seeds/hostile.md'), text);
    projects.push({ name, dir: projectDir, chars: text.length });
  };
  const row = (unit, code = 200) => {
    const head = `${code} Code ${code}|`;
    return `${head}${repeatTo(unit, lineLength - head.length)}`;
  };
  for (const [name, unit] of Object.entries(hostileUnits)) {
    project(`a row of ${name} at the line limit`, hostileSeed('Intro.', [row(unit)]));
    const text = repeatTo(unit, paragraphLength - Math.ceil(paragraphLength / 80));
    const lines = [];
    for (let start = 0; start < text.length; start += 79) lines.push(`x${text.slice(start, start + 79)}`);
    project(`a paragraph of ${name} at the paragraph limit`, hostileSeed(lines.join('\n'), ['200 OK|ok']));
  }
  project('the issue’s row of 64,000 characters of `*_`', hostileSeed('Intro.', [`200 OK|${repeatTo('*_', 64_000)}`]));
  const rows = [];
  for (let size = hostileSeed('Intro.', []).length; size + lineLength + 1 <= fileSize; size += lineLength + 1) rows.push(row(hostileUnits[file], 100000 + rows.length));
  project(`${rows.length} rows of ${file} at the line limit`, hostileSeed('Intro.', rows));
  return projects;
}
