// The files a consumer writes: scripts for Node.js (ES modules and CommonJS)
// and TypeScript that must type-check under strict, all derived from the seed.
import type { NamedTable } from '../../generator/model.js';

const pkg = '@md-codegen/generated';

/** What the ES module and CommonJS scripts print, as JSON. */
export interface Printed {
  readonly resolved: string;
  readonly sameAsSubpath: boolean;
  readonly exports: string[];
  readonly first: unknown;
  readonly missing: unknown;
  readonly firstClass: unknown;
  readonly missingClass: unknown;
  readonly error: string;
}

const report = (first: number, missing: number) => `({
  exports: Object.keys(root).sort(),
  sameAsSubpath: root.HttpStatus === sub.HttpStatus && root.getHttpStatus === sub.getHttpStatus,
  first: root.getHttpStatus(${first}),
  missing: root.getHttpStatus(${missing}) ?? null,
  firstClass: root.getHttpStatusClass(${first}),
  missingClass: root.getHttpStatusClass(${missing}) ?? null,
  error: (() => { try { root.getHttpStatusOrThrow(${missing}); return ''; } catch (error) { return String(error); } })(),
})`;

/** `esm.mjs`: imports the root and the subpath. */
export function esmScript(first: number, missing: number): string {
  return [
    `import * as root from '${pkg}';`,
    `import * as sub from '${pkg}/http-status';`,
    `console.log(JSON.stringify({ resolved: import.meta.resolve('${pkg}'), ...${report(first, missing)} }));`,
    '',
  ].join('\n');
}

/** `cjs.cjs`: requires the root and the subpath. */
export function cjsScript(first: number, missing: number): string {
  return [
    `const root = require('${pkg}');`,
    `const sub = require('${pkg}/http-status');`,
    `console.log(JSON.stringify({ resolved: require.resolve('${pkg}'), ...${report(first, missing)} }));`,
    '',
  ].join('\n');
}

const union = (codes: readonly number[]) => (codes.length === 0 ? 'never' : codes.join(' | '));

/**
 * `consumer.ts`: exact unions (an `Equal` that tells `200 | 201` from
 * `200`), the lookups' `undefined`, the overloads and the guards, each
 * negative case behind a `@ts-expect-error` that must be needed.
 */
export function consumerTypes(seed: NamedTable): string {
  const codes = seed.rows.map((row) => row.code as number);
  const success = codes.filter((code) => code >= 200 && code <= 299);
  const first = codes[0]!;
  const name = seed.names[0]!;
  return `import {
  getHttpStatus, getHttpStatusClass, getHttpStatusOrThrow, HttpStatus, httpStatusByCode, isHttpStatusCode, isSuccessHttpStatus,
  type HttpStatusClass, type HttpStatusCode, type HttpStatusInfo, type HttpStatusName, type SuccessHttpStatusCode,
} from '${pkg}';
import * as sub from '${pkg}/http-status';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectTrue<T extends true>(): T | undefined {
  return undefined;
}

expectTrue<Equal<HttpStatusCode, ${union(codes)}>>();
expectTrue<Equal<SuccessHttpStatusCode, ${union(success)}>>();
// @ts-expect-error the union is exact: one code less is another type
expectTrue<Equal<HttpStatusCode, ${union(codes.slice(1))}>>();
expectTrue<Equal<ReturnType<typeof getHttpStatus>, HttpStatusInfo | undefined>>();
expectTrue<Equal<typeof sub.HttpStatus, typeof HttpStatus>>();
expectTrue<Equal<(typeof httpStatusByCode)[${first}], { readonly code: ${first}; readonly name: ${JSON.stringify(name)}; readonly phrase: ${JSON.stringify(seed.rows[0]!.phrase)}; readonly description: ${JSON.stringify(seed.rows[0]!.description.text)} }>>();
const entry: HttpStatusInfo = httpStatusByCode[${first}];
void entry;

// @ts-expect-error getHttpStatus may return undefined: its result must be checked
getHttpStatus(${first}).phrase;
const info = getHttpStatus(${first});
export const phrase: string = info === undefined ? '' : info.phrase;
export const thrown: HttpStatusInfo = getHttpStatusOrThrow(${first});
export const memberName: HttpStatusName = '${name}';
export const known: HttpStatusClass = getHttpStatusClass(HttpStatus.${name});
export const maybe: HttpStatusClass | undefined = getHttpStatusClass(Number('${first}'));
// @ts-expect-error the class of any number may be undefined
export const unsure: HttpStatusClass = getHttpStatusClass(Number('${first}'));

export function narrow(status: number): HttpStatusCode | SuccessHttpStatusCode | undefined {
  if (isSuccessHttpStatus(status)) return status;
  if (isHttpStatusCode(status)) return status;
  // @ts-expect-error status is any number here
  const code: HttpStatusCode = status;
  return code;
}
`;
}

/** `consumer.cts`: the same package from CommonJS under nodenext, through the `require` condition. */
export function consumerCjsTypes(seed: NamedTable): string {
  const first = seed.rows[0]!.code as number;
  return `import generated = require('${pkg}');
import sub = require('${pkg}/http-status');

export const code: generated.HttpStatusCode = generated.HttpStatus.${seed.names[0]!};
export const same: typeof sub.getHttpStatus = generated.getHttpStatus;
// @ts-expect-error getHttpStatus may return undefined: its result must be checked
generated.getHttpStatus(${first}).phrase;
`;
}

/**
 * A tsconfig for the consumer: strict, the package's own declarations checked
 * too (`skipLibCheck: false`), for TypeScript `6` or `5.0`.
 */
export function tsconfig(resolution: 'nodenext' | 'bundler' | 'node10', files: readonly string[], typescript: '6' | '5.0' = '6'): string {
  const compilerOptions = {
    module: resolution === 'nodenext' ? 'nodenext' : resolution === 'node10' ? 'commonjs' : 'esnext',
    moduleResolution: resolution,
    // TypeScript 6 deprecates node10 resolution; consumers on older TypeScript still use it (5.0 knows no such setting).
    ...(resolution === 'node10' && typescript === '6' ? { ignoreDeprecations: '6.0' } : {}),
    target: 'es2022',
    lib: ['es2022'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: false,
  };
  return `${JSON.stringify({ compilerOptions, files }, null, 2)}\n`;
}
