// What a front end pays for one import: each entry is bundled and minified by
// esbuild (ESM, UTF-8 output) in this run, the generated package beside
// http-status-codes. Run with `node bench/size.mjs` after `npm ci` (the
// generated package is built by `prepare`); `--json` prints the rows as JSON.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The repository root: both packages resolve from here unless told otherwise. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The imports measured, ours first. `peer` marks http-status-codes. */
export const sizeCases = [
  { name: 'HttpStatus', from: '@md-codegen/generated', peer: false },
  { name: 'isHttpStatusCode', from: '@md-codegen/generated', peer: false },
  { name: 'httpStatusByCode', from: '@md-codegen/generated', peer: false },
  { name: 'StatusCodes', from: 'http-status-codes', peer: true },
  { name: 'getReasonPhrase', from: 'http-status-codes', peer: true },
];

/** Bundle `export { name } from "from"` resolved from `resolveDir`: the minified text and its size in bytes. */
export async function bundleImport(name, from, resolveDir = root) {
  const result = await build({
    stdin: { contents: `export { ${name} } from ${JSON.stringify(from)};\n`, resolveDir, sourcefile: `${name}.js`, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  return { text: output.text, bytes: output.contents.byteLength };
}

/** Every case of `sizeCases`, ours resolved from `resolveDir`, the peer's from `peerResolveDir`. */
export async function measureSizes({ resolveDir = root, peerResolveDir = root } = {}) {
  const rows = [];
  for (const entry of sizeCases) {
    const { text, bytes } = await bundleImport(entry.name, entry.from, entry.peer ? peerResolveDir : resolveDir);
    rows.push({ ...entry, bytes, text });
  }
  return rows;
}

/** The rows as a table, sizes right-aligned with thousands separators. */
export function formatSizes(rows) {
  const head = ['import', 'from', 'bytes (minified)'];
  const body = rows.map((row) => [`{ ${row.name} }`, row.from, row.bytes.toLocaleString('en-US')]);
  const widths = head.map((cell, column) => Math.max(cell.length, ...body.map((line) => line[column].length)));
  const line = (cells) => cells.map((cell, column) => (column === 2 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ');
  return [line(head), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

/** The size goals of the generated package, each met or not by `rows`. */
export function sizeGoals(rows) {
  const bytes = (name) => rows.find((row) => row.name === name)?.bytes ?? Number.NaN;
  return [
    { goal: '{ HttpStatus } is smaller than http-status-codes { StatusCodes }', met: bytes('HttpStatus') < bytes('StatusCodes') },
    { goal: '{ isHttpStatusCode } is under 1 KB (1,024 bytes)', met: bytes('isHttpStatusCode') < 1024 },
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = await measureSizes();
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows.map(({ text, ...row }) => row), null, 2));
  else {
    console.log(formatSizes(rows));
    for (const { goal, met } of sizeGoals(rows)) {
      console.log(`${met ? 'met' : 'MISSED'}: ${goal}`);
      if (!met) process.exitCode = 1;
    }
  }
}
