import type { Html } from 'mdast';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { Span, TableKind } from '../model.js';
import { spanOf } from './span.js';

/**
 * What an `<!-- md-codegen ... -->` comment says: before a table, its export
 * name, its kind or that it is not a code table; anywhere, the module path of
 * a document whose file name has no ASCII words.
 */
export interface Directive {
  readonly name?: string;
  readonly kind?: TableKind;
  readonly skip?: true;
  readonly module?: string;
  readonly span: Span;
}

const comment = /^<!--\s*md-codegen(?=\s|-->)([\s\S]*?)-->$/;
const attribute = /\s*([A-Za-z]+)(?:="([^"]*)")?/y;

/** `<!-- md-codegen accept ... -->` is read by `breaking` (generator/breaking/accept.ts), never here. */
const accept = /^<!--\s*md-codegen\s+accept(?=\s|-->)/;

/** Whether an HTML node is an md-codegen directive (`md-codegen-disable` and the like are not, nor an `accept` comment). */
export function isDirective(node: Html): boolean {
  const value = node.value.trim();
  return comment.test(value) && !accept.test(value);
}

/**
 * Read a directive's attributes: `name="OrderStatus"` (a PascalCase name),
 * `kind="http"` or `kind="generic"`, `skip`, `module="v2/orders"`. Anything
 * else is a `directive` error at the comment; returns `undefined` then.
 */
export function parseDirective(node: Html, file: VFile): Directive | undefined {
  const span = spanOf(node);
  const body = comment.exec(node.value.trim())![1]!.trim();
  const directive: { -readonly [K in keyof Directive]: Directive[K] } = { span };
  const fail = (found: string, expected: string) => {
    report(file, 'error', 'directive', `Found ${found} in an md-codegen comment; expected ${expected}`, span);
    return undefined;
  };
  attribute.lastIndex = 0;
  while (attribute.lastIndex < body.length) {
    const at = attribute.lastIndex;
    const match = attribute.exec(body);
    if (!match || match[0].trim() === '') return fail(`\`${body.slice(at).trim()}\``, 'attributes such as `name="OrderStatus"`, `kind="generic"`, `skip` or `module="orders"`');
    const [, key, value] = match;
    if (key === 'skip' && value === undefined) directive.skip = true;
    else if (value === undefined) return fail(`\`${key}\` without a value`, `\`${key}="..."\``);
    else if (key === 'name') {
      if (!/^[A-Z][A-Za-z0-9]*$/.test(value)) return fail(`the name \`${value}\``, 'a PascalCase name of ASCII letters and digits, such as `OrderStatus`');
      directive.name = value;
    } else if (key === 'kind') {
      if (value !== 'http' && value !== 'generic') return fail(`the kind \`${value}\``, '`kind="http"` or `kind="generic"`');
      directive.kind = value;
    } else if (key === 'module') {
      if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\/[a-z][a-z0-9]*(?:-[a-z0-9]+)*)*$/.test(value)) return fail(`the module \`${value}\``, 'lower-case words joined by `-`, folders by `/`, such as `orders` or `v2/orders`');
      directive.module = value;
    } else return fail(`the attribute \`${key}\``, '`name`, `kind`, `skip` or `module`');
  }
  return directive;
}
