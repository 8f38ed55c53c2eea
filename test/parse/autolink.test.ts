// The autolink-literal transform is skipped only on trees it would leave as
// they are: every document parses to the tree remark-gfm alone gives.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { mayHoldLiteral } from '../../generator/parse/autolink.js';
import { autolinkTransformsWrapped, parseMarkdown } from '../../generator/parse/index.js';
import { root } from '../helpers.js';

/** remark-gfm as it comes, with front matter as parseMarkdown reads it. */
const reference = (text: string) => (/^---[ \t]*\n(?:[^\n]*\n)*?---[ \t]*(?:\n|$)/.test(text) ? unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm) : unified().use(remarkParse).use(remarkGfm)).parse(text);

/** Every Markdown document of the repository's seeds and fixtures. */
function documents(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) found.push(path);
    }
  };
  for (const dir of ['seeds', 'test/fixtures', 'test/shapes']) walk(join(root, dir));
  return found;
}

describe('parseMarkdown and autolink literals', () => {
  it('wraps the one autolink-literal transform of each of its processors', () => {
    expect(autolinkTransformsWrapped).toEqual([1, 1]);
  });

  it('parses every seed and fixture to the tree remark-gfm alone gives', () => {
    const paths = documents();
    expect(paths.length).toBeGreaterThan(40);
    for (const path of paths) {
      const text = readFileSync(path, 'utf8');
      expect(parseMarkdown(text), path).toEqual(reference(text));
    }
  });

  it('still makes links of the literals that are there', () => {
    const tree = parseMarkdown('| Code | Description |\n| --- | --- |\n| 1 | see www.example.com or ops@example.com |\n');
    const links: string[] = [];
    const walk = (node: { type: string; url?: string; children?: unknown[] }) => {
      if (node.type === 'link') links.push(node.url!);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(tree);
    expect(links).toEqual(['http://www.example.com', 'mailto:ops@example.com']);
  });

  it('parses random text of links, literals, escapes and references to the tree remark-gfm alone gives', () => {
    const pieces = ['www.', 'WwW.', 'http://', 'HTTPS://', 'https:/', '@', 'a@b', 'mailto:', 'xmpp:', 'x.co', '.', '-', '_', 'a', '中文', ' ', '\n', '\n\n', '| ', ' |', '\n| --- | --- |\n', '[t](', ')', '<', '>', '`', '*', '~', '\\@', '&#64;', '&commat;', '&#x77;', 'w', '---\n', 'title: x\n', '# '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(parseMarkdown(text)).toEqual(reference(text));
      }),
      { numRuns: Number(process.env.MD_CODEGEN_PROPERTY_RUNS ?? 300) },
    );
  });
});

describe('mayHoldLiteral', () => {
  it('is true for a text node holding `@`, `http://`, `https://` or `www.` in any case, and false without', () => {
    const tree = (value: string) => ({ type: 'root' as const, children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] }] });
    expect(['a@b', 'HTTP://x', 'see https://', 'WWW.x'].map((value) => mayHoldLiteral(tree(value)))).toEqual([true, true, true, true]);
    expect(['www', 'http:/x', 'wwwx', 'mailto:', '中文'].map((value) => mayHoldLiteral(tree(value)))).toEqual([false, false, false, false, false]);
  });

  it('walks a node of 300,000 children without overflowing the call stack', () => {
    const children = Array.from({ length: 300_000 }, () => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'a' }] }));
    expect(mayHoldLiteral({ type: 'root', children })).toBe(false);
    children.push({ type: 'paragraph', children: [{ type: 'text', value: 'a@b.co' }] });
    expect(mayHoldLiteral({ type: 'root', children })).toBe(true);
  });
});
