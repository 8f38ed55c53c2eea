// A temporary project as a doc author has it: the seed, a `.remarkrc.json`,
// and md-codegen and remark-gfm installed (node_modules/md-codegen is this
// repository).
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../../generator/generate.js';
import { type JsonMessage, toJsonMessages } from '../../generator/report/json.js';
import { root, seedBytes, tempDir, writeFiles } from '../helpers.js';

/** A project with `seeds/http-status.md` (or `seeds`), `.remarkrc.json` holding `remarkrc`, md-codegen, remark-gfm and, with `remarkMdCodegen`, remark-md-codegen installed. */
export function editorProject(remarkrc: unknown, seeds: Record<string, string | Uint8Array> = { 'http-status.md': seedBytes }, remarkMdCodegen = false) {
  const temp = tempDir('md-codegen-editor-');
  writeFiles(join(temp.dir, 'seeds'), seeds);
  writeFiles(temp.dir, { '.remarkrc.json': `${JSON.stringify(remarkrc)}\n` });
  mkdirSync(join(temp.dir, 'node_modules'));
  symlinkSync(root, join(temp.dir, 'node_modules/md-codegen'));
  symlinkSync(join(root, 'node_modules/remark-gfm'), join(temp.dir, 'node_modules/remark-gfm'));
  // Copied, as npm installs it, so that it finds md-codegen beside it.
  if (remarkMdCodegen) cpSync(join(root, 'remark-md-codegen'), join(temp.dir, 'node_modules/remark-md-codegen'), { recursive: true });
  return temp;
}

/** What `md-codegen check` reports on the project's documents (nothing is written). */
export async function generateMessages(dir: string): Promise<JsonMessage[]> {
  const { reports } = await generate({ cwd: dir, check: true });
  return toJsonMessages(reports).filter((message) => message.file.startsWith('seeds/'));
}
