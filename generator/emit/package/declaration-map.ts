import { encode, type SourceMapLine } from '@jridgewell/sourcemap-codec';
import { posix } from 'node:path';
import type { Point } from '../../model.js';
import { jsonText } from '../escape.js';
import { generatedMark } from './manifest.js';

/** A name in a declaration file and the place in the document it comes from: `line` and `column` from 0, `at` as the model has it (from 1). */
export interface MappedName {
  readonly line: number;
  readonly column: number;
  readonly at: Point;
}

/**
 * The `mappings` of a declaration map: each name to its place in the
 * document (lines and columns from 0, as source maps count them), and the
 * column before each name to no place. TypeScript maps a position to the
 * first mapping at or after it, so that only a name itself leads into the
 * document: anything between two names (a property of a map entry's type,
 * say) stays in the declarations. `names` come in the order of the file.
 */
export function nameMappings(names: readonly MappedName[]): string {
  const lines: SourceMapLine[] = [];
  let last: MappedName | undefined;
  for (const name of names) {
    if (last !== undefined && (name.line < last.line || (name.line === last.line && name.column <= last.column))) {
      throw new Error(`declared names out of order: ${name.line}:${name.column} after ${last.line}:${last.column}`);
    }
    last = name;
    while (lines.length <= name.line) lines.push([]);
    const line = lines[name.line]!;
    if (name.column > 0) line.push([name.column - 1]);
    line.push([name.column, 0, name.at.line - 1, name.at.column - 1]);
  }
  return encode(lines);
}

/**
 * `<file>.d.ts.map` for the declarations at `path` (relative to the output
 * folder `outDir`, which is relative to the working directory as `document`
 * is): version 3, its one source the document by its path relative to the
 * map's folder, so that it holds in any clone and through a link to the
 * package. The generated mark is its first key, as in `package.json`
 * (source maps allow keys of their own).
 */
export function declarationMap(path: string, outDir: string, document: string, mappings: string): string {
  const source = posix.relative(posix.join(outDir, posix.dirname(path)), document);
  return `${jsonText({ '//': generatedMark, version: 3, file: posix.basename(path), sources: [source], names: [], mappings })}\n`;
}

/** The line that ends declarations at `path` with a map: it names the map beside them. */
export function mapComment(path: string): string {
  return `//# sourceMappingURL=${posix.basename(path)}.map\n`;
}
