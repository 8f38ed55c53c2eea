// generator/seeds.ts: a document that cannot be read is a located error, never a stack trace.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../generator/limits.js';
import { readInput } from '../generator/seeds.js';
import { messagesOf, tempDir } from './helpers.js';

describe('readInput', () => {
  it('reports a document that cannot be read (here a folder where the file was listed) as document-read, at 1:1', () => {
    const { dir, cleanup } = tempDir();
    try {
      mkdirSync(join(dir, 'gone.md'));
      const { file, document } = readInput({ path: join(dir, 'gone.md'), shown: 'seeds/gone.md', relative: 'gone.md' }, defaultLimits);
      expect(messagesOf(file)).toEqual([['document-read', 'error', '1:1']]);
      expect(file.messages[0]!.reason).toBe('Could not read the document (EISDIR); expected a readable file: check its permissions, or remove it from the seeds');
      expect(document).toBeUndefined();
    } finally {
      cleanup();
    }
  });
});
