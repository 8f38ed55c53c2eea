// Type-checking with the real TypeScript compiler, for tests: the
// devDependency (6.x) by default, or another, such as the 5.0 alias.
import ts from 'typescript';
import { root } from './helpers.js';

/** A TypeScript compiler module: `typescript` or an npm alias of an older release (`typescript-5.0`). */
export type Compiler = Pick<typeof ts, 'sys' | 'getParsedCommandLineOfConfigFile' | 'createProgram' | 'getPreEmitDiagnostics' | 'formatDiagnostic' | 'flattenDiagnosticMessageText'>;

/** What `tsc -p <project> --noEmit` reports, formatted (`[]` when clean), and every file of the program. */
export function typecheckProgram(project: string, compiler: Compiler = ts): { diagnostics: string[]; files: string[] } {
  const host = {
    ...compiler.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic: ts.Diagnostic) => {
      throw new Error(compiler.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  };
  const config = compiler.getParsedCommandLineOfConfigFile(project, { noEmit: true }, host);
  if (!config) throw new Error(`cannot read ${project}`);
  const program = compiler.createProgram({ rootNames: config.fileNames, options: config.options });
  const format = { getCanonicalFileName: (name: string) => name, getCurrentDirectory: () => root, getNewLine: () => '\n' };
  const diagnostics = [...config.errors, ...compiler.getPreEmitDiagnostics(program)].map((diagnostic) => compiler.formatDiagnostic(diagnostic, format));
  return { diagnostics, files: program.getSourceFiles().map((file) => file.fileName) };
}

/** Diagnostics of `tsc -p <project> --noEmit`, formatted; `[]` when clean. */
export function typecheckProject(project: string, compiler: Compiler = ts): string[] {
  return typecheckProgram(project, compiler).diagnostics;
}
