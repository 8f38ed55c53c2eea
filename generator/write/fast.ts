// The fast path of `check`: compare hashes with the record that generate
// wrote (record.ts) before anything is parsed. It loads neither the parser
// nor ts-morph. It says "in sync" only when every one of these holds: the
// record is there and is one; it is of this version of md-codegen and of
// this config; the seeds list exactly the documents it names, each hashing
// as recorded (and within the file-size limit); and the output folder holds
// exactly the files it names (plus what outIgnore declares the user's), each
// a regular generated file hashing as recorded, with no folder, temporary or
// backup file beside them. Anything else sends `check` the full way, whose
// messages and diff say what differs.
import { closeSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GenerateOptions } from '../generate.js';
import { hashBytes } from '../hash.js';
import { chooseInputs } from '../breaking/choose.js';
import { listIndex, openRepository, readBlobs, repositoryPath, shownPath } from '../breaking/git.js';
import { listInputs, seedList, seedRoots } from '../inputs.js';
import { resolveLimits } from '../limits.js';
import { toShownPath } from '../paths.js';
import { acquireLock, defaultLockWait, isLockFile } from './lock.js';
import { parseSideName } from './names.js';
import { foldersOf } from './plan.js';
import { configHash, type GenerationRecord, generatorVersion, parseRecord, recordPath } from './record.js';
import { defaultOutIgnore, ignoreMatcher, openRegularFile, scanOutput } from './scan.js';

/** What the fast path found: in sync (with what it compared), or why it cannot tell. */
export type FastCheck =
  | { readonly inSync: true; readonly out: string; readonly documents: number; readonly files: number; readonly findings: GenerationRecord['findings'] }
  | { readonly inSync: false; readonly why: string };

/** A document or an output file to hash: its path (shown, or in the output folder), and its bytes, read only if it comes to that. */
interface Hashed {
  readonly path: string;
  readonly bytes: () => Buffer | undefined;
}

const no = (why: string): FastCheck => ({ inSync: false, why });

/** Why hashes cannot tell for these options, or `undefined`. */
function needsReading(options: GenerateOptions): FastCheck | undefined {
  // The aliases come from a git ref, which may have moved since generate: only a full check can tell; nor can hashes tell warnings.
  if (options.breaking?.keepRenamedAliases) return no('breaking.keepRenamedAliases reads a git ref');
  if (options.strict) return no('--strict fails on warnings, which only reading the documents finds');
  return undefined;
}

/**
 * The comparison both fast paths make once they have the record's text, the
 * documents the seeds choose and the output folder's files (but the record):
 * the record in its one form, of this version and this config; exactly its
 * documents, each within the file-size limit and hashing as recorded; exactly
 * its files, each hashing as recorded.
 */
function compareWithRecord(options: GenerateOptions, shownOut: string, recordText: Buffer | undefined, documents: readonly Hashed[], files: readonly Hashed[]): FastCheck {
  const read = compareDocuments(options, shownOut, recordText, documents);
  return 'inSync' in read ? read : compareFiles(read.record, shownOut, documents.length, files);
}

/** The first half of {@link compareWithRecord}: the record, and the documents; the record when they are as it says. */
function compareDocuments(options: GenerateOptions, shownOut: string, recordText: Buffer | undefined, documents: readonly Hashed[]): FastCheck | { readonly record: GenerationRecord } {
  const record = recordText === undefined ? undefined : parseRecord(recordText.toString('utf8'));
  if (record === undefined) return no(`no record \`${shownOut}/${recordPath}\``);
  if (record.generator !== `md-codegen ${generatorVersion()}`) return no(`the record is of ${record.generator}`);
  if (record.config !== configHash(options, shownOut)) return no('the config changed');
  const { fileSize } = resolveLimits(options.limits);
  if (documents.length !== Object.keys(record.inputs).length) return no('the documents changed');
  for (const document of documents) {
    const recorded = record.inputs[document.path];
    const bytes = recorded === undefined ? undefined : document.bytes();
    if (bytes === undefined || bytes.length > fileSize || hashBytes(bytes) !== recorded) return no(`\`${document.path}\` changed`);
  }
  return { record };
}

/** The second half of {@link compareWithRecord}: the output folder's files. */
function compareFiles(record: GenerationRecord, shownOut: string, documents: number, files: readonly Hashed[]): FastCheck {
  if (files.length !== Object.keys(record.files).length) return no('the files of the output folder are not those the record names');
  for (const file of files) {
    const recorded = record.files[file.path];
    const bytes = recorded === undefined ? undefined : file.bytes();
    if (bytes === undefined || hashBytes(bytes) !== recorded) return no(`\`${shownOut}/${file.path}\` changed`);
  }
  return { inSync: true, out: shownOut, documents, files: files.length + 1, findings: record.findings };
}

