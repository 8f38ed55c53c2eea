// The committed generated sources compile under `strict` with the real TypeScript compiler.
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

/** Diagnostics of a `tsc -p <project> --noEmit`, formatted. */
export function typecheckProject(project: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(project, { noEmit: true }, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => { throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')); } });
  if (!config) throw new Error(`cannot read ${project}`);
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.formatDiagnostic(diagnostic, { getCanonicalFileName: (name) => name, getCurrentDirectory: () => root, getNewLine: () => '\n' }));
}

describe('generated/', () => {
  it.each(['tsconfig.json', 'tsconfig.cjs.json'])('type-checks under strict with %s and zero diagnostics', (config) => {
    expect(typecheckProject(join(root, 'generated', config))).toEqual([]);
  });
});
