import type { JSDocStructure, JSDocTagStructure, OptionalKind } from 'ts-morph';

/**
 * A doc comment as text, exactly as ts-morph's `printStructure` prints
 * `structure` (a test holds the two equal), each line after `indent`, in time
 * linear in its length. ts-morph builds several `CodeBlockWriter`s per comment
 * and scans every character of it three times; with one comment per row that
 * was most of the time spent on a large table. Only string descriptions and
 * tag texts are supported, as `docStructure` makes them.
 */
export function printDocComment(structure: OptionalKind<JSDocStructure>, indent = ''): string {
  let text = textOf(structure.description);
  const tags = structure.tags ?? [];
  if (tags.length > 0) {
    if (text.length > 0) text += '\n';
    text += tags.map(tagText).join('\n');
  }
  const lines = text.split('\n');
  if (lines.length === 1) {
    const opened = `/** ${lines[0]}`;
    return `${indent}${opened}${opened.endsWith(' ') ? '' : ' '}*/`;
  }
  let printed = `${indent}/**\n`;
  for (let index = lines[0] === '' ? 1 : 0; index < lines.length; index++) {
    const line = lines[index]!;
    printed += line === '' ? `${indent} *\n` : `${indent} * ${line}\n`;
  }
  return `${printed}${indent} */`;
}

/** `@tag text`: a space between them unless the text starts on a new line. */
function tagText(tag: OptionalKind<JSDocTagStructure>): string {
  const text = textOf(tag.text);
  return `@${tag.tagName}${text.length > 0 && !text.startsWith('\n') ? ' ' : ''}${text}`;
}

function textOf(text: JSDocStructure['description']): string {
  if (text === undefined) return '';
  if (typeof text !== 'string') throw new Error('md-codegen bug: printDocComment takes string doc text only');
  return text.includes('\r') ? text.replace(/\r\n/g, '\n') : text;
}
