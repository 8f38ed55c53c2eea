// A client of tsserver, the TypeScript that the project depends on, over its
// stdio protocol: requests are JSON lines on stdin; responses and events come
// on stdout, each behind a `Content-Length` header (in bytes).
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { root } from '../helpers.js';

/** A position as the protocol counts it: line and offset (column) from 1. */
export interface Location {
  readonly line: number;
  readonly offset: number;
}

/** One place a definition request answers with. */
export interface FileSpan {
  readonly file: string;
  readonly start: Location;
  readonly end: Location;
}

interface Response {
  readonly type: 'response';
  readonly request_seq: number;
  readonly success: boolean;
  readonly message?: string;
  readonly body?: unknown;
}

/** A running tsserver: `request` sends a command and resolves with its response's body; `close` ends it. */
export interface TsServer {
  readonly request: (command: string, args: unknown) => Promise<unknown>;
  readonly close: () => void;
}

/** Start `node_modules/typescript/lib/tsserver.js`, without typings acquisition (no network). */
export function startTsServer(): TsServer {
  const server: ChildProcessByStdio<Writable, Readable, null> = spawn(process.execPath, [join(root, 'node_modules/typescript/lib/tsserver.js'), '--disableAutomaticTypingAcquisition'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const waiting = new Map<number, { resolve: (body: unknown) => void; reject: (error: Error) => void }>();
  let buffer = Buffer.alloc(0);
  server.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const header = /^Content-Length: (\d+)\r\n\r\n/.exec(buffer.toString('latin1', 0, Math.min(buffer.length, 64)));
      if (header === null) break;
      const start = header[0].length;
      const end = start + Number(header[1]);
      if (buffer.length < end) break;
      const message = JSON.parse(buffer.toString('utf8', start, end)) as Response | { readonly type: 'event' };
      buffer = buffer.subarray(end);
      if (message.type !== 'response') continue;
      const pending = waiting.get(message.request_seq);
      waiting.delete(message.request_seq);
      if (message.success) pending?.resolve(message.body);
      else pending?.reject(new Error(`tsserver: ${message.message ?? 'request failed'}`));
    }
  });
  server.on('exit', (code) => {
    for (const pending of waiting.values()) pending.reject(new Error(`tsserver exited (${String(code)}) before it answered`));
    waiting.clear();
  });
  let seq = 0;
  return {
    request: (command, args) =>
      new Promise((resolve, reject) => {
        seq++;
        waiting.set(seq, { resolve, reject });
        server.stdin.write(`${JSON.stringify({ seq, type: 'request', command, arguments: args })}\n`);
      }),
    close: () => {
      server.stdin.end();
      server.kill();
    },
  };
}

/** Where the first `text` starts in a file's text, as a protocol location. */
export function locationOf(fileText: string, text: string): Location {
  const at = fileText.indexOf(text);
  if (at === -1) throw new Error(`\`${text}\` is not in the file`);
  const before = fileText.slice(0, at);
  return { line: before.split('\n').length, offset: at - before.lastIndexOf('\n') };
}
