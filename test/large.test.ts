// The largest table the limits allow: 100,000 rows (the row limit) in a
// document under the file-size limit gives a package that type-checks under
// strict with zero diagnostics. Its lookups index the map through a view
// typed by an index signature (indexing the map with the union of every code
// was TS2590 past about a thousand rows), and no literal is checked against
// the union of all codes, which takes time quadratic in the rows.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultEmitOptions, emitPackage } from '../generator/emit/index.js';
import { defaultLimits } from '../generator/limits.js';
import { typecheckProject } from './compile.js';
import { readText, tempDir, writeFiles } from './helpers.js';

const rows = defaultLimits.rows;

describe(`a table of ${rows} rows, the row limit`, () => {
  it('reads, generates and type-checks under strict with zero diagnostics', { timeout: 600_000 }, () => {
    const lines = Array.from({ length: rows }, (_, index) => `|${100000 + index}|E${index}|d ${index}|`);
    const text = `# Large\n\n|Code|Message|Description|\n|-|-|-|\n${lines.join('\n')}\n`;
    expect(Buffer.byteLength(text)).toBeLessThan(defaultLimits.fileSize);
    const { file, seed, table } = readText(text, 'large');
    expect(file.messages.filter((message) => message.fatal === true).map(String)).toEqual([]);
    expect(table!.rows.length).toBe(rows);
    const files = emitPackage([seed!], defaultEmitOptions);
    const temp = tempDir();
    try {
      writeFiles(temp.dir, Object.fromEntries(files.map((each) => [each.path, each.text])));
      expect(typecheckProject(join(temp.dir, 'tsconfig.json'))).toEqual([]);
    } finally {
      temp.cleanup();
    }
  });
});
