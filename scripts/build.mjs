// Compile the generator (tsconfig.build.json) into dist/, then what the
// common shapes compile and print into dist/emit/built.json (scripts/templates.mjs).
//
//   node scripts/build.mjs             type-check and emit with the typescript
//                                      devDependency, as `tsc -p` does; exit 1 on any error
//   node scripts/build.mjs --no-check  only emit, with the TypeScript that ts-morph bundles
//
// `prepare` runs the second. md-codegen needs ts-morph to run, so its compiler
// is there wherever md-codegen's dependencies are: after `npm ci` here, in the
// clone npm installs a git dependency from, and in a `file:` dependency inside
// a project, whose dependencies npm installs but not its devDependencies (no
// `tsc`, no @types/node to type-check with: `prepare` used to fail there).
// Both compilers are TypeScript 6.0 and emit the same files.
import { chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = !process.argv.includes('--no-check');
const require = createRequire(join(root, 'package.json'));
const compiler = check ? 'typescript' : 'ts-morph';
let ts;
try {
  ts = check ? require('typescript') : require('ts-morph').ts;
} catch {
  process.stderr.write(`md-codegen: cannot build ${join(root, 'dist')}: ${compiler} is not installed there. Run \`npm ci\` in ${root} first (\`npm ci --omit=dev\` is enough to run md-codegen), or install md-codegen from its tarball (\`npm pack\`).\n`);
  process.exit(1);
}

const host = {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
    throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  },
};
const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.build.json'), check ? {} : { noCheck: true }, host);
const program = ts.createIncrementalProgram({
  rootNames: config.fileNames,
  options: config.options,
  configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(config),
});
const diagnostics = [
  ...program.getConfigFileParsingDiagnostics(),
  ...program.getSyntacticDiagnostics(),
  ...(check ? [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics(), ...program.getSemanticDiagnostics()] : []),
];
const emitted = program.emit();
diagnostics.push(...emitted.diagnostics);
if (diagnostics.length > 0) {
  const format = { getCanonicalFileName: (name) => name, getCurrentDirectory: () => root, getNewLine: () => '\n' };
  process.stderr.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, format));
}
// npm marks a bin executable when it links it, which for a `file:` dependency is before `prepare` builds it.
chmodSync(join(root, 'dist/bin.js'), 0o755);
process.exitCode = emitted.emitSkipped || diagnostics.some((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error) ? 1 : 0;
// What the common shapes compile and print, built now rather than at every run (scripts/templates.mjs).
// They only save time (every entry is what compiling or printing its key gives): a failure here is a warning.
if (process.exitCode === 0) {
  const { buildTemplates } = await import('./templates.mjs');
  await buildTemplates({ ifStale: true }).catch((error) => process.stderr.write(`md-codegen: could not build dist/emit/built.json, which only saves time: ${error instanceof Error ? error.message : String(error)}\n`));
}
