import type { VFile } from 'vfile';
import { printable } from '../diagnostics.js';
import { toJsonMessages } from './json.js';

// Workflow command values escape %, CR and LF; properties also `:` and `,` (as @actions/core does).
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions workflow annotations, one line per message, so that a pull
 * request shows them inline. Each value is escaped as @actions/core escapes
 * it (so a path with a line feed still names its file); the file is then made
 * {@link printable} as well (the reasons already are), so that the escape
 * sequences of a path reach no log or terminal either.
 */
export function githubAnnotations(files: readonly VFile[]): string[] {
  return toJsonMessages(files).map((message) => {
    const command = message.severity === 'error' ? 'error' : message.severity === 'warning' ? 'warning' : 'notice';
    const properties = [`file=${printable(escapeProperty(message.file))}`];
    if (message.line !== null) properties.push(`line=${message.line}`, `col=${message.column}`);
    if (message.endLine !== null) properties.push(`endLine=${message.endLine}`, `endColumn=${message.endColumn}`);
    if (message.ruleId) properties.push(`title=${escapeProperty(message.ruleId)}`);
    return `::${command} ${properties.join(',')}::${escapeData(message.message)}`;
  });
}
