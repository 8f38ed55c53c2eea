import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { hasErrors, messageSource, report } from '../diagnostics.js';
import { checkCharacters } from '../extract/index.js';
import { type Limits, checkFileSize } from '../limits.js';
import { checkNesting, decodeSeed, normalizeText } from '../parse/index.js';
import { checkContainers } from '../parse/containers.js';
import { checkLengths } from '../parse/lengths.js';
import { readTree } from '../seeds.js';
import type { Settings } from './options.js';
import { projectOf } from './project.js';

/**
 * What `md-codegen generate` finds in one document, on the tree remark parsed
 * and the text remark was given (`file.value`): the checks of the raw text
 * under the config of its project ({@link projectOf}): the checks of the raw text
 * (size, UTF-8 when remark read bytes, characters, the lengths and markup
 * of lines and paragraphs, container nesting: `generate` refuses what they
 * find before parsing, remark has parsed it already), the
 * tree's nesting, then reading, naming, validation and the document's control
 * comments, as `processDocument` runs them. Nothing is emitted or written, and
 * the tree is not changed. A document without a code table gets the info
 * `no-code-table`: whether another document has one (or `table-missing`
 * applies) is for `generate` to say. Then the options' severities apply.
 */
export async function lintDocument(tree: Root, file: VFile, settings: Settings): Promise<void> {
  const first = file.messages.length;
  for (const problem of settings.problems) report(file, 'error', 'remark-options', `md-codegen/remark: ${problem}; this setting is ignored`, { line: 1, column: 1 });
  const project = await projectOf(file);
  if (project.problem) report(file, 'error', 'remark-config', `md-codegen/remark: the config of \`${project.problem.config}\` cannot be read (${project.problem.message}); this document is read with the defaults: fix the config (md-codegen generate says the same)`, { line: 1, column: 1 });
  const { limits } = project;
  const text = rawText(file, limits);
  if (text !== undefined) checkCharacters(text, file);
  if (text !== undefined && checkLengths(text, file, limits) && checkContainers(text, file) && checkNesting(tree, file)) {
    const read = readTree(tree, file, project.relativePath, limits, project.options);
    project.reportUnused(file);
    if (read.codeTables === 0 && !hasErrors(file)) {
      report(file, 'info', 'no-code-table', 'Found no code table in this document; it generates nothing (when no document of the seeds has one, md-codegen generate reports `table-missing`)', { line: 1, column: 1 });
    }
  }
  applySeverities(file, first, settings);
}

/** The document's text as the pipeline reads it, or `undefined` after reporting why it cannot be read. */
function rawText(file: VFile, limits: Limits): string | undefined {
  const value = file.value ?? '';
  if (!checkFileSize(typeof value === 'string' ? Buffer.byteLength(value) : value.byteLength, limits, file)) return undefined;
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
