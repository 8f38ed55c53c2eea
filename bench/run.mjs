// The md-codegen benchmark: `npm run bench` (or `node bench/run.mjs`).
//
// Generates its inputs under bench/out/, then measures whole processes, each
// several times (median, with peak RSS), in one run: the floor (bench/floor.mjs:
// load the parser and ts-morph, parse the same seeds, nothing else), `generate`
// into an empty output folder, `check --full` in sync, and the fast path:
// `check` in sync and `generate` with nothing changed, which compare hashes
// with the record and must print its line (the bench fails otherwise, and
// fails if an unmeasured run of them loads the parser or ts-morph); on the
// many seeds also `check` and `check --full` after one seed changed. Then the watch mode's
// latency from a seed's save to its generated file on disk, and that a seed
// with a fatal error exits without loading ts-morph, and how long hostile input
// within the limits takes (bench/hostile.mjs). Prints a table and writes
// bench/RESULTS.md (unless --no-write).
//
// Options: --runs <n> (runs per case and command; default per case),
// --sizes 1000,10000,50000, --many 200x60 (or 0), --watch-edits <n>,
// --no-write, --quick (sizes 1000,10000, 3 runs, 50 seeds, 10 edits),
// --only hostile (that part alone: it rewrites only its section of
// RESULTS.md), --hostile-file-size <bytes> (the file of rows at the line
// limit; default 200000, the file-size limit is 5000000).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeInputs } from './inputs.mjs';
import { measureErrorRun } from './errors.mjs';
import { hostileTable, measureHostile } from './hostile.mjs';
import { median } from './stats.mjs';
import { measureWatch } from './watch.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'bench/out');
// A copy of the built CLI: a rebuild of dist/ during the run (npm test builds it) changes nothing measured.
const bin = join(outDir, 'dist/bin.js');
const floorScript = join(root, 'bench/floor.mjs');
const timeBin = '/usr/bin/time';

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    sizes: { type: 'string' },
    many: { type: 'string' },
    'watch-edits': { type: 'string' },
    'no-write': { type: 'boolean' },
    quick: { type: 'boolean' },
    only: { type: 'string' },
    'hostile-file-size': { type: 'string' },
  },
});
if (values.only !== undefined && values.only !== 'hostile') {
  console.error(`bench: --only takes \`hostile\`, not \`${values.only}\``);
  process.exit(2);
}
const hostileOnly = values.only === 'hostile';
const hostileFileSize = Number(values['hostile-file-size'] ?? 200_000);
const quick = values.quick ?? false;
const sizes = (values.sizes ?? (quick ? '1000,10000' : '1000,10000,50000')).split(',').filter(Boolean).map(Number);
const [manyCount, manyRows] = (values.many ?? (quick ? '50x60' : '200x60')).split('x').map(Number);
const watchEdits = Number(values['watch-edits'] ?? (quick ? 10 : 20));
const runsFor = (rows) => Number(values.runs ?? process.env.BENCH_RUNS ?? (quick ? 3 : rows >= 50_000 ? 3 : rows >= 10_000 ? 5 : 7));

if (!existsSync(join(root, 'dist/bin.js'))) {
  console.error('bench: dist/bin.js is missing: run `npm run build:generator` first');
  process.exit(2);
}
const { defaultLimits } = await import('../dist/limits.js');
const { markupCount } = await import('../dist/parse/lengths.js');
mkdirSync(outDir, { recursive: true });
rmSync(dirname(bin), { recursive: true, force: true });
cpSync(join(root, 'dist'), dirname(bin), { recursive: true });
// The version the record names is read from the package.json beside dist/.
cpSync(join(root, 'package.json'), join(outDir, 'package.json'));

// No run may skip the fast path for a reason of the bench's environment (cli.ts skips it for workflow annotations).
const measureEnv = { ...process.env, NO_COLOR: '1' };
delete measureEnv.GITHUB_ACTIONS;

