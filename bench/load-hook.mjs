// Preloaded with `node --import`: at exit, print which of the heavy modules
// the process loaded (`ts-morph`, `typescript`), one line on stderr.
import { createRequire } from 'node:module';

const cache = createRequire(import.meta.url).cache;
process.on('exit', () => {
  const heavy = Object.keys(cache).filter((path) => /[/\\](ts-morph|typescript)[/\\]/.test(path));
  process.stderr.write(`md-codegen-bench loaded: ${heavy.length === 0 ? 'none' : heavy.join(' ')}\n`);
});
