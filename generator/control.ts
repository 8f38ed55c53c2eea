import type { Html, Root } from 'mdast';
import { messageControl } from 'unified-message-control';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { messageSource, report } from './diagnostics.js';
import { spanOf } from './extract/span.js';
import type { Span } from './model.js';
import { ruleOf } from './rules.js';

/**
 * `<!-- md-codegen-disable registry-phrase -->`: a keyword right after
 * `md-codegen-`, then rule ids. An md-codegen directive has a space after
 * `md-codegen` (`<!-- md-codegen name="OrderStatus" -->`), so neither is
 * taken for the other.
 */
const controlComment = /^<!--\s*md-codegen-([A-Za-z]*)([\s\S]*?)-->$/;
const keywords = new Set(['disable', 'enable', 'ignore']);

/** What unified-message-control takes a control comment for. */
interface Marker {
  readonly name: string;
  readonly attributes: string;
}

/**
 * Let the document's control comments silence messages over a range:
 * `md-codegen-disable` (to its end, or to `md-codegen-enable`) and
 * `md-codegen-ignore` (the next block), each of the rules named or, named
 * none, of every rule (unified-message-control, keyword `md-codegen`). Only
 * warnings and info of the rules that may be silenced go: an error always
 * stays, so a silenced document never emits what an error stops. A comment
 * that cannot be applied as written is a `control-comment` warning, and is not
 * applied.
 */
export function applyControlComments(tree: Root, file: VFile): void {
  // Every control comment holds `md-codegen-` as written: a document without it has none to look for (10,000 rows: 77 ms).
  if (typeof file.value === 'string' && !file.value.includes('md-codegen-')) return;
  const markers = new Map<Html, Marker | undefined>();
  const problems: { span: Span; reason: string }[] = [];
  visit(tree, 'html', (node) => {
    const match = controlComment.exec(node.value.trim());
    if (!match) return;
    const [, keyword, rest] = match;
    const problem = (reason: string) => problems.push({ span: spanOf(node), reason });
    if (!keywords.has(keyword!)) {
      problem(`Found \`md-codegen-${keyword}\`; expected \`md-codegen-disable\`, \`md-codegen-enable\` or \`md-codegen-ignore\`, then the rule ids (an md-codegen directive has a space after \`md-codegen\`: \`<!-- md-codegen name="OrderStatus" -->\`)`);
      return;
    }
    const ids = rest!.trim() === '' ? [] : rest!.trim().split(/\s+/);
    const applied = ids.filter((id) => {
      const rule = ruleOf(id);
      if (!rule) problem(`Found \`${id}\` in \`md-codegen-${keyword}\`, which is not a rule id of md-codegen; expected the id a message ends with, such as \`registry-phrase\``);
      else if (!rule.silenceable) problem(`Found \`${id}\` in \`md-codegen-${keyword}\`, which cannot be silenced: ${rule.severity.includes('error') ? 'an error stops emission; fix what it finds' : 'it is reported for the seeds as a whole, not for this document'}`);
      return rule?.silenceable === true;
    });
    // A comment whose every rule was refused does nothing, rather than applying to every rule.
    markers.set(node, ids.length > 0 && applied.length === 0 ? undefined : { name: messageSource, attributes: [keyword, ...applied].join(' ') });
  });
  if (markers.size > 0) {
    const before = file.messages;
    messageControl(tree, { file, name: messageSource, marker: (node) => markers.get(node as Html), test: 'html' });
    const kept = new Set(file.messages);
    file.messages = before.filter((message) => kept.has(message) || message.fatal === true || ruleOf(message.ruleId)?.silenceable !== true);
  }
  for (const { span, reason } of problems) report(file, 'warning', 'control-comment', reason, span);
}
