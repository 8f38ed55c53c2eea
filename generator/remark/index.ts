// md-codegen/remark: the remark plugin. It reads and validates each document
// as `md-codegen generate` does and reports on its file; it emits nothing and
// writes nothing. `.remarkrc`: {"plugins": ["md-codegen/remark"]}.
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { lintDocument } from './lint.js';
import { type Options, parseOptions } from './options.js';
import { addSyntax } from './syntax.js';

export type { Options, RuleSetting } from './options.js';

/** Report md-codegen's findings on every Markdown file remark processes, with the options' severities. */
const remarkMdCodegen: Plugin<[(Options | null | undefined)?], Root> = function (options) {
  const settings = parseOptions(options);
  addSyntax(this);
  return (tree, file) => lintDocument(tree, file, settings);
};

export default remarkMdCodegen;
