import type { Node } from 'unist';
import type { Point, Span } from '../model.js';

/** The span of an mdast node; parsed nodes always have one. */
export function spanOf(node: Node): Span {
  const position = node.position;
  if (!position) throw new Error(`md-codegen bug: a parsed \`${node.type}\` node has no position`);
  return {
    start: { line: position.start.line, column: position.start.column },
    end: { line: position.end.line, column: position.end.column },
  };
}

/** The point `count` characters after `point` on the same line. */
export function advance(point: Point, count: number): Point {
  return { line: point.line, column: point.column + count };
}
