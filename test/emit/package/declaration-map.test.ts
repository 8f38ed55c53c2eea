// generator/emit/package/declaration-map.ts, as compilePackage uses it: the
// declarations of every table's module come with a map into the document,
// each enum member (or const property) and each map key to its row, every
// declaration of the module to the table; the maps are generated files (the
// mark first), the same in dist/esm and dist/cjs, and name the document by its
// path from their folder. test/package/definition.test.ts asks tsserver.
import { decode } from '@jridgewell/sourcemap-codec';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultEmitOptions, type EmitOptions, emitPackage } from '../../../generator/emit/index.js';
import { nameMappings } from '../../../generator/emit/package/declaration-map.js';
import type { NamedDocument, Point } from '../../../generator/model.js';
import { isGenerated } from '../../../generator/write/scan.js';
import { readText, seedBytes } from '../../helpers.js';

const severalTables = `# Catalog

## Order States

| Code | Name | Description |
| ---- | ---- | ----------- |
| 1 | Placed | The order is placed. |
| 2 | Shipped | The order is on its way. |

## Refund Reasons

| Code | Description |
| ---- | ----------- |
| R1 | Damaged | 
| R2 | Late |
`;

/** A name as it starts a declaration, or a map key (a quoted key unquoted). */
function nameAt(line: string, column: number): string {
  const text = line.slice(column);
  const quoted = /^"(?:[^"\\]|\\.)*"/.exec(text);
  return quoted ? (JSON.parse(quoted[0]) as string) : /^[^\s:(=;<{,]+/.exec(text)![0];
}

/** What every name of a table's declarations should map to: its members and keys to their rows' lines, its declarations to the table's line. */
function expectedLines(document: NamedDocument): Map<string, Map<string, number>> {
  const byModule = new Map<string, Map<string, number>>();
  for (const table of document.tables) {
    const lines = new Map<string, number>();
    table.rows.forEach((row, index) => {
      lines.set(table.names[index]!, row.span.start.line);
      lines.set(String(row.code), row.span.start.line);
    });
    byModule.set(table.dir, lines);
  }
  return byModule;
}

const cases: [string, { document: NamedDocument; options: Partial<EmitOptions> }][] = [
  ['the seed (enum)', { document: readText(seedBytes, 'http-status').seed!, options: {} }],
  ['the seed (const)', { document: readText(seedBytes, 'http-status').seed!, options: { style: 'const' } }],
  ['a document of several tables, out in another folder', { document: readText(severalTables, 'shop/catalog').seed!, options: { outDir: 'packages/codes' } }],
];

describe.each(cases)('declaration maps of %s', (_, { document, options }) => {
  const emitOptions = { ...defaultEmitOptions, ...options };
  const files = new Map(emitPackage([document], emitOptions).map((file) => [file.path, file.text]));
  const maps = [...files.keys()].filter((path) => path.endsWith('.d.ts.map'));
  const expected = expectedLines(document);

  it('come with the declarations of every table module file, in both builds, the same', () => {
    const declarations = [...files.keys()].filter((path) => path.endsWith('.d.ts') && !path.endsWith('/index.d.ts'));
    expect(maps.sort()).toEqual(declarations.map((path) => `${path}.map`).sort());
    expect(maps.length).toBe(document.tables.length * (document.tables[0]!.reading.kind === 'http' ? 10 : 8));
    for (const map of maps.filter((path) => path.startsWith('dist/esm/'))) expect(files.get(map.replace('dist/esm/', 'dist/cjs/'))).toBe(files.get(map));
  });

  it.each(maps.filter((path) => path.startsWith('dist/esm/')))('%s: a generated file, version 3, naming the document from its folder, linked from the declarations', (path) => {
    const text = files.get(path)!;
    expect(isGenerated(text)).toBe(true);
    const map = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(map)).toEqual(['//', 'version', 'file', 'sources', 'names', 'mappings']);
    expect(map).toMatchObject({ version: 3, file: posix.basename(path, '.map'), names: [] });
    const [source] = map['sources'] as string[];
    expect(posix.join(emitOptions.outDir, posix.dirname(path), source!)).toBe(document.path);
    expect(source).not.toMatch(/^\//);
    expect(files.get(path.slice(0, -'.map'.length))!.endsWith(`\n//# sourceMappingURL=${posix.basename(path)}\n`)).toBe(true);
  });

  it.each(maps.filter((path) => path.startsWith('dist/esm/')))('%s: maps each member and key to its row, each declaration to the table', (path) => {
    const module = path.slice('dist/esm/'.length, path.lastIndexOf('/'));
    const table = document.tables.find((each) => each.dir === module)!;
    const rows = expected.get(module)!;
    const lines = files.get(path.slice(0, -'.map'.length))!.split('\n');
    const declared = new Map<string, number>();
    const segments = decode((JSON.parse(files.get(path)!) as { mappings: string }).mappings);
    segments.forEach((segmentsOfLine, line) => {
      for (const [at, segment] of segmentsOfLine.entries()) {
        if (segment.length === 1) {
          // The column right before a name, mapped to nothing.
          expect(segmentsOfLine[at + 1]?.[0]).toBe(segment[0] + 1);
          continue;
        }
        const [column, sourceIndex, sourceLine, sourceColumn] = segment;
        const name = nameAt(lines[line]!, column);
        expect(sourceIndex).toBe(0);
        expect(sourceColumn).toBe(0);
        const isDeclaration = /^export (?:declare )?\w+ $/.test(lines[line]!.slice(0, column));
        expect({ name, line: sourceLine! + 1 }).toEqual({ name, line: isDeclaration ? table.span.start.line : rows.get(name) });
        declared.set(name, sourceLine! + 1);
      }
    });
    const file = posix.basename(path, '.d.ts.map');
    if (file === 'enum') for (const name of table.names) expect(declared.has(name), name).toBe(true);
    if (file === 'map') for (const row of table.rows) expect(declared.get(String(row.code)), String(row.code)).toBe(row.span.start.line);
    expect(declared.size).toBeGreaterThan(0);
  });
});

describe('nameMappings', () => {
  const encoded = (names: readonly { line: number; column: number; at: Point }[], shift = 0) => {
    const mappings = nameMappings();
    for (const { line, column, at } of names) mappings.add(line, column, at);
    return mappings.encode(shift);
  };

  it.each([
    ['one name', [{ line: 2, column: 4, at: { line: 11, column: 1 } }], 0, ';;G,CAUA'],
    ['two names on their lines', [{ line: 0, column: 20, at: { line: 7, column: 1 } }, { line: 1, column: 4, at: { line: 9, column: 1 } }], 0, 'mB,CAMA;G,CAEA'],
    ['two names on one line', [{ line: 0, column: 4, at: { line: 1, column: 1 } }, { line: 0, column: 10, at: { line: 2, column: 1 } }], 0, 'G,CAAA,K,CACA'],
    ['a name at column 0: nothing before it', [{ line: 0, column: 0, at: { line: 1, column: 3 } }], 0, 'AAAE'],
    ['one name, three lines down', [{ line: 2, column: 4, at: { line: 11, column: 1 } }], 3, ';;;;;G,CAUA'],
    ['no name', [], 0, ''],
  ])('%s', (_, names, shift, want) => {
    expect(encoded(names, shift)).toBe(want);
  });

  it('throws (a bug) for names out of order', () => {
    expect(() => encoded([{ line: 3, column: 4, at: { line: 1, column: 1 } }, { line: 2, column: 4, at: { line: 1, column: 1 } }])).toThrow(/out of order/);
    expect(() => encoded([{ line: 3, column: 4, at: { line: 1, column: 1 } }, { line: 3, column: 4, at: { line: 1, column: 1 } }])).toThrow(/out of order/);
  });
});
