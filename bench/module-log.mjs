// A module hook (registered by bench/load-hook.mjs): append the URL of every
// module loaded through the ES module loader to the file given.
import { appendFileSync } from 'node:fs';

let log;

export function initialize(data) {
  log = data.log;
}

export async function load(url, context, nextLoad) {
  appendFileSync(log, `${url}\n`);
  return nextLoad(url, context);
}
