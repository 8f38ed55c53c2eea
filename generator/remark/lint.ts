import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { hasErrors, messageSource, report } from '../diagnostics.js';
import { checkCharacters } from '../extract/index.js';
import { checkFileSize, defaultLimits } from '../limits.js';
import { checkNesting, decodeSeed, normalizeText } from '../parse/index.js';
import { checkContainers } from '../parse/containers.js';
import { checkLengths } from '../parse/lengths.js';
import { readTree } from '../seeds.js';
import type { Settings } from './options.js';

/**
 * What `md-codegen generate` finds in one document, on the tree remark parsed
 * and the text remark was given (`file.value`): the checks of the raw text
 * (size, UTF-8 when remark read bytes, characters, the lengths and markup
 * of lines and paragraphs, container nesting: `generate` refuses what they
 * find before parsing, remark has parsed it already), the
 * tree's nesting, then reading, naming, validation and the document's control
 * comments, as `processDocument` runs them. Nothing is emitted or written, and
 * the tree is not changed. A document without a code table gets the info
 * `no-code-table`: whether another document has one (or `table-missing`
 * applies) is for `generate` to say. Then the options' severities apply.
 */
export function lintDocument(tree: Root, file: VFile, settings: Settings): void {
  const first = file.messages.length;
  for (const problem of settings.problems) report(file, 'error', 'remark-options', `md-codegen/remark: ${problem}; this setting is ignored`, { line: 1, column: 1 });
  const text = rawText(file);
  if (text !== undefined) checkCharacters(text, file);
  if (text !== undefined && checkLengths(text, file, defaultLimits) && checkContainers(text, file) && checkNesting(tree, file)) {
    const read = readTree(tree, file, file.basename ?? 'document.md', defaultLimits);
    if (read.codeTables === 0 && !hasErrors(file)) {
      report(file, 'info', 'no-code-table', 'Found no code table in this document; it generates nothing (when no document of the seeds has one, md-codegen generate reports `table-missing`)', { line: 1, column: 1 });
    }
  }
  applySeverities(file, first, settings);
}

/** The document's text as the pipeline reads it, or `undefined` after reporting why it cannot be read. */
function rawText(file: VFile): string | undefined {
  const value = file.value ?? '';
  if (!checkFileSize(typeof value === 'string' ? Buffer.byteLength(value) : value.byteLength, defaultLimits, file)) return undefined;
  return typeof value === 'string' ? normalizeText(value) : decodeSeed(value, file);
}

/** Give the messages md-codegen added from `first` on the severities the options set; an error keeps its severity. */
function applySeverities(file: VFile, first: number, settings: Settings): void {
  if (settings.severities.size === 0) return;
  file.messages = file.messages.filter((message, index) => {
    if (index < first || message.source !== messageSource || message.fatal === true) return true;
    const setting = settings.severities.get(message.ruleId ?? '');
    if (setting === undefined || setting === 'on') return true;
    if (setting === 'off') return false;
    message.fatal = setting === 'error' ? true : setting === 'warning' ? false : undefined;
    return true;
  });
}
