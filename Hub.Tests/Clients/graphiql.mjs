// Drives the GraphiQL IDE of a running hub in Debian's headless Chromium the way a person would: opens the page,
// types a query into the editor, presses the run button, reads the result pane, opens the documentation explorer
// and the page of one type, then runs a subscription and waits until the result pane shows the event whose text
// is <expected> (the test records it over HTTP once the server has the subscriber). Prints one JSON object with
// what it saw, so the test in C# judges it.
//
// usage: node graphiql.mjs <IDE url> <query> <type name to open in the docs> <subscription> <expected> <screenshot.png>
// HUB_CHROMIUM overrides the browser (default /usr/bin/chromium, installed by .ci/chromium.sh).
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, query, typeName, subscription, expected, screenshot] = process.argv.slice(2);
if (!url || !query || !typeName || !subscription || !expected || !screenshot) {
  console.error('usage: node graphiql.mjs <IDE url> <query> <type name> <subscription> <expected> <screenshot.png>');
  process.exit(2);
}

const timeout = 60_000;
const origin = new URL(url).origin;
const seen = { foreignRequests: [], failedRequests: [], pageErrors: [], subscriptionErrors: [], consoleErrors: [] };
// Errors of the page while the subscription runs are kept apart, so the test can tell which step failed.
let errors = seen.pageErrors;

// Monaco draws spaces as U+00A0; a person reads them as spaces.
const text = (s) => s.replaceAll('\u00a0', ' ');

// A fresh profile every run: no history or stored query of an earlier run can leak into this one.
const profile = await mkdtemp(join(tmpdir(), 'hub-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.HUB_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  // Root in CI needs --no-sandbox; the machines have no GPU and reach no network beyond loopback, so
  // everything Chromium would fetch on its own (updates, sync, QUIC probes) is switched off.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  viewport: { width: 1400, height: 900 },
  timeout,
});

let exitCode = 0;
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(timeout);
  page.on('request', (request) => {
    const requestUrl = new URL(request.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(requestUrl.protocol) && requestUrl.origin !== origin
        && requestUrl.origin.replace(/^ws/, 'http') !== origin) {
      seen.foreignRequests.push(request.url());
    }
  });
  page.on('requestfailed', (request) => seen.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      seen.consoleErrors.push(message.text());
    }
  });

  const navigation = await page.goto(url, { waitUntil: 'load' });
  seen.pageStatus = navigation?.status() ?? null;
  seen.pageContentType = navigation?.headers()['content-type'] ?? null;

  // Type a document as a person would: click into the editor, select everything, replace it.
  const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
  const type = async (document) => {
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(document);
    // GraphiQL parses the editor a moment after the last keystroke (debounced), and what it parsed decides
    // whether Run goes over HTTP or over the WebSocket. A person is never that fast; the script waits until
    // the tab shows the operation's name, which GraphiQL sets from that same parse.
    const name = /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(document)?.[1];
    if (name) {
      await page.locator('.graphiql-tab-active', { hasText: name }).waitFor();
    }
  };
  await editor.waitFor();
  await type(query);
  seen.editorText = text(await page.locator('.graphiql-query-editor .view-lines').first().innerText());

  await page.locator('.graphiql-execute-button').click();
  const result = page.locator('.graphiql-response .view-lines').first();
  await page.waitForFunction(
    () => /"(data|errors)"/.test(document.querySelector('.graphiql-response .view-lines')?.textContent ?? ''),
    null,
    { timeout },
  );
  seen.result = text(await result.innerText());

  // The documentation explorer is built from the schema GraphiQL introspected.
  await page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click();
  const docs = page.locator('.graphiql-doc-explorer');
  await docs.getByText('All Schema Types').waitFor();
  seen.schemaDocs = text(await docs.innerText());
  await docs.locator('a.graphiql-doc-explorer-type-name', { hasText: new RegExp(`^${typeName}$`) }).first().click();
  await docs.locator('.graphiql-doc-explorer-title', { hasText: new RegExp(`^${typeName}$`) }).waitFor();
  seen.typeDocs = text(await docs.innerText());
  await page.screenshot({ path: screenshot });

  // Subscriptions go over graphql-transport-ws to the same path; the result pane shows each event as it arrives.
  await type(subscription);
  errors = seen.subscriptionErrors;
  const socket = page.waitForEvent('websocket', { timeout: 15_000 });
  await page.locator('.graphiql-execute-button').click();
  seen.subscriptionSocket = (await socket).url();
  await page.waitForFunction(
    (text) => (document.querySelector('.graphiql-response .view-lines')?.textContent ?? '').replaceAll('\u00a0', ' ').includes(text),
    expected,
    { timeout },
  );
  seen.subscriptionResult = text(await result.innerText());
} catch (error) {
  seen.failure = String(error?.stack ?? error);
  exitCode = 1;
  try {
    await context.pages()[0]?.screenshot({ path: screenshot });
  } catch {
    // The screenshot only helps to see why; its absence must not hide the failure itself.
  }
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}

process.stdout.write(JSON.stringify(seen, null, 2) + '\n');
process.exit(exitCode);
