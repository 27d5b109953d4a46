// CitationLint for VS Code: starts `citationlint lsp` (the language server: diagnostics, hover, quick fixes, links)
// for Markdown and plain text, and shows the `citationlint:` documents its links lead to.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

/** The scheme of the server's document links: citationlint:/lookup/LAW/ARTICLE/VERSION. */
const lookupScheme = 'citationlint';

/** The server's request for a link's text: what `citationlint lookup LAW ARTICLE --version VERSION --history` prints. */
const lookupRequest = 'citationlint/lookup';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // A citation's link opens a read-only document with the provision in every version, served by the running server.
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(lookupScheme, {
      provideTextDocumentContent: async (uri) =>
        client ? client.sendRequest<string>(lookupRequest, { uri: uri.toString() }) : 'CitationLint is not running.',
    }),
    vscode.workspace.onDidChangeConfiguration(async (change) => {
      if (change.affectsConfiguration('citationlint')) {
        await stop();
        await start();
      }
    }),
  );
  await start();
}

export function deactivate(): Promise<void> {
  return stop();
}

async function start(): Promise<void> {
  const settings = vscode.workspace.getConfiguration('citationlint');
  // citationlint.path, else the .NET tool on PATH (dotnet tool install -g citationlint).
  const command = settings.get<string>('path')?.trim() || 'citationlint';
  const lang = settings.get<string>('lang');
  const args = ['lsp', ...(lang ? ['--lang', lang] : [])];
  const server: ServerOptions = { run: { command, args }, debug: { command, args } };
  const options: LanguageClientOptions = {
    // Files and unsaved buffers; not the citationlint: documents the links open.
    documentSelector: ['file', 'untitled'].flatMap((scheme) => [
      { scheme, language: 'markdown' },
      { scheme, language: 'plaintext' },
    ]),
  };
  client = new LanguageClient('citationlint', 'CitationLint', server, options);
  try {
    await client.start();
  } catch (error) {
    client = undefined;
    void vscode.window.showErrorMessage(
      `CitationLint could not start '${command} lsp' (${String(error)}). Install the .NET tool (dotnet tool install -g citationlint) or set citationlint.path.`,
    );
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop();
  }
}
