// Parsing leaves behind far more garbage than it keeps: on a table of 10,000
// rows, 280 MB of parser events and syntax trees against a model of 25 MB.
// V8 collects it when it sees fit, often only after the emitter has grown the
// heap on top of it, so a run's peak memory depended on luck (340 to 550 MB
// on that table, 1.8 GB on 50,000 rows, the floor's 1.76 GB being parsing
// alone). Collecting it after parsing a large document (its events are
// garbage once the tree is built) and once between reading and emitting
// makes the peak that of parsing (bench/RESULTS.md). Node.js has no API to ask for a
// collection but its `--expose-gc` flag: set once, it gives contexts created
// after it a `gc` function.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Seeds of fewer characters in all leave too little garbage for a collection (a few milliseconds) to pay. */
export const collectAfterCharacters = 256 * 1024;

let collect: (() => void) | undefined;

/** Collect the garbage now: a full, synchronous collection. */
export function collectGarbage(): void {
  if (collect === undefined) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
