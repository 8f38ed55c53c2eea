// The remark language server (test/remark/language-server.mjs, built as
// remark-language-server builds it) driven over stdio with a JSON-RPC client,
// as an editor drives it: it loads md-codegen/remark from the project's
// `.remarkrc.json`, publishes the messages of generate as diagnostics, and
// offers each message's `expected` as a quick fix.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  type CodeAction,
  createProtocolConnection,
  type Diagnostic,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleUrl } from '../../generator/rules.js';
import { root, seedBytes } from '../helpers.js';
import { editorProject, generateMessages } from './project.js';

let server: ChildProcess;
let connection: ProtocolConnection;
let project: ReturnType<typeof editorProject>;
const published: PublishDiagnosticsParams[] = [];
let waiting: (() => void)[] = [];

/** The next diagnostics published for `uri` at `version`. */
async function diagnosticsOf(uri: string, version: number): Promise<Diagnostic[]> {
  for (;;) {
    const found = published.find((params) => params.uri === uri && params.version === version);
    if (found) return found.diagnostics;
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
}

beforeAll(async () => {
  project = editorProject({ plugins: ['remark-gfm', 'md-codegen/remark'] });
  server = spawn(process.execPath, [join(root, 'test/remark/language-server.mjs'), '--stdio'], { cwd: project.dir, stdio: ['pipe', 'pipe', 'inherit'] });
  connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params);
    const resolve = waiting;
    waiting = [];
    for (const each of resolve) each();
  });
  connection.listen();
  const uri = pathToFileURL(project.dir).href;
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: uri, capabilities: {}, workspaceFolders: [{ uri, name: 'project' }] });
  await connection.sendNotification(InitializedNotification.type, {});
}, 30_000);

afterAll(async () => {
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  connection.dispose();
  server.kill();
  project.cleanup();
});

describe('the remark language server with md-codegen/remark', () => {
  const seed = () => pathToFileURL(join(project.dir, 'seeds/http-status.md')).href;

  it('publishes the messages of generate for the opened seed: rule ids, ranges, severities, source and url', async () => {
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: seed(), languageId: 'markdown', version: 1, text: seedBytes.toString('utf8') } });
    const diagnostics = await diagnosticsOf(seed(), 1);
    const severity = { error: 1, warning: 2, info: 3 } as const;
    const want = (await generateMessages(project.dir)).map((message) => {
      const start = { line: message.line! - 1, character: message.column! - 1 };
      const end = message.endLine === null ? start : { line: message.endLine - 1, character: message.endColumn! - 1 };
      return { code: message.ruleId, range: { start, end }, severity: severity[message.severity], source: 'md-codegen', href: ruleUrl(message.ruleId!) };
    });
    const got = diagnostics.map((diagnostic) => ({ code: diagnostic.code, range: diagnostic.range, severity: diagnostic.severity, source: diagnostic.source, href: diagnostic.codeDescription?.href }));
    const order = (list: readonly object[]) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(want.length).toBeGreaterThan(10);
    expect(order(got)).toEqual(order(want));
    expect(diagnostics.find((diagnostic) => diagnostic.code === 'registry-phrase')?.range).toEqual({ start: { line: 10, character: 0 }, end: { line: 10, character: 13 } });
  }, 30_000);

  it('offers the registered phrase as the quick fix of registry-phrase', async () => {
    const diagnostic = (await diagnosticsOf(seed(), 1)).find((each) => each.code === 'registry-phrase' && each.range.start.line === 10)!;
    const actions = (await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: seed() }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
    expect(actions).toEqual([
      {
        title: 'Replace `203 See Other` with `203 Non-Authoritative Information`',
        kind: 'quickfix',
        isPreferred: true,
        edit: { changes: { [seed()]: [{ range: diagnostic.range, newText: '203 Non-Authoritative Information' }] } },
      },
    ]);
  }, 30_000);

  it('publishes again on every change: the fixed row has no registry-phrase any more', async () => {
    const text = seedBytes.toString('utf8').replace('203 See Other|', '203 Non-Authoritative Information|');
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: seed(), version: 2 }, contentChanges: [{ text }] });
    const diagnostics = await diagnosticsOf(seed(), 2);
    const on11 = (list: Diagnostic[]) => list.filter((each) => each.range.start.line === 10).map((each) => each.code);
    expect(on11(await diagnosticsOf(seed(), 1))).toEqual(expect.arrayContaining(['registry-phrase', 'name-clash']));
    expect(on11(diagnostics)).toEqual([]);
    expect(diagnostics.length).toBe((await diagnosticsOf(seed(), 1)).length - 2);
  }, 30_000);

  it('offers the name comment of table-name as an insertion', async () => {
    const table = 'Code | Description\n---|---\n200 OK|fine\n';
    const uri = pathToFileURL(join(project.dir, 'seeds/codes.md')).href;
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: `[//]:# "2024/11/7 14:33|api"\n\n${table}\n${table}` } });
    const diagnostic = (await diagnosticsOf(uri, 1)).find((each) => each.code === 'table-name')!;
    expect(diagnostic.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 0 } });
    const actions = (await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
    expect(actions.map((action) => [action.title, action.edit?.changes?.[uri]])).toEqual([
      ['Insert `<!-- md-codegen name="Codes1" -->\n`', [{ range: diagnostic.range, newText: '<!-- md-codegen name="Codes1" -->\n' }]],
    ]);
  }, 30_000);
});
