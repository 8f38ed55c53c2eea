// A process that takes the lock of the output folder given as its argument
// (through the built generator), for the lock tests. With `--log <file>` it
// appends `enter <pid>` and `leave <pid>` around a short hold and exits; else
// it prints `held` and holds the lock until it is killed.
import { appendFileSync } from 'node:fs';
import { acquireLock } from '../../dist/write/lock.js';

const [folder, flag, log] = process.argv.slice(2);
const lock = await acquireLock(folder, { wait: 60_000, create: true });
if ('kind' in lock) {
  process.stderr.write(`not taken: ${JSON.stringify(lock)}\n`);
  process.exit(1);
}
if (flag === '--log') {
  appendFileSync(log, `enter ${process.pid}\n`);
  await new Promise((done) => setTimeout(done, 30));
  appendFileSync(log, `leave ${process.pid}\n`);
  lock.release();
} else {
  process.stdout.write('held\n');
  setInterval(() => {}, 60_000);
}
