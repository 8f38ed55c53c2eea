// Hostile input: how long `generate` takes on the worst shapes within the
// limits (bench/inputs.mjs, writeHostileInputs): each must be read, or
// refused with a located error (exit 0 or 1 with a JSON report).
import { writeHostileInputs } from './inputs.mjs';
import { median } from './stats.mjs';

/**
 * Run `generate --reporter json` on each hostile project `runs` times (exit 0
 * or 1, and a JSON report, or the bench fails); `measure(args, cwd, status)`
 * runs one process. Returns one row per project: its name, characters, exit
 * status, the rule ids of the errors reported, median wall and CPU milliseconds.
 */
export function measureHostile({ bin, dir, measure, limits, fileSize, file, runs = 1 }) {
  const projects = writeHostileInputs(dir, { ...limits, fileSize, file });
  return projects.map((project) => {
    process.stderr.write('.');
    const samples = Array.from({ length: runs }, () => measure([bin, 'generate', '--reporter', 'json'], project.dir, [0, 1]));
    const errors = JSON.parse(samples[0].stdout).filter((message) => message.severity === 'error');
    const rules = [...new Set(errors.map((message) => message.ruleId))].sort();
    return { ...project, status: samples[0].status, rules, ms: median(samples.map((sample) => sample.ms)), cpu: median(samples.map((sample) => sample.cpu)) };
  });
}

/** The rows as a Markdown table. */
export function hostileTable(rows) {
  const lines = ['| input | seed characters | exit | errors reported | wall s | CPU s | CPU µs per character |', '| --- | ---: | ---: | --- | ---: | ---: | ---: |'];
  for (const row of rows) {
    const rules = row.rules.length === 0 ? 'none: generated' : row.rules.map((rule) => `\`${rule}\``).join(', ');
    lines.push(`| ${row.name} | ${row.chars.toLocaleString('en-US')} | ${row.status} | ${rules} | ${(row.ms / 1000).toFixed(2)} | ${(row.cpu / 1000).toFixed(2)} | ${((row.cpu * 1000) / row.chars).toFixed(1)} |`);
  }
  return lines.join('\n');
}
