/** The exported names of one seed's module, all formed from its file name. */
export interface SeedNames {
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
  /** `HttpStatusSource`: its type. */
  readonly sourceType: string;
  /** The base for per-class names: `HttpStatus` in `SuccessHttpStatusCode`, `isSuccessHttpStatus`. */
  readonly pascal: string;
}

/** Whether a seed file name (without `.md`) can name a module: `http-status`. */
export function isValidSlug(slug: string): boolean {
  return /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(slug);
}

/** The names for the seed `http-status`: `HttpStatus`, `httpStatusByCode`, ... */
export function seedNames(slug: string): SeedNames {
  const pascal = slug
    .split('-')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
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
    sourceType: `${pascal}Source`,
    pascal,
  };
}
