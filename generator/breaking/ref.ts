import type { ReadSeedsOptions } from '../read.js';
import { toJsonMessages } from '../report/json.js';
import { compactLine } from '../report/text.js';
import { type GitSide, readGitSide } from './documents.js';
import { openRepository, type Repository, resolveCommit } from './git.js';

/** The documents at a ref, read: where from, and what was read. */
export interface AtRef extends GitSide {
  readonly repository: Repository;
  readonly commit: string;
}

/** Rules whose errors at a ref mean only that it has no code table yet: everything is then new. */
const nothingYet = new Set(['seeds-missing', 'table-missing']);

/**
 * The documents of the seeds at `ref` (and the files `extra`, shown paths),
 * read from git objects through the same pipeline as the working tree; or
 * why they cannot be: no repository, no such commit, an object git does not
 * have, or a document with an error there (the message says which, at its
 * line). A ref before the seeds had a code table has no documents.
 */
export function readAtRef(cwd: string, ref: string, seeds: readonly string[], options: ReadSeedsOptions, extra: readonly string[] = []): AtRef | { readonly problem: string } {
  const opened = openRepository(cwd);
  if ('problem' in opened) return opened;
  const { repository } = opened;
  const resolved = resolveCommit(repository, ref);
  if ('problem' in resolved) return resolved;
  const side = readGitSide(cwd, repository, { kind: 'commit', commit: resolved.commit }, seeds, options, extra);
  if ('problem' in side) return side;
  const errors = toJsonMessages(side.read.reports).filter((message) => message.severity === 'error');
  if (errors.every((message) => nothingYet.has(message.ruleId ?? ''))) {
    return { ...side, repository, commit: resolved.commit, read: errors.length === 0 ? side.read : { ...side.read, documents: [] } };
  }
  const shown = errors.slice(0, 3).map((message) => `${ref}:${compactLine(message)}`).join('; ');
  return { problem: `Could not read the documents at \`${ref}\`: ${shown}${errors.length > 3 ? `; and ${errors.length - 3} more` : ''}; expected documents md-codegen reads without errors: compare with another ref` };
}
