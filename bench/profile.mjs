// Summarise a V8 CPU profile (`node --cpu-prof`): the functions with the most
// self time and the most total (inclusive) time, and the time per package.
//
//   node --cpu-prof --cpu-prof-dir=prof dist/bin.js generate
//   node bench/profile.mjs prof/CPU.*.cpuprofile [--top 25]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string' } } });
const top = Number(values.top ?? 25);

for (const path of positionals) {
  const profile = JSON.parse(readFileSync(path, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // Sample time: each sample lasts until the next one.
  const self = new Map();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000));
  const total = profile.endTime / 1000 - profile.startTime / 1000;
  const where = (frame) => {
    const url = frame.url.replace(/^file:\/\//, '').replace(/.*node_modules\//, '').replace(/.*\/dist\//, 'dist/');
    return `${frame.functionName || '(anonymous)'} ${url}:${frame.lineNumber + 1}`;
  };
  const pkg = (frame) => {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url);
    return match ? match[1] : frame.url.includes('/dist/') ? 'md-codegen' : frame.url === '' ? frame.functionName || '(native)' : 'node';
  };
  const selfBy = new Map();
  const inclusiveBy = new Map();
  const packages = new Map();
  for (const [id, ms] of self) {
    const node = byId.get(id);
    const key = where(node.callFrame);
    selfBy.set(key, (selfBy.get(key) ?? 0) + ms);
    packages.set(pkg(node.callFrame), (packages.get(pkg(node.callFrame)) ?? 0) + ms);
    // Count each function once per stack, however deep its recursion.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = where(byId.get(at).callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusiveBy.set(name, (inclusiveBy.get(name) ?? 0) + ms);
    }
  }
  const list = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => `  ${ms.toFixed(0).padStart(7)} ms  ${name}`).join('\n');
  console.log(`${path}: ${total.toFixed(0)} ms profiled\n\nSelf time:\n${list(selfBy)}\n\nTotal time:\n${list(inclusiveBy)}\n\nBy package (self):\n${list(packages)}\n`);
}
