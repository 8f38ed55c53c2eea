/** The exported names of one code table, all formed from its export name (from the file name, a heading or a directive). */
export interface ExportNames {
  /** `HttpStatus`: the enum. */
  readonly enum: string;
  /** `HttpStatusCode`: the literal union of codes. */
  readonly code: string;
  /** `HttpStatusName`: the union of member names. */
  readonly name: string;
  /** `HttpStatusInfo`: one entry of the map. */
  readonly info: string;
  /** `HttpStatusClass`: the status classes (HTTP tables). */
  readonly class: string;
  /** `httpStatusCodes`: every code, in document order. */
  readonly codes: string;
  /** `httpStatusByCode`: the const map. */
  readonly map: string;
  /** `getHttpStatus`. */
  readonly get: string;
  /** `getHttpStatusOrThrow`. */
  readonly getOrThrow: string;
  /** `isHttpStatusCode`. */
  readonly is: string;
  /** `getHttpStatusClass`. */
  readonly getClass: string;
  /** `httpStatusSource`: the metadata. */
  readonly source: string;
  /** The base for per-class names: `HttpStatus` in `SuccessHttpStatusCode`, `isSuccessHttpStatus`. */
  readonly pascal: string;
}

/** The names for the export name `HttpStatus`: `HttpStatus`, `httpStatusByCode`, ... */
export function exportNames(pascal: string): ExportNames {
  const camel = pascal[0]!.toLowerCase() + pascal.slice(1);
  return {
    enum: pascal,
    code: `${pascal}Code`,
    name: `${pascal}Name`,
    info: `${pascal}Info`,
    class: `${pascal}Class`,
    codes: `${camel}Codes`,
    map: `${camel}ByCode`,
    get: `get${pascal}`,
    getOrThrow: `get${pascal}OrThrow`,
    is: `is${pascal}Code`,
    getClass: `get${pascal}Class`,
    source: `${camel}Source`,
    pascal,
  };
}
