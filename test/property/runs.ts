// How many cases each property runs: the default keeps `npm test` fast;
// MD_CODEGEN_PROPERTY_RUNS=5000 runs a larger count.

/** `MD_CODEGEN_PROPERTY_RUNS` when set to a positive whole number, else `byDefault`. */
export function propertyRuns(byDefault: number): number {
  const value = process.env.MD_CODEGEN_PROPERTY_RUNS;
  if (value === undefined || value === '') return byDefault;
  if (!/^[1-9][0-9]*$/.test(value)) throw new Error(`MD_CODEGEN_PROPERTY_RUNS must be a positive whole number, not ${JSON.stringify(value)}`);
  return Number(value);
}

/** A test timeout for `runs` cases of about `msPerRun` each (on a loaded machine), never below the default minute. */
export function propertyTimeout(runs: number, msPerRun: number): number {
  return Math.max(60_000, runs * msPerRun);
}
