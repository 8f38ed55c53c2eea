/** Input limits; each has a CLI flag. */
export interface Limits {
  /** Largest seed file, in bytes. */
  readonly fileSize: number;
  /** Most body rows in one table. */
  readonly rows: number;
  /** Most columns in one table. */
  readonly columns: number;
  /** Longest cell, in characters. */
  readonly cellLength: number;
}

export const defaultLimits: Limits = {
  fileSize: 5_000_000,
  rows: 100_000,
  columns: 16,
  cellLength: 10_000,
};
