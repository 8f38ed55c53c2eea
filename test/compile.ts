// Type-checking with the real TypeScript compiler, for tests.
import ts from 'typescript';
import { root } from './helpers.js';

/** Diagnostics of `tsc -p <project> --noEmit`, formatted; `[]` when clean. */
export function typecheckProject(project: string): string[] {
  const host = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic: ts.Diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  };
  const config = ts.getParsedCommandLineOfConfigFile(project, { noEmit: true }, host);
  if (!config) throw new Error(`cannot read ${project}`);
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
  const format = { getCanonicalFileName: (name: string) => name, getCurrentDirectory: () => root, getNewLine: () => '\n' };
  return [...config.errors, ...ts.getPreEmitDiagnostics(program)].map((diagnostic) => ts.formatDiagnostic(diagnostic, format));
}
