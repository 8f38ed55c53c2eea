// Every cell of a code table survives, whatever its layout: random tables of
// 2 to 6 columns, the code column anywhere, integer or token codes, random
// headers (hostile text and text without ASCII letters among them) and cells
// of arbitrary Unicode and inline markup. The generator either reports a
// located error, or emits a package whose map gives back, for every row, the
// plain text of every cell under the key of its column (code, phrase,
// description or field), whose enum holds every code, and which type-checks
// under strict. MD_CODEGEN_PROPERTY_RUNS=2000 runs more cases than the default.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultEmitOptions, emitPackage, type GeneratedFile } from '../../generator/emit/index.js';
import type { NamedTable } from '../../generator/model.js';
import { exportNames } from '../../generator/names/exports.js';
import { readText } from '../helpers.js';
import { compile, evaluate } from './program.js';
import { propertyRuns, propertyTimeout } from './runs.js';
import { anyText, cell, inlineText, type Written } from './tables.js';

/** A header: a word that says nothing of codes, names or descriptions, text without ASCII letters, or hostile text. */
const header: fc.Arbitrary<Written> = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Z][a-z]{2,8}$/).filter((word) => !/^(?:Code|Codes|Status|Error|Errors|Id|Value|Name|Names|Message|Msg|Phrase|Reason|Title|Label|Text|Short|Description|Desc|Meaning|Type|Length|Size|Count|Default|Index|Row|State|Enum|Op|Errno|Err|Const|Symbol|Descr|Explanation|Identifier|Constant|Min|Max|Limit|Limits|Version|Port|Format|Example|Sample|Param|Params|Field|Fields|Property|Option|Options|Flag|Method|Path|Url|Uri|Endpoint|Header|Headers|Timeout|Since|Retry|Retries|Seconds|Bytes|Price|Amount|Required|Optional|Argument|Arguments|Arg|Args|Parameter|Parameters|Properties|Examples|Types|Deprecated|Maximum|Minimum|Ms)$/i.test(word)) },
  { weight: 1, arbitrary: fc.constantFrom('备注', '用途', '#', '分类 📦', '—') },
  { weight: 1, arbitrary: anyText(3).map((text) => text.replace(/\n/g, ' ').trim()).filter((text) => text !== '' && !/[A-Za-z]/.test(text)) },
  { weight: 1, arbitrary: fc.constantFrom('*/ @internal', '{@link x}', '"quote"', '<!-- x -->', '`tick`', 'a|b') },
).map((text) => (typeof text === 'string' ? { markdown: inlineText(text), text } : text));

/** Unique codes: integers (negative ones and up to 15 digits among them) or upper-case tokens. */
const codes = (count: number): fc.Arbitrary<{ type: 'integer' | 'token'; values: readonly (number | string)[] }> =>
  fc.oneof(
    fc.uniqueArray(fc.oneof(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: 100000000000000, max: 999999999999999 })), { minLength: count, maxLength: count }).map((values) => ({ type: 'integer' as const, values })),
    fc.uniqueArray(fc.stringMatching(/^[A-Z][A-Z0-9]{0,5}(?:_[A-Z0-9]{1,5}){0,2}$/), { minLength: count, maxLength: count }).filter((values) => values.every((value) => value.length >= 2)).map((values) => ({ type: 'token' as const, values })),
  );

/** A short English name that names its row, distinct per row. */
const names = (count: number) => fc.uniqueArray(fc.stringMatching(/^[A-Z][a-z]{1,6}(?: [A-Z][a-z]{1,6}){0,2}$/), { minLength: count, maxLength: count, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() });

interface Layout {
  readonly markdown: string;
  /** The rows as given: each cell's plain text by column. */
  readonly rows: readonly (readonly string[])[];
  readonly codes: readonly (number | string)[];
  /** The columns of the code, the name and the description. */
  readonly code: number;
}

/**
 * A random code table: the code column (`Code`) at a random place, a name
 * column (`Name`) and a description column (`Description`), each there or
 * not, and the rest fields under random headers, 1 to 5 rows.
 */
