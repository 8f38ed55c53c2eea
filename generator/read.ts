import { VFile } from 'vfile';
import type { TableOverrides } from './extract/index.js';
import { report } from './diagnostics.js';
import { type Input, type Inputs, listInputs } from './inputs.js';
import type { Limits } from './limits.js';
import type { NamedDocument } from './model.js';
import { checkPackage } from './names/package.js';
import { type ReadDocument, type ReadOptions, readInput, reportMissingTables, type TableSummary } from './seeds.js';

/** Every document of the seeds, read: the reports, the documents read without errors, and how each code table was read. */
export interface ReadSeeds {
  /** One file per seeds folder missing or without documents, per entry passed over, then per document. */
  readonly reports: readonly VFile[];
  /** The documents read without errors, sorted by path. */
  readonly documents: readonly NamedDocument[];
  readonly tables: readonly TableSummary[];
}

/** What {@link readSeeds} and {@link readListed} take beside the seeds. */
export type ReadSeedsOptions = Omit<ReadOptions, 'tables'> & {
  readonly ignore?: readonly string[] | undefined;
  readonly limits: Limits;
  readonly tables?: Readonly<Record<string, TableOverrides>> | undefined;
};

/**
 * Read the seeds (folders or globs, less `ignore`) through the pipeline's
 * first stages, and check what the documents export together. Nothing is
 * emitted or written: `generate`, the editor plugin and `init` share this.
 */
export async function readSeeds(cwd: string, seeds: readonly string[], options: ReadSeedsOptions): Promise<ReadSeeds> {
  return readListed(await listInputs(cwd, seeds, options.ignore), seeds, options, readInput);
}

/**
 * {@link readSeeds} on documents listed already, each read by `readOne`: the
 * files of the seeds, or (for `breaking`) the documents of a git commit or
 * of the index.
 */
export function readListed(listed: Inputs, seeds: readonly string[], options: ReadSeedsOptions, readOne: (input: Input, limits: Limits, options: ReadOptions) => ReadDocument): ReadSeeds {
  const { inputs, missing, passed } = listed;
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
  const overrides = tableOverrides(options.tables ?? {});
  const read = inputs.map((input) => {
    const { tables, reportUnused } = documentOverrides(input.shown, overrides.get(input.shown));
    const entry = readOne(input, options.limits, { ...options, tables });
    reportUnused(entry.file);
    overrides.delete(input.shown);
    return entry;
  });
  // Keys whose document was not read at all.
  const unknownReports = [...overrides].map(([path, entries]) => {
    const file = new VFile({ path });
    report(file, 'warning', 'config-table', `Found ${entries.size === 1 ? 'the config key' : 'config keys'} ${[...entries.keys()].map((key) => `\`${path}#${key}\``).join(', ')} for \`${path}\`, which is not among the documents read; expected the path of a document as reports show it: correct the key`);
    return file;
  });
  reportMissingTables(read);
  const documents = read.flatMap(({ file, document }) => (document ? [{ file, document }] : []));
  if (documents.length === read.length) checkPackage(documents);
  return {
    reports: [...folderReports, ...passedReports, ...unknownReports, ...read.map((entry) => entry.file)],
    documents: documents.map((entry) => entry.document),
    tables: read.flatMap((entry) => entry.summaries),
  };
}

/**
 * A document's entries of a config's `tables`: the lookup its reading takes,
 * and, after it, a `config-table` warning on it for each key that named none
 * of its tables.
 */
export function documentOverrides(shown: string, entries: ReadonlyMap<string, TableOverrides> | undefined): { readonly tables: (names: readonly string[]) => TableOverrides | undefined; readonly reportUnused: (file: VFile) => void } {
  const used = new Set<string>();
  return {
    tables: (names) => {
      const name = names.find((each) => entries?.has(each));
      if (name !== undefined) used.add(name);
      return name === undefined ? undefined : entries!.get(name);
    },
    reportUnused: (file) => {
      for (const key of entries?.keys() ?? []) {
        if (!used.has(key)) report(file, 'warning', 'config-table', `Found the config key \`${shown}#${key}\`, which names no table of this document; expected a heading or an export name of one of its code tables: correct the key`, { line: 1, column: 1 });
      }
    },
  };
}

/** A config's `tables` by document path (as reports show it, without a leading `./`), then by what follows the `#`. */
export function tableOverrides(tables: Readonly<Record<string, TableOverrides>>): Map<string, Map<string, TableOverrides>> {
  const byDocument = new Map<string, Map<string, TableOverrides>>();
  for (const [key, override] of Object.entries(tables)) {
    const at = key.indexOf('#');
    const path = key.slice(0, at).replace(/^\.\//, '');
    const entries = byDocument.get(path) ?? new Map<string, TableOverrides>();
    entries.set(key.slice(at + 1).trim(), override);
    byDocument.set(path, entries);
  }
  return byDocument;
}
