import type { VFile } from 'vfile';
import type { Point, Span } from './model.js';

/** How bad a finding is: an error stops emission, the others are printed. */
export type Severity = 'error' | 'warning' | 'info';

/** Every message carries this as its source. */
export const messageSource = 'md-codegen';

/**
 * Report a finding on `file`: `fatal` is `true` for an error, `false` for a
 * warning and `undefined` for info, as vfile has it. Bad input is always
 * reported this way; only bugs throw.
 */
export function report(
  file: VFile,
  severity: Severity,
  ruleId: string,
  reason: string,
  place?: Point | Span,
): void {
  const message = file.message(reason, { place: place && toUnist(place), ruleId, source: messageSource });
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
}

/** Whether any error has been reported on `file`. */
export function hasErrors(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true);
}

/** The severity of a reported message. */
export function severityOf(fatal: boolean | null | undefined): Severity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info';
}

function toUnist(place: Point | Span) {
  return 'start' in place ? { start: { ...place.start }, end: { ...place.end } } : { ...place };
}
