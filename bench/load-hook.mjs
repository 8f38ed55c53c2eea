// Preloaded with `node --import`: at exit, print which of the heavy modules
// the process loaded (`ts-morph`, `typescript`), one line on stderr. With
// MD_CODEGEN_BENCH_MODULES naming a file, every ES module the process loads
// is also appended to that file, one URL a line (bench/module-log.mjs, on
// Node's module-hooks thread), so that a run can show it loaded no parser.
import { createRequire, register } from 'node:module';

const cache = createRequire(import.meta.url).cache;
const log = process.env.MD_CODEGEN_BENCH_MODULES;
if (log) register('./module-log.mjs', import.meta.url, { data: { log } });
process.on('exit', () => {
  const heavy = Object.keys(cache).filter((path) => /[/\\](ts-morph|typescript)[/\\]/.test(path));
  process.stderr.write(`md-codegen-bench loaded: ${heavy.length === 0 ? 'none' : heavy.join(' ')}\n`);
});