/**
 * Run `node args` in `cwd` once, expecting exit `status` (or one of a list): wall time (ms) from
 * spawn to exit, and from /usr/bin/time the CPU time (user + system, ms) and
 * peak RSS (MiB); NaN for those two without /usr/bin/time.
 */
function measure(args, cwd, status = 0) {
  const statsFile = join(outDir, 'time.txt');
  // Flush what earlier runs wrote, so that no run pays for another's writeback.
  spawnSync('sync');
  const useTime = existsSync(timeBin);
  const command = useTime ? timeBin : process.execPath;
  const argv = useTime ? ['-f', '%M %U %S', '-o', statsFile, process.execPath, ...args] : args;
  const start = process.hrtime.bigint();
  const result = spawnSync(command, argv, { cwd, encoding: 'utf8', env: measureEnv, maxBuffer: 64 * 2 ** 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (![status].flat().includes(result.status)) throw new Error(`bench: \`node ${args.join(' ')}\` in ${cwd} exited ${result.status}, expected ${status}:\n${result.stderr.slice(-2000)}`);
  const [rss, user, system] = useTime ? readFileSync(statsFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [Number.NaN, Number.NaN, Number.NaN];
  return { ms, cpu: (user + system) * 1000, rss: rss / 1024, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Generate writes into an empty folder: the last output is moved into bench/out/trash, which is deleted when the
// bench is over. Deleted between runs, outputs made the next runs' file creations slow here: without a journal
// (as on this machine), ext4 passes over every inode freed in the last 60 s (6 min while its table block is
// dirty) when it allocates one, so each of 1,205 new files and folders passed over the 1,205 just freed. The trash
// of an interrupted run stays until the next run exits: nothing is deleted before a measurement.
const trash = join(outDir, 'trash');
let trashed = 0;
const moveToTrash = (path) => {
  mkdirSync(trash, { recursive: true });
  renameSync(path, join(trash, `${process.pid}-${trashed++}`));
};

// The one line the fast path prints (generator/cli.ts): `generated: 40 files, in sync: 1 document, … hash as … records`.
const fastLine = (state) => new RegExp(`: \\d+ files, ${state}: \\d+ documents?, the config and every file hash as `);
const anyFastLine = fastLine('(in sync|up to date)');

/** `sample`, after checking that its run took the fast path (`state` given) or the full one (`state` undefined); throws otherwise. */
function tookPath(sample, name, state) {
  const fast = anyFastLine.test(sample.stderr);
  if (state === undefined ? fast : !fastLine(state).test(sample.stderr)) {
    throw new Error(`bench: \`${name}\` was to take the ${state === undefined ? 'full path' : `fast path (${state})`}, and printed:\n${sample.stderr.slice(-2000)}`);
  }
  return sample;
}

const parserOrTsMorph = /[/\\]node_modules[/\\](unified|remark-parse|remark-gfm|micromark[^/\\]*|mdast-util-[^/\\]*|ts-morph|typescript)[/\\]/;

/**
 * Run `args` once in `cwd` with bench/load-hook.mjs logging every module loaded, unmeasured: the heavy modules
 * (parser and ts-morph) it loaded, which must be none when `fast`, and some otherwise (which shows the log works).
 */
function checkModules(args, cwd, status, fast) {
  const log = join(outDir, 'modules.txt');
  rmSync(log, { force: true });
  const env = { ...measureEnv, MD_CODEGEN_BENCH_MODULES: log };
  const result = spawnSync(process.execPath, ['--import', join(root, 'bench/load-hook.mjs'), bin, ...args], { cwd, encoding: 'utf8', env });
  if (result.status !== status) throw new Error(`bench: \`${args.join(' ')}\` in ${cwd} exited ${result.status}, expected ${status}:\n${result.stderr.slice(-2000)}`);
  const required = /md-codegen-bench loaded: (.*)/.exec(result.stderr)?.[1];
  if (required === undefined) throw new Error(`bench: the load hook printed nothing for \`${args.join(' ')}\``);
  const loaded = [...(existsSync(log) ? readFileSync(log, 'utf8').split('\n') : []), ...(required === 'none' ? [] : required.split(' '))].filter((url) => parserOrTsMorph.test(url));
  if (fast === (loaded.length > 0)) {
    throw new Error(`bench: \`${args.join(' ')}\` in ${cwd} loaded ${loaded.length} modules of the parser and ts-morph, expected ${fast ? 'none' : 'some'}: ${loaded.slice(0, 5).join(' ')}`);
  }
  return loaded.length;
}

/** One document of `project` changed: a copy of the project, output and record included, with one row's description edited. */
function changedCopy(project) {
  const dir = `${project.dir}-changed`;
  if (existsSync(dir)) moveToTrash(dir);
  cpSync(project.dir, dir, { recursive: true });
  const seeds = join(dir, 'seeds');
  const seed = join(seeds, readdirSync(seeds).sort()[Math.floor(project.seeds / 2)]);
  const text = readFileSync(seed, 'utf8');
  const edited = text.replace('请求已处理', '请求已受理');
  if (edited === text) throw new Error(`bench: nothing to edit in ${seed}`);
  writeFileSync(seed, edited);
  return dir;
}

/**
 * Measure on one project, `runs` times each, rotating the order: the floor, generate (cold, into an empty
 * folder), generate with nothing changed, check (the fast path, in sync) and check --full (in sync); on a
 * project of many seeds also check and check --full after one seed changed. Every run's stderr shows which
 * path it took, and each command is run once with every module logged, before the runs that count.
 */
function measureProject(project) {
  const out = join(project.dir, 'generated');
  const cwd = project.dir;
  const commands = {
    floor: () => measure([floorScript, 'seeds'], cwd),
    generate: () => {
      if (existsSync(out)) moveToTrash(out);
      return tookPath(measure([bin, 'generate'], cwd), 'generate');
    },
    generateUpToDate: () => tookPath(measure([bin, 'generate'], cwd), 'generate', 'up to date'),
    check: () => tookPath(measure([bin, 'check'], cwd), 'check', 'in sync'),
    checkFull: () => tookPath(measure([bin, 'check', '--full'], cwd), 'check --full'),
  };
  commands.generate(); // warm the file cache; leaves the output for check
  checkModules(['check'], cwd, 0, true);
  checkModules(['generate'], cwd, 0, true);
  checkModules(['check', '--full'], cwd, 0, false);
  if (project.seeds > 1 && project.name.startsWith('seeds-')) {
    const changed = changedCopy(project);
    commands.checkChanged = () => tookPath(measure([bin, 'check'], changed, 1), 'check, one seed changed');
    commands.checkFullChanged = () => tookPath(measure([bin, 'check', '--full'], changed, 1), 'check --full, one seed changed');
    checkModules(['check'], changed, 1, false);
  }
  const order = Object.keys(commands);
  const samples = Object.fromEntries(order.map((name) => [name, []]));
  const runs = runsFor(project.rows);
  for (let run = 0; run < runs; run++) {
    for (let step = 0; step < order.length; step++) {
      const name = order[(run + step) % order.length];
      samples[name].push(commands[name]());
    }
    process.stderr.write('.');
  }
  const summary = (list) => ({ ms: median(list.map((sample) => sample.ms)), cpu: median(list.map((sample) => sample.cpu)), rss: median(list.map((sample) => sample.rss)) });
  return { ...project, runs, ...Object.fromEntries(order.map((name) => [name, summary(samples[name])])) };
}

const seconds = (ms) => (ms / 1000).toFixed(2);
const ratio = (a, b) => (a / b).toFixed(2);
const mib = (value) => (Number.isNaN(value) ? 'n/a' : value.toFixed(0));

/** The results as a Markdown table; per-row times are marginal: (time − time of the seed) / (rows − its rows). */
function table(results) {
  const base = results.find((result) => result.name === 'seed');
  const perRow = (result, key) => (result === base || !base ? '' : ((result[key].ms - base[key].ms) * 1000 / (result.rows - base.rows)).toFixed(1));
  const lines = [
    '| input | rows | runs | floor s | generate s | check --full s | generate / floor | check --full / floor | CPU: generate / floor | CPU: check --full / floor | floor MiB | generate MiB | check --full MiB | generate MiB / floor | MiB / floor (larger) | floor µs/row | generate µs/row | check --full µs/row |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const result of results) {
    const { floor, generate, checkFull } = result;
    const cells = [
      result.name, result.rows, result.runs, seconds(floor.ms), seconds(generate.ms), seconds(checkFull.ms),
      ratio(generate.ms, floor.ms), ratio(checkFull.ms, floor.ms), ratio(generate.cpu, floor.cpu), ratio(checkFull.cpu, floor.cpu),
      mib(floor.rss), mib(generate.rss), mib(checkFull.rss), ratio(generate.rss, floor.rss), ratio(Math.max(generate.rss, checkFull.rss), floor.rss),
      perRow(result, 'floor'), perRow(result, 'generate'), perRow(result, 'checkFull'),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The fast path's table: check in sync and generate with nothing changed, against the floor and check --full. */
function fastTable(results) {
  const lines = [
    '| input | documents | runs | floor s | check s | check / floor | CPU: check / floor | check MiB | generate, up to date s | up to date / floor | CPU: up to date / floor | check --full s | check / check --full |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { name, seeds, runs, floor, check, generateUpToDate: upToDate, checkFull } of results) {
    const cells = [name, seeds, runs, seconds(floor.ms), seconds(check.ms), ratio(check.ms, floor.ms), ratio(check.cpu, floor.cpu), mib(check.rss), seconds(upToDate.ms), ratio(upToDate.ms, floor.ms), ratio(upToDate.cpu, floor.cpu), seconds(checkFull.ms), ratio(check.ms, checkFull.ms)];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The lines on one changed seed, for the projects that measured it. */
function changedLines(results) {
  return results
    .filter((result) => result.checkChanged)
    .map(({ name, floor, checkChanged: fast, checkFullChanged: full, checkFull }) =>
      `${name}, one seed changed (a description edited, the output not regenerated: exit 1 and the diff): \`check\` ${seconds(fast.ms)} s (${ratio(fast.ms, floor.ms)} × floor, CPU ${ratio(fast.cpu, floor.cpu)} ×), \`check --full\` on the same ${seconds(full.ms)} s (${ratio(full.ms, floor.ms)} ×, CPU ${ratio(full.cpu, floor.cpu)} ×): check / check --full ${ratio(fast.ms, full.ms)} (CPU ${ratio(fast.cpu, full.cpu)}); \`check --full\` in sync ${seconds(checkFull.ms)} s.`,
    );
}

/** Each goal of issues 16 and 11 that this run measured, with its figure: met or missed. */
function goalLines(results) {
  const lines = [];
  const goal = (text, value, limit, figure) => lines.push(`- ${value <= limit ? 'met' : '**missed**'}: ${text}: ${figure}`);
  for (const { name, floor, check, generateUpToDate: upToDate } of results) {
    const limit = name === 'seed' ? 0.3 : name.startsWith('seeds-') ? 0.2 : undefined;
    if (limit === undefined) continue;
    goal(`${name}: check in sync ≤ ${limit} × floor`, check.ms / floor.ms, limit, `${ratio(check.ms, floor.ms)} (CPU ${ratio(check.cpu, floor.cpu)}); generate with nothing changed ${ratio(upToDate.ms, floor.ms)}`);
  }
  for (const { name, checkChanged, checkFullChanged } of results.filter((result) => result.checkChanged)) {
    // "No slower than today": today's check is check --full.
    goal(`${name}, one seed changed: check no slower than check --full`, checkChanged.ms / checkFullChanged.ms, 1, `${ratio(checkChanged.ms, checkFullChanged.ms)} (CPU ${ratio(checkChanged.cpu, checkFullChanged.cpu)})`);
  }
  for (const { name, rows, floor, generate } of results.filter((result) => result.rows >= 10_000 && result.seeds === 1)) {
    goal(`${name}: generate's peak memory ≤ the floor's`, generate.rss / floor.rss, 1, `${mib(generate.rss)} MiB against ${mib(floor.rss)} MiB (${ratio(generate.rss, floor.rss)} ×, ${rows.toLocaleString('en-US')} rows)`);
  }
  for (const { name, floor, generate, checkFull } of results) {
    const limit = name === 'seed' ? 1.15 : 1.3;
    goal(`${name}: generate and check --full ≤ ${limit} × floor`, Math.max(generate.ms, checkFull.ms) / floor.ms, limit, `${ratio(generate.ms, floor.ms)} and ${ratio(checkFull.ms, floor.ms)} (CPU ${ratio(generate.cpu, floor.cpu)} and ${ratio(checkFull.cpu, floor.cpu)})`);
  }
  return lines;
}

mkdirSync(outDir, { recursive: true });
const started = Date.now();
const loadBefore = loadavg()[0];
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}, ${process.platform}`;
const commit = spawnSync('git', ['describe', '--always', '--dirty'], { cwd: root, encoding: 'utf8' }).stdout.trim() || 'unknown';
const resultsPath = join(root, 'bench/RESULTS.md');
const previous = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '';

/** Measure the hostile inputs; their section of RESULTS.md. */
function hostileSection() {
  process.stderr.write('bench: hostile ');
  const hostileLoad = loadavg()[0];
  const hostileStarted = Date.now();
  const limits = { lineLength: defaultLimits.lineLength, paragraphLength: defaultLimits.paragraphLength, markup: defaultLimits.markup, markupCount };
  const rows = measureHostile({ bin, dir: join(outDir, 'hostile'), measure, limits, fileSize: hostileFileSize, file: 'emphasis `*_`', runs: Number(values.runs ?? 1) });
  process.stderr.write('\n');
  const runs = Number(values.runs ?? 1);
  return [
    '## Hostile input',
    '',
    `\`generate --reporter json\` on one seed each, at the default limits (lines of up to ${limits.lineLength.toLocaleString('en-US')} characters, paragraphs of up to ${limits.paragraphLength.toLocaleString('en-US')}, ${limits.markup.toLocaleString('en-US')} markup characters in a line or paragraph, files of up to ${defaultLimits.fileSize.toLocaleString('en-US')} bytes); wall time from spawn to exit and CPU time (user + system), ${runs === 1 ? 'one run' : `medians of ${runs} runs`} each. \`node bench/run.mjs --only hostile\` measures this part alone; \`node bench/parse-growth.mjs\` times the parser alone on growing input of every family.`,
    '',
    `Measured at ${commit}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${hostileLoad.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after; it took ${((Date.now() - hostileStarted) / 1000).toFixed(0)} s. Machine: ${machine}.`,
    '',
    hostileTable(rows),
  ].join('\n');
}

if (hostileOnly) {
  const section = hostileSection();
  process.stdout.write(`\n${section}\n`);
  if (!values['no-write']) {
    // Only this section is replaced (or put before the notes); the rest of the file stays as the last full run wrote it.
    const at = previous.indexOf('\n## Hostile input\n');
    const end = at === -1 ? -1 : previous.indexOf('\n## ', at + 1);
    const notesAt = previous.indexOf('\n## Notes\n');
    const text =
      at !== -1 ? `${previous.slice(0, at + 1)}${section}\n${end === -1 ? '' : previous.slice(end)}` : notesAt !== -1 ? `${previous.slice(0, notesAt + 1)}${section}\n${previous.slice(notesAt)}` : `${previous.trimEnd()}\n\n${section}\n`;
    writeFileSync(resultsPath, text);
    process.stderr.write('bench: wrote the hostile input section of bench/RESULTS.md\n');
  }
  process.exit(0);
}

const projects = writeInputs(join(outDir, 'inputs'), { root, sizes, many: manyCount > 0 ? { count: manyCount, rows: manyRows } : undefined });
// Whatever happens, the trash goes once nothing is measured any more.
process.on('exit', () => rmSync(trash, { recursive: true, force: true }));
const results = [];
for (const project of projects) {
  process.stderr.write(`bench: ${project.name} `);
  results.push(measureProject(project));
  process.stderr.write('\n');
}
process.stderr.write('bench: watch ');
let watchLine;
try {
  const watch = await measureWatch({ bin, dir: join(outDir, 'watch'), seed: join(root, 'seeds/http-status.md'), edits: watchEdits });
  watchLine = `Watch mode, save → generated file on disk (${watch.edits} edits of the seed after 3 to warm up, saved in place and by rename in turn, polled every ${watch.pollMs} ms): median ${watch.median.toFixed(1)} ms, min ${watch.min.toFixed(1)} ms, max ${watch.max.toFixed(1)} ms; exit status on SIGINT: ${watch.exitCode}.`;
} catch (error) {
  watchLine = `Watch mode: failed: ${error.message.split('\n')[0]}`;
  process.stderr.write(`\n${error.message}\n`);
}
process.stderr.write('\nbench: errors\n');
const errors = measureErrorRun({ root, bin, dir: join(outDir, 'error'), floorScript, measure });
const hostile = hostileSection();

const elapsed = (Date.now() - started) / 1000;
const loadAfter = loadavg()[0];
const report = [
  table(results),
  '',
  '**The fast path** (issue 16): `check` with the output and its record in sync, and `generate` with nothing changed, neither parsing nor loading ts-morph; every measured run printed the fast path\'s line, and one unmeasured run of each logged every module it loaded (none of the parser or ts-morph):',
  '',
  fastTable(results),
  '',
  ...changedLines(results),
  '',
  '**Goals** of issues 16 and 11 in this run (wall-time ratios of medians):',
  '',
  ...goalLines(results),
  '',
  watchLine,
  `A seed with a fatal error (the seed with one broken row): ${seconds(errors.ms)} s, the floor without ts-morph ${seconds(errors.floorMs)} s; modules of ts-morph loaded: ${errors.loaded}.`,
  '',
  `Machine: ${machine}. Load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after; the run took ${elapsed.toFixed(0)} s.`,
].join('\n');
process.stdout.write(`\n${report}\n\n${hostile}\n`);

if (!values['no-write']) {
  // A `## Notes` section written by hand is kept.
  const notesAt = previous.indexOf('\n## Notes\n');
  const command = `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim();
  const text = [
    '# Benchmark results',
    '',
    `Reproduce: \`npm run bench\` (it builds the generator, then runs \`${command}\`; \`npm run bench -- --quick\` for a shorter run, \`--runs <n>\` to change the number of runs).`,
    '',
    'Each cell is the median of whole-process runs measured in the same run, the commands taking turns: wall time from spawn to exit; CPU time (user + system) and peak RSS from `/usr/bin/time -f \'%M %U %S\'`.',
    '*floor* is `bench/floor.mjs`: start Node, import unified, remark-parse, remark-gfm and ts-morph, parse the same seeds, nothing else.',
    '*generate* writes into an empty output folder (the last output is moved into a trash folder before the run, deleted when the bench is over); *check --full* compares every byte with an output folder in sync (the *check* of results before the record, e47932f); *check* and *generate, up to date* take the fast path, comparing hashes with the record. Before every run, `sync` flushes what earlier runs wrote.',
    'The inputs: the project\'s seed; one generic table of 1,000 to 50,000 rows; 200 seeds of 60 rows; *columns-5*, five documents of 400 rows in five columns (code, name, description, two fields); *tables-20+200*, one document of 20 code tables of 50 rows among 200 parameter tables (bench/inputs.mjs).',
    'µs/row is marginal: (median − median of the seed) / (rows − 64), so a flat column means linear scaling.',
    '',
    `Measured at ${commit}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC:`,
    '',
    report,
    '',
    hostile,
    '',
    ...(notesAt === -1 ? [] : [previous.slice(notesAt + 1).trimEnd(), '']),
  ].join('\n');
  writeFileSync(resultsPath, text);
  process.stderr.write('bench: wrote bench/RESULTS.md\n');
}
