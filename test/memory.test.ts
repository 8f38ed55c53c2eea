// generator/memory.ts: a full collection on demand, without Node.js flags.
import { setImmediate } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { collectGarbage } from '../generator/memory.js';

it('collects what nothing refers to any more', async () => {
  const dropped = new WeakRef({ rows: Array.from({ length: 1000 }, (_, index) => ({ index })) });
  const kept = { rows: [1] };
  const held = new WeakRef(kept);
  // A WeakRef holds its target until the current job ends.
  await setImmediate();
  collectGarbage();
  collectGarbage();
  expect(dropped.deref()).toBeUndefined();
  expect(held.deref()).toBe(kept);
});
