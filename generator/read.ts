import { VFile } from 'vfile';
import { report } from './diagnostics.js';
import { listInputs } from './inputs.js';
import type { Limits } from './limits.js';
import type { NamedDocument } from './model.js';
import { checkPackage } from './names/package.js';
import { type ReadOptions, readInput, reportMissingTables, type TableSummary } from './seeds.js';

/** Every document of the seeds, read: the reports, the documents read without errors, and how each code table was read. */
export interface ReadSeeds {
  /** One file per seeds folder missing or without documents, per entry passed over, then per document. */
  readonly reports: readonly VFile[];
  /** The documents read without errors, sorted by path. */
  readonly documents: readonly NamedDocument[];
  readonly tables: readonly TableSummary[];
}

/**
 * Read the seeds (folders or globs, less `ignore`) through the pipeline's
 * first stages, and check what the documents export together. Nothing is
 * emitted or written: `generate`, the editor plugin and `init` share this.
 */
export async function readSeeds(cwd: string, seeds: readonly string[], options: ReadOptions & { readonly ignore?: readonly string[] | undefined; readonly limits: Limits }): Promise<ReadSeeds> {
  const { inputs, missing, passed } = await listInputs(cwd, seeds, options.ignore);
  // A missing seeds folder, or seeds without a document, is reported on the folder itself.
  const folderReports = missing.map((shown) => {
    const file = new VFile({ path: shown });
    report(file, 'error', 'seeds-missing', `Found no folder \`${shown}\`; expected a seeds folder: create it, or pass --seeds <dir>`);
    return file;
  });
  if (inputs.length === 0 && missing.length === 0) {
    const file = new VFile({ path: seeds.join(', ') });
    report(file, 'error', 'seeds-missing', `Found no Markdown document in \`${seeds.join('`, `')}\`; expected at least one \`.md\` file: add one, or pass --seeds <dir>`);
    folderReports.push(file);
  }
  const passedReports = passed.map(({ shown, reason }) => {
    const file = new VFile({ path: shown });
    report(file, 'warning', 'seeds-skipped', `Found ${reason}; expected documents and folders: put the document itself there, or pass its real folder with --seeds`);
    return file;
  });
  const read = inputs.map((input) => readInput(input, options.limits, options));
  reportMissingTables(read);
  const documents = read.flatMap(({ file, document }) => (document ? [{ file, document }] : []));
  if (documents.length === read.length) checkPackage(documents);
  return {
    reports: [...folderReports, ...passedReports, ...read.map((entry) => entry.file)],
    documents: documents.map((entry) => entry.document),
    tables: read.flatMap((entry) => entry.summaries),
  };
}
