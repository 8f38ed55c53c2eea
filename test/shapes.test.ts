// Real documents as people write them: each folder of test/shapes/ holds the
// seeds of one shape (the code in its own column, three to seven columns,
// several tables a page, string and negative codes, Slate's `_errors.md`, a docs
// folder with READMEs and subfolders, directives, links) beside what md-codegen
// makes of them: `model.json` (every table: its name, kind and why, its columns,
// its rows), `report.txt` (the text report) and `api.txt` (the exported
// declarations). The package of each must type-check under strict.
// Regenerate with `npx vitest run test/shapes.test.ts -u` and review the diff.
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate.js';
import { defaultLimits } from '../generator/limits.js';
import type { NamedDocument } from '../generator/model.js';
import { readSeeds } from '../generator/read.js';
import { textReport } from '../generator/report/text.js';
import { typecheckProject } from './compile.js';
import { root, tempDir } from './helpers.js';

const shapes = join(root, 'test/shapes');
const cases = readdirSync(shapes).sort();
const temp = tempDir('md-codegen-shapes-');
afterAll(temp.cleanup);

/** The model as plain data: what each table is, and every row with its cells. */
function modelOf(documents: readonly NamedDocument[]) {
  return documents.map((document) => ({
    path: document.path,
    module: document.module,
    title: document.title,
    intro: document.intro,
    frontMatter: document.frontMatter && { date: document.frontMatter.date, tags: document.frontMatter.tags },
    tables: document.tables.map((table) => ({
      name: table.exportName,
      dir: table.dir,
      line: table.span.start.line,
      heading: table.heading,
      kind: table.reading.kind,
      why: table.reading.kindReason,
      codes: `${table.codeType}, ${table.reading.codeReason}`,
      names: table.nameSource,
      columns: table.columns.map((column) => `${column.header.text}: ${column.role}${column.role === 'field' ? ` \`${table.fields.find((field) => field.column === column.index)!.key}\`` : ''}`),
      rows: table.rows.map((row, index) => ({
        code: row.code,
        name: table.names[index],
        phrase: row.phrase,
        description: row.description.text,
        ...(row.fields.length === 0 ? {} : { fields: Object.fromEntries(table.fields.map((field, at) => [field.key, row.fields[at]!.text])) }),
      })),
    })),
  }));
}

/** The exported declarations of the generated sources: each `export` line, the union lines after it, and interface members. */
function apiOf(files: readonly { path: string; text: string }[]): string {
  const lines: string[] = [];
  for (const file of files.filter((each) => each.path.endsWith('.ts') && !each.path.endsWith('index.ts'))) {
    lines.push(`// ${file.path}`);
    let inInterface = false;
    for (const line of file.text.split('\n')) {
      if (line.startsWith('export ')) {
        lines.push(line.replace(/ \{$/, line.startsWith('export interface') ? ' {' : ''));
        inInterface = line.startsWith('export interface');
      } else if (inInterface && /^ {2}readonly /.test(line)) lines.push(line);
      else if (inInterface && line === '}') {
        lines.push('}');
        inInterface = false;
      } else if (/^ {2}\| /.test(line) && lines.at(-1)!.startsWith('export type')) lines.push(line);
    }
  }
  return `${lines.join('\n')}\n`;
}

describe.each(cases)('the shape %s', (name) => {
  const dir = join(temp.dir, name);
  cpSync(join(shapes, name, 'seeds'), join(dir, 'seeds'), { recursive: true });

  it('reads every code table as its author meant: the model, the report and the API', async () => {
    const read = await readSeeds(dir, ['seeds'], { limits: defaultLimits });
    await expect(`${JSON.stringify(modelOf(read.documents), null, 2)}\n`).toMatchFileSnapshot(join(shapes, name, 'model.json'));
    const result = await generate({ cwd: dir });
    await expect(`${await textReport(result, { color: false, strict: false })}\n`).toMatchFileSnapshot(join(shapes, name, 'report.txt'));
    expect(result.ok).toBe(true);
    await expect(apiOf(result.files)).toMatchFileSnapshot(join(shapes, name, 'api.txt'));
  });

  it('generates a package that type-checks under strict', () => {
    expect(typecheckProject(join(dir, 'generated/tsconfig.json'))).toEqual([]);
  });
});
