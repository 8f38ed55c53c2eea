import { printable } from '../diagnostics.js';

/** One thing wrong with a config file: where (as exactly as the file's kind allows) and what. */
export interface ConfigProblem {
  /** The file as messages show it (`md-codegen.config.json`); `undefined` for a problem of none in particular (two files found). */
  readonly file: string | undefined;
  /** 1-based line and column (JSON files only). */
  readonly point?: { readonly line: number; readonly column: number } | undefined;
  readonly message: string;
}

/** A problem on one line, clickable in terminals and editors: `md-codegen.config.json:3:11: package.name: expected …`. */
export function formatProblem(problem: ConfigProblem): string {
  const where = problem.file === undefined ? 'md-codegen' : problem.point ? `${problem.file}:${problem.point.line}:${problem.point.column}` : problem.file;
  return `${where}: ${printable(problem.message)}`;
}

/** A key path as written in JavaScript: `package.name`, `seeds[1]`, `tables["docs/a.md#A"].kind`; empty for the whole file. */
export function keyPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

/** A value as messages show it: strings quoted (and cut after 60 characters), other values by their kind or as written. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The problems of a config file as the CLI prints them: one line each, then that nothing ran. */
export function describeProblems(problems: readonly ConfigProblem[]): string {
  const count = problems.length === 1 ? 'the config error above' : `the ${problems.length} config errors above`;
  return `${problems.map(formatProblem).join('\n')}\n\nNothing was written: fix ${count}.\n`;
}
