/** One HTTP status class: its key, the word in export names, and the codes it holds. */
export interface StatusClass {
  /** `success`: the value of `HttpStatusClass`. */
  readonly key: string;
  /** `Success`: as in `SuccessHttpStatusCode` and `isSuccessHttpStatus`. */
  readonly pascal: string;
  /** `2xx`: the codes it takes. */
  readonly range: string;
  /** `2xx (success)`: how docs name it. */
  readonly what: string;
  /** Whether a code belongs to it. */
  readonly has: (code: number) => boolean;
  /** The same test as generated code over `value`. */
  readonly condition: string;
}

const digit = (first: number, key: string, pascal: string, what: string): StatusClass => ({
  key,
  pascal,
  range: `${first}xx`,
  what: `${first}xx (${what})`,
  has: (code) => code >= first * 100 && code <= first * 100 + 99,
  condition: `value >= ${first * 100} && value <= ${first * 100 + 99}`,
});

/** The HTTP status classes, by first digit, then `nonStandard` for codes outside 100–599. */
export const statusClasses: readonly StatusClass[] = [
  digit(1, 'informational', 'Informational', 'informational'),
  digit(2, 'success', 'Success', 'success'),
  digit(3, 'redirection', 'Redirection', 'redirection'),
  digit(4, 'clientError', 'ClientError', 'client error'),
  digit(5, 'serverError', 'ServerError', 'server error'),
  {
    key: 'nonStandard',
    pascal: 'NonStandard',
    range: 'outside 100–599',
    what: 'outside 100–599 (non-standard)',
    has: (code) => code < 100 || code > 599,
    condition: '(value < 100 || value > 599)',
  },
];

/** The class of `code`. */
export function statusClassOf(code: number): StatusClass {
  return statusClasses.find((entry) => entry.has(code)) ?? statusClasses[statusClasses.length - 1]!;
}

/** The export names of one class for a seed whose names are based on `pascal` (`HttpStatus`). */
export function classNames(entry: StatusClass, pascal: string): { readonly type: string; readonly guard: string } {
  return { type: `${entry.pascal}${pascal}Code`, guard: `is${entry.pascal}${pascal}` };
}
