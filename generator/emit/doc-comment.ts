import type { JSDocStructure, JSDocTagStructure, OptionalKind } from 'ts-morph';

/**
 * A doc comment as text, exactly as ts-morph's `printStructure` prints
 * `structure` at indentation 0 (a test holds the two equal), in time linear in
 * its length. ts-morph builds several `CodeBlockWriter`s per comment and scans
 * every character of it three times; with one comment per row that is most of
 * the time spent on a large table. Only string descriptions and tag texts are
 * supported, as `docStructure` makes them.
 */
export function printDocComment(structure: OptionalKind<JSDocStructure>): string {
  let text = textOf(structure.description);
  const tags = structure.tags ?? [];
  if (tags.length > 0) {
    if (text.length > 0) text += '\n';
    text += tags.map(tagText).join('\n');
  }
  const lines = text.split('\n');
  if (lines.length === 1) {
    const opened = `/** ${lines[0]}`;
    return `${opened}${opened.endsWith(' ') ? '' : ' '}*/`;
  }
  const start = lines[0] === '' ? 1 : 0;
  let printed = '/**\n';
  for (let index = start; index < lines.length; index++) {
    const line = lines[index]!;
    printed += line === '' ? ' *\n' : ` * ${line}\n`;
  }
  return `${printed} */`;
}

/** `@tag text`: a space between them unless the text starts on a new line. */
function tagText(tag: OptionalKind<JSDocTagStructure>): string {
  const text = textOf(tag.text);
  return `@${tag.tagName}${text.length > 0 && !text.startsWith('\n') ? ' ' : ''}${text}`;
}

function textOf(text: JSDocStructure['description']): string {
  if (text === undefined) return '';
  if (typeof text !== 'string') throw new Error('md-codegen bug: printDocComment takes string doc text only');
  return text.replace(/\r?\n/g, '\n');
}

/** `text` with every non-empty line indented by `indent`, as a code writer indents a block. */
export function indentLines(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : indent + line))
    .join('\n');
}
