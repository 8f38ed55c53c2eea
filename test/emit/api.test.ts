// generator/emit/api.ts: every export is documented once, with an example, and
// no seed text reaches a summary or an example.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { tableApi } from '../../generator/emit/api.js';
import { defaultEmitOptions, emitPackage } from '../../generator/emit/index.js';
import { readText, seedBytes, seedWith } from '../helpers.js';

const hostile = '*/ @internal {@link x} "quote" <!-- x';
const cases = [
  ['the project seed', { given: seedBytes, slug: 'http-status' }],
  ['a generic table', { given: seedWith(['100001 Order Locked|locked', '100002 Order Gone|gone']), slug: 'order-error' }],
  ['an HTTP table with hostile cells', { given: seedWith([`404 Not Found ${hostile}|${hostile}`, `201 Created|${hostile}`]), slug: 'hostile' }],
] as const;

/** Every exported declaration of a source file (each overload on its own), with its name and JSDoc tags. */
function exported(text: string): { name: string; tags: string[]; docs: number }[] {
  const file = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, true);
  return file.statements
    .filter((statement) => ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword))
    .filter((statement) => !(ts.isFunctionDeclaration(statement) && statement.body !== undefined && hasOverloads(file, statement)))
    .map((statement) => {
      const name = ts.isVariableStatement(statement) ? statement.declarationList.declarations[0]!.name.getText() : ((statement as ts.DeclarationStatement).name?.getText() ?? '');
      return { name, tags: ts.getJSDocTags(statement).map((tag) => tag.tagName.text), docs: ts.getJSDocCommentsAndTags(statement).length };
    });
}

function hasOverloads(file: ts.SourceFile, implementation: ts.FunctionDeclaration): boolean {
  return file.statements.some((other) => other !== implementation && ts.isFunctionDeclaration(other) && other.body === undefined && other.name?.text === implementation.name?.text);
}

describe.each(cases)('%s', (_, { given, slug }) => {
  const { seed, table } = readText(given, slug);
  const files = emitPackage([seed!], defaultEmitOptions).filter((file) => file.path.startsWith(`src/${slug}/`) && !file.path.endsWith('/index.ts'));
  const declarations = files.flatMap((file) => exported(file.text));
  const api = tableApi(table!);

  it('documents every export with a summary and an @example', () => {
    expect(declarations.length).toBeGreaterThan(0);
    for (const declaration of declarations) expect({ name: declaration.name, example: declaration.tags.includes('example'), docs: declaration.docs }).toEqual({ name: declaration.name, example: true, docs: 1 });
  });

  it('has an API entry for exactly the exports of its modules', () => {
    expect([...new Set(declarations.map((declaration) => declaration.name))].sort()).toEqual(api.map((entry) => entry.name).sort());
    expect(api.some((entry) => entry.module === 'classes')).toBe(table!.reading.kind === 'http');
  });

  it('writes summaries and examples from names and codes only', () => {
    for (const entry of api) {
      expect(entry.summary).not.toMatch(/[@{}<>]|\*\//);
      expect(entry.code.join('\n')).not.toMatch(/[{}<>`\\]|\*\//);
      for (const text of [hostile, ...table!.rows.map((row) => row.phrase)]) {
        if (!/^[A-Za-z]+$/.test(text)) expect(`${entry.summary}\n${entry.code.join('\n')}`).not.toContain(text);
      }
    }
  });
});
