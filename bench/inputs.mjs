// Benchmark inputs: the project's seed, synthetic generic code tables of any
// size, a folder of many small seeds, and two real shapes (issue 11): a few
// documents of five columns, and one document of 20 code tables among 200
// parameter tables. Every synthetic seed is valid and gives no warning, so a
// run measures the full pipeline down to the write (the reference reports its
// skipped parameter tables in one info).
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

/** A Markdown table row of `cells`. */
const tableRow = (cells) => `| ${cells.join(' | ')} |`;

/** A five-column row: the code in its own column, a name, a description, and two fields. */
function fiveColumnRow(index) {
  const [, description] = rowOf(index).split('|');
  return tableRow([100000 + index, phraseOf(index), description, nouns[index % nouns.length].toLowerCase(), index % 3 === 0 ? 'yes' : 'no']);
}

/** A document of one five-column code table, as most real error-code pages are written, of `rows` rows from `first`. */
export function fiveColumnSeed(rows, first = 0, title = 'Business codes') {
  const lines = ['[//]:# "2024/11/7 14:33|api|bench"', '', `# ${title}`, '', 'Synthetic codes for the md-codegen benchmark.', '', tableRow(['Code', 'Name', 'Description', 'Category', 'Retryable']), tableRow(['---', '---', '---', '---', '---'])];
  for (let index = first; index < first + rows; index++) lines.push(fiveColumnRow(index));
  return `${lines.join('\n')}\n`;
}

/** A parameter table (no column of codes: skipped by the reader), as API references put under every endpoint. */
function parameterTable(index) {
  return [
    tableRow(['Parameter', 'Type', 'Required', 'Description']),
    tableRow(['---', '---', '---', '---']),
    tableRow(['`page_size`', 'integer', 'no', `Items per page, at most ${100 + index}`]),
    tableRow(['`cursor`', 'string', 'no', 'Where the page starts: the `next` of the last page']),
    tableRow(['`sort`', 'string', 'no', `One of \`name\`, \`created\`; see [sorting](#endpoint-${index})`]),
  ];
}

/**
 * An API reference in one document: `codeTables` code tables of `rows` rows (three columns: code, message,
 * description), each under a heading that names it, and after each `perCodeTable` endpoints with a parameter table.
 */
export function referenceSeed({ codeTables, perCodeTable, rows }) {
  const lines = ['[//]:# "2024/11/7 14:33|api|bench"', '', '# API reference', '', 'Synthetic reference for the md-codegen benchmark.', ''];
  for (let table = 0; table < codeTables; table++) {
    lines.push(`## ${nato[table % nato.length]} ${nouns[table % nouns.length]} errors`, '', tableRow(['Code', 'Message', 'Description']), tableRow(['---', '---', '---']));
    for (let row = 0; row < rows; row++) {
      const index = table * rows + row;
      lines.push(tableRow([200000 + index, phraseOf(index), rowOf(index).split('|')[1]]));
    }
    lines.push('');
    for (let endpoint = 0; endpoint < perCodeTable; endpoint++) {
      const index = table * perCodeTable + endpoint;
      lines.push(`### Endpoint ${index}`, '', `\`GET /v1/items/${index}\` lists the items.`, '', ...parameterTable(index), '');
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Write the benchmark projects under `dir`, one folder each with `seeds/`:
 * `seed` (the project's seed), `rows-<n>` for every size, `seeds-<count>x<rows>`,
 * `columns-5` (five documents of 400 five-column rows), `tables-20+200` (20 code
 * tables of 50 rows and 200 parameter tables in one document).
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
  project('columns-5', 5 * 400, 5, (seeds) => {
    for (let index = 0; index < 5; index++) writeFileSync(join(seeds, `errors-${index + 1}.md`), fiveColumnSeed(400, index * 400, `Errors ${index + 1}`));
  });
  project('tables-20+200', 20 * 50, 1, (seeds) => writeFileSync(join(seeds, 'reference.md'), referenceSeed({ codeTables: 20, perCodeTable: 10, rows: 50 })));
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

/** `unit` repeated, one character at a time, while `markupCount` of the text stays at most `markup`. */
function repeatToMarkup(unit, markup, markupCount) {
  let text = '';
  for (let index = 0, count = 0; ; index++) {
    const next = unit[index % unit.length];
    const more = markupCount(next, 0, 1);
    if (count + more > markup) return text;
    count += more;
    text += next;
  }
}

/** A seed around `intro` and table `rows`. */
function hostileSeed(intro, rows) {
  return `${['[//]:# "2024/11/7 14:33|api|bench"', '', '# Hostile', '', intro, '', 'Code | Description', '---|---', ...rows].join('\n')}\n`;
}

/** `text` as a paragraph of 80-character lines, each starting with `x` so that no line opens a block of its own. */
function paragraphOf(text) {
  const lines = [];
  for (let start = 0; start < text.length; start += 79) lines.push(`x${text.slice(start, start + 79)}`);
  return lines.join('\n');
}

/**
 * Hostile seeds at the given limits, one project each under `dir` (the one
 * seed in `seeds/hostile.md`): for every unit a table row and an intro
 * paragraph holding as many markup characters as the markup limit lets them
 * (`markupCount` counts them as the generator does; both reach the parser,
 * and what it makes of them may then be an error, such as HTML in a cell); a
 * row of `*_` at the line limit and the 64,000-character row (refused
 * before parsing); and rows of `file` (a unit name) at the markup limit up
 * to `fileSize` bytes. Returns `{ name, dir, chars }` per project.
 */
export function writeHostileInputs(dir, { lineLength, markup, fileSize, file, markupCount }) {
  const projects = [];
  const project = (name, text) => {
    const projectDir = join(dir, `hostile-${projects.length}`);
    rmSync(projectDir, { recursive: true, force: true });
    mkdirSync(join(projectDir, 'seeds'), { recursive: true });
    writeFileSync(join(projectDir, 'seeds/hostile.md'), text);
    projects.push({ name, dir: projectDir, chars: text.length });
  };
  const row = (unit, code = 200) => `${code} Code ${code}|${repeatToMarkup(unit, markup, markupCount)}`;
  for (const [name, unit] of Object.entries(hostileUnits)) {
    project(`a row of ${name} at the markup limit`, hostileSeed('Intro.', [row(unit)]));
    project(`a paragraph of ${name} at the markup limit`, hostileSeed(paragraphOf(repeatToMarkup(unit, markup, markupCount)), ['200 OK|ok']));
  }
  project('a row of `*_` at the line limit', hostileSeed('Intro.', [`200 OK|${repeatTo('*_', lineLength - 7)}`]));
  project('the issue’s row of 64,000 characters of `*_`', hostileSeed('Intro.', [`200 OK|${repeatTo('*_', 64_000)}`]));
  const rows = [];
  for (let size = hostileSeed('Intro.', []).length; ; ) {
    const next = row(hostileUnits[file], 100000 + rows.length);
    if (size + next.length + 1 > fileSize) break;
    rows.push(next);
    size += next.length + 1;
  }
  const dense = hostileSeed('Intro.', rows);
  project(`${rows.length} rows of ${file} at the markup limit`, dense);
  // Ordinary rows of as many characters: what a document of that size costs anyway, per character.
  let ordinary = 0;
  while (syntheticSeed(ordinary + 100).length <= dense.length) ordinary += 100;
  project(`for comparison: ${ordinary.toLocaleString('en-US')} ordinary rows (as rows-N)`, syntheticSeed(ordinary));
  return projects;
}