/** Compare the hashes of the documents, the config and the output folder with the folder's record; see the top of this file. */
export async function fastCheck(options: GenerateOptions): Promise<FastCheck> {
  const unknowable = needsReading(options);
  if (unknowable) return unknowable;
  const cwd = options.cwd ?? process.cwd();
  const out = resolve(cwd, options.out ?? 'generated');
  const shownOut = toShownPath(cwd, out);
  const recordText = readRegular(join(out, recordPath));
  if (recordText === undefined) return no(`no record \`${shownOut}/${recordPath}\``);
  const listed = await listInputs(cwd, seedList(options.seeds), options.ignore);
  if (listed.missing.length + listed.passed.length > 0) return no('the seeds have something to report');
  const documents = listed.inputs.map((input) => ({ path: input.shown, bytes: () => readRegular(input.path) }));
  // The documents first: after an edit, the full check that follows has nothing to wait for (200 seeds: 6,610 files not scanned).
  const read = compareDocuments(options, shownOut, recordText, documents);
  if ('inSync' in read) return read;

  // The folder is read under its lock, as the full check reads it: never half-written by another run.
  const lock = await acquireLock(out, { wait: options.lockWait ?? defaultLockWait, create: false });
  if ('kind' in lock && lock.kind !== 'unwritable') return no(lock.kind === 'missing' ? 'no output folder' : 'the output folder is locked');
  try {
    const ignored = ignoreMatcher(options.outIgnore ?? defaultOutIgnore);
    // No marks read: a file hashing as recorded is the one generate wrote, mark and all.
    const found = scanOutput(out, ignored, (path) => !path.includes('/') && isLockFile(path), false);
    const folders = new Set(found.filter((entry) => entry.kind === 'file').flatMap((entry) => foldersOf(entry.path)));
    const files: Hashed[] = [];
    for (const entry of found) {
      if (entry.kind === 'folder' && folders.has(entry.path)) continue;
      if (entry.kind !== 'file' || parseSideName(entry.path) !== undefined) return no(`\`${shownOut}/${entry.path}\` is not a file the record names`);
      if (entry.path !== recordPath) files.push({ path: entry.path, bytes: () => readRegular(join(out, entry.path)) });
    }
    return compareFiles(read.record, shownOut, documents.length, files);
  } finally {
    if (!('kind' in lock)) lock.release();
  }
}

/**
 * {@link fastCheck} on what git has staged (`check --staged`): the documents
 * the seeds choose among the index's files, and the output folder's files in
 * the index, hashed from git's objects (one `git cat-file`), nothing checked
 * out. The lock is not taken: the index is git's, not a run's.
 */
export async function fastCheckStaged(options: GenerateOptions): Promise<FastCheck> {
  const unknowable = needsReading(options);
  if (unknowable) return unknowable;
  const cwd = options.cwd ?? process.cwd();
  const opened = openRepository(cwd);
  if ('problem' in opened) return no(opened.problem);
  const { repository } = opened;
  const seeds = seedList(options.seeds);
  const shownOut = toShownPath(cwd, resolve(cwd, options.out ?? 'generated'));
  const outPath = repositoryPath(repository, shownOut);
  const roots = seedRoots(cwd, seeds).map((root) => repositoryPath(repository, toShownPath(cwd, root)));
  if (outPath === undefined || roots.includes(undefined)) return no('a folder outside the repository');
  const listed = listIndex(repository, [...new Set([...(roots as string[]), outPath])]);
  if ('problem' in listed) return no(listed.problem);
  if (listed.files.some((file) => file.stage !== 0)) return no('an unmerged file');
  const prefix = outPath === '.' ? '' : `${outPath}/`;
  const ignored = ignoreMatcher(options.outIgnore ?? defaultOutIgnore);
  const outputs = listed.files.filter((file) => file.path.startsWith(prefix) && !ignored(file.path.slice(prefix.length)));
  const regular = (mode: string) => mode === '100644' || mode === '100755';
  if (outputs.some((file) => !regular(file.mode))) return no('a staged entry of the output folder that is no file');
  const outputPaths = new Set(outputs.map((file) => file.path));
  const byShown = new Map(listed.files.filter((file) => regular(file.mode) && !outputPaths.has(file.path)).map((file) => [shownPath(repository, file.path), file]));
  const inputs = chooseInputs(cwd, seeds, options.ignore ?? [], [...byShown.keys()]);
  const blobs = readBlobs(repository, [...inputs.map((input) => byShown.get(input.shown)!.oid), ...outputs.map((file) => file.oid)]);
  if ('problem' in blobs) return no(blobs.problem);
  const bytesOf = (oid: string) => () => blobs.blobs.get(oid);
  const recordFile = outputs.find((file) => file.path === `${prefix}${recordPath}`);
  const documents = inputs.map((input) => ({ path: input.shown, bytes: bytesOf(byShown.get(input.shown)!.oid) }));
  const files = outputs.filter((file) => file !== recordFile).map((file) => ({ path: file.path.slice(prefix.length), bytes: bytesOf(file.oid) }));
  return compareWithRecord(options, shownOut, recordFile && blobs.blobs.get(recordFile.oid), documents, files);
}

/** A regular file's bytes, read without following a symbolic link; `undefined` when it is missing or no regular file. */
function readRegular(path: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openRegularFile(path);
    return fd === undefined ? undefined : readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
