import { encode, type SourceMapLine } from '@jridgewell/sourcemap-codec';
import { posix } from 'node:path';
import type { Point } from '../../model.js';
import { jsonText } from '../escape.js';
import { generatedMark } from './manifest.js';

/** The mappings of a declaration map, built name by name in the order of the declarations. */
export interface NameMappings {
  /** The name at `line` and `column` (from 0) of the declarations comes from `at` in the document (from 1, as the model counts). */
  readonly add: (line: number, column: number, at: Point) => void;
  /** The `mappings` text, every line moved down by `shift` (the lines put before the declarations). */
  readonly encode: (shift: number) => string;
}

/** Every line without a mapping: the codec only reads it. */
const noSegments: SourceMapLine = [];

/**
 * The `mappings` of a declaration map: each name to its place in the
 * document (lines and columns from 0, as source maps count them), and the
 * column before each name to no place. TypeScript maps a position to the
 * first mapping at or after it, so that only a name itself leads into the
 * document: anything between two names (a property of a map entry's type,
 * say) stays in the declarations. Names come in the order of the file.
 */
export function nameMappings(): NameMappings {
  const lines: SourceMapLine[] = [];
  let [lastLine, lastColumn] = [-1, -1];
  return {
    add: (line, column, at) => {
      if (line < lastLine || (line === lastLine && column <= lastColumn)) throw new Error(`declared names out of order: ${line}:${column} after ${lastLine}:${lastColumn}`);
      [lastLine, lastColumn] = [line, column];
      while (lines.length < line) lines.push(noSegments);
      if (lines.length === line) lines.push([]);
      const segments = lines[line]!;
      if (column > 0) segments.push([column - 1]);
      segments.push([column, 0, at.line - 1, at.column - 1]);
    },
    encode: (shift) => encode(shift === 0 ? lines : new Array<SourceMapLine>(shift).fill(noSegments).concat(lines)),
  };
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
