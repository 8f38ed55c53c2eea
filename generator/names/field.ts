import { nameWords } from './member.js';

/** Keys every map entry has already: a field may not take them. */
export const entryKeys: ReadonlySet<string> = new Set(['code', 'name', 'phrase', 'description']);

/**
 * The key of a field column in each map entry, from its header: the camelCase
 * of its ASCII words (`Category` → `category`, `Used when` → `usedWhen`,
 * `HTTP Status` → `httpStatus`); a header with no ASCII letters keeps its own
 * text, exactly as written (`备注`); `undefined` for an empty header or one
 * whose words start with a digit (`2FA`).
 */
export function fieldKey(header: string): string | undefined {
  const words = nameWords(header);
  if (words.length === 0) return header.trim() === '' || /[A-Za-z]/.test(header) ? undefined : header;
  if (/^[0-9]/.test(words[0]!)) return undefined;
  return words.map((word, index) => (index === 0 ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1).toLowerCase())).join('');
}
