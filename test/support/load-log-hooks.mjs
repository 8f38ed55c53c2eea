// The loader hooks of load-log.mjs: they run off the main thread, so each URL
// is written at once, synchronously.
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  if (process.env.MD_CODEGEN_LOAD_LOG) appendFileSync(process.env.MD_CODEGEN_LOAD_LOG, `${url}\n`);
  return nextLoad(url, context);
}
