import type { Html } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { closest } from '../config/suggest.js';
import { report } from '../diagnostics.js';
import { spanOf } from '../extract/span.js';
import type { Span } from '../model.js';
import { parseMarkdown } from '../parse/index.js';
import type { BreakingRule } from './types.js';

/** `<!-- md-codegen accept member-renamed 413 -->`: a change the document's author accepts deliberately. */
export interface Accept {
  readonly ruleId: string;
  /** What it accepts: codes, member names, export names or field keys, as the rule's changes name them. */
  readonly subjects: readonly string[];
  readonly span: Span;
}

const comment = /^<!--\s*md-codegen\s+accept(?=\s|-->)([\s\S]*?)-->$/;

/**
 * Every accept comment of a document, anywhere in it (reading documents
 * passes them over; only `breaking` reads them): a rule id, then one or more
 * subjects, separated by white space. A comment without a known rule id or
 * a subject is a `directive` error on `file`.
 */
export function findAccepts(text: string, file: VFile, rules: readonly BreakingRule[]): Accept[] {
  if (!text.includes('accept')) return [];
  const accepts: Accept[] = [];
  const ids = rules.map((rule) => rule.ruleId);
  visit(parseMarkdown(text), 'html', (node: Html) => {
    const match = comment.exec(node.value.trim());
    if (!match) return;
    const span = spanOf(node);
    const [ruleId, ...subjects] = match[1]!.trim().split(/\s+/).filter((word) => word !== '');
    const rule = rules.find((each) => each.ruleId === ruleId);
    const example = '`<!-- md-codegen accept member-renamed 413 -->`';
    if (ruleId === undefined) {
      report(file, 'error', 'directive', `Found an accept comment without a rule id; expected the rule id and what it accepts, such as ${example}`, span);
    } else if (!rule) {
      const near = closest(ruleId, ids);
      report(file, 'error', 'directive', `Found the rule id \`${ruleId}\` in an accept comment; expected ${near ? `\`${near}\`` : 'a breaking-change rule id'} (one of ${ids.map((id) => `\`${id}\``).join(', ')})`, span);
    } else if (subjects.length === 0) {
      report(file, 'error', 'directive', `Found an accept comment for \`${ruleId}\` that names nothing; expected ${rule.subject} after the rule id, such as ${example}`, span);
    } else accepts.push({ ruleId, subjects, span });
  });
  return accepts;
}
