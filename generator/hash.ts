import { createHash } from 'node:crypto';

/** The SHA-256 of `bytes` (a string is hashed as UTF-8), in hex: what the record of a generated folder holds. */
export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

declare module 'vfile' {
  interface DataMap {
    /** The SHA-256 of the document's bytes as they were read and parsed (see {@link hashBytes}). */
    digest: string;
  }
}
