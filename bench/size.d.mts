// Types of bench/size.mjs, for the tests that import it.

/** The repository root. */
export declare const root: string;

/** One measured import. */
export interface SizeCase {
  readonly name: string;
  readonly from: string;
  readonly peer: boolean;
}

/** One measured bundle. */
export interface SizeRow extends SizeCase {
  readonly bytes: number;
  readonly text: string;
}

export declare const sizeCases: readonly SizeCase[];
export declare function bundleImport(name: string, from: string, resolveDir?: string): Promise<{ text: string; bytes: number }>;
export declare function measureSizes(options?: { resolveDir?: string; peerResolveDir?: string }): Promise<SizeRow[]>;
export declare function formatSizes(rows: readonly Pick<SizeRow, 'name' | 'from' | 'bytes'>[]): string;
export declare function sizeGoals(rows: readonly Pick<SizeRow, 'name' | 'bytes'>[]): { goal: string; met: boolean }[];