const layout: fc.Arbitrary<Layout> = fc
  .record({ rows: fc.integer({ min: 1, max: 5 }), width: fc.integer({ min: 2, max: 6 }), withName: fc.boolean(), withDescription: fc.boolean() })
  .chain(({ rows, width, withName, withDescription }) => {
    const roles = ['code', ...(withName ? ['name'] : []), ...(withDescription && width > (withName ? 2 : 1) ? ['description'] : [])];
    while (roles.length < width) roles.push('field');
    return fc.tuple(fc.shuffledSubarray(roles, { minLength: width, maxLength: width }), codes(rows), names(rows), fc.array(fc.array(cell, { minLength: rows, maxLength: rows }), { minLength: width, maxLength: width }), fc.array(header, { minLength: width, maxLength: width }));
  })
  .map(([roles, code, rowNames, columns, headers]) => {
    const rowCount = code.values.length;
    const header = roles.map((role, column) => (role === 'code' ? { markdown: 'Code', text: 'Code' } : role === 'name' ? { markdown: 'Name', text: 'Name' } : role === 'description' ? { markdown: 'Description', text: 'Description' } : headers[column]!));
    const cells = Array.from({ length: rowCount }, (_, row) =>
      roles.map((role, column): Written => {
        if (role === 'code') return { markdown: String(code.values[row]), text: String(code.values[row]) };
        if (role === 'name') return { markdown: rowNames[row]!, text: rowNames[row]! };
        return columns[column]![row]!;
      }),
    );
    const line = (row: readonly Written[]) => `| ${row.map((each) => each.markdown).join(' | ')} |`;
    const markdown = ['# Random codes', '', line(header), `| ${roles.map(() => '---').join(' | ')} |`, ...cells.map(line), ''].join('\n');
    return { markdown, rows: cells.map((row) => row.map((each) => each.text)), codes: code.values, code: roles.indexOf('code') };
  });

/** Check one random table; returns its package, if it generated one. */
function check(given: Layout): { table: NamedTable; files: readonly GeneratedFile[] } | undefined {
  const { file, seed, table } = readText(given.markdown, 'codes');
  const errors = file.messages.filter((message) => message.fatal === true);
  if (errors.length > 0 || !seed || !table) {
    expect(errors.length, `no package and no error:\n${given.markdown}\n${file.messages.map(String).join('\n')}`).toBeGreaterThan(0);
    for (const error of errors) expect([error.ruleId, error.line, error.column]).toEqual([error.ruleId, expect.any(Number), expect.any(Number)]);
    return undefined;
  }
  const context = `table:\n${given.markdown}\n${file.messages.map(String).join('\n')}`;
  expect(file.messages.filter((message) => message.ruleId === 'row-code'), context).toEqual([]);
  expect(table.codeColumn, context).toBe(given.code);
  const files = emitPackage([seed], defaultEmitOptions);
  const names = exportNames(table.exportName);
  const modules = evaluate(files);
  const map = modules.get(`${table.dir}/map`)![names.map] as Record<string, Record<string, unknown>>;
  const enumObject = modules.get(`${table.dir}/enum`)![names.enum] as Record<string, unknown>;
  expect(table.rows.map((row) => row.code), context).toEqual(given.codes);
  given.rows.forEach((cells, index) => {
    const code = given.codes[index]!;
    const entry = map[String(code)]!;
    expect(entry, context).toBeDefined();
    expect(enumObject[table.names[index]!], context).toBe(code);
    // Every cell, under the key of its column.
    table.columns.forEach((column) => {
      const text = cells[column.index]!;
      if (column.role === 'code') expect(String(entry.code), context).toBe(text);
      else if (column.role === 'name') expect(entry.phrase, context).toBe(text);
      else if (column.role === 'description') expect(entry.description, context).toBe(text);
      else expect(entry[table.fields.find((field) => field.column === column.index)!.key], context).toBe(text);
    });
    // And nothing else: the member name, and one key a column (Slate's split column gives two).
    expect(Object.keys(entry).length, context).toBe(1 + table.columns.length + (table.nameSource === 'split' ? 1 : 0));
  });
  return { table, files };
}

const runs = propertyRuns(150);

describe('random code tables of 2 to 6 columns', () => {
  it('give located errors, or a package that gives every cell back under its column and type-checks', { timeout: propertyTimeout(runs, 1000) }, () => {
    const packages: { table: NamedTable; files: readonly GeneratedFile[] }[] = [];
    let refused = 0;
    fc.assert(
      fc.property(layout, (given) => {
        const generated = check(given);
        if (generated) packages.push(generated);
        else refused++;
      }),
      { numRuns: runs },
    );
    expect(packages.length).toBeGreaterThan(refused);
    for (let index = 0; index < packages.length; index += 50) {
      const compiled = compile(packages.slice(index, index + 50).map((entry) => entry.files));
      for (const [at, result] of compiled.entries()) expect(result.diagnostics, packages[index + at]!.table.exportName).toEqual([]);
    }
  });
});
