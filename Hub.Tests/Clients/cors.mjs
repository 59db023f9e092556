// Calls a running hub from pages of other origins in Debian's headless Chromium, as a partner's site would: each page
// is served by a web server of its own (another origin than the hub's), and fetches the hub from inside the page, so
// the browser itself applies CORS (preflights included). For every page it tries
//   - an anonymous POST (application/json, so preflighted) of <listing query>,
//   - an anonymous GET of the same query,
//   - the same POST over Server-Sent Events (Accept: text/event-stream),
//   - a credentialed POST of <credentialed query> with "Authorization: Bearer <token>" and credentials: 'include',
//   - a graphql-transport-ws handshake (WebSockets are not subject to CORS),
// and prints one JSON object with what each page saw (status and body, or the error the page got) and the console
// errors Chromium logged, so the test in C# judges it.
//
// usage: node cors.mjs <hub graphql url> <listing query> <credentialed query> <token> <page url>...
// HUB_CHROMIUM overrides the browser (default /usr/bin/chromium, installed by .ci/chromium.sh).
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [hub, listing, credentialed, token, ...pages] = process.argv.slice(2);
if (!hub || !listing || !credentialed || !token || pages.length === 0) {
  console.error('usage: node cors.mjs <hub graphql url> <listing query> <credentialed query> <token> <page url>...');
  process.exit(2);
}

const timeout = 60_000;
const seen = { pages: [] };

const profile = await mkdtemp(join(tmpdir(), 'hub-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.HUB_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  // As in graphiql.mjs: root in CI needs --no-sandbox, and nothing beyond loopback is reachable or wanted.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  timeout,
});

let exitCode = 0;
try {
  for (const url of pages) {
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    const visit = { url, consoleErrors: [], pageErrors: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') {
        visit.consoleErrors.push(message.text());
      }
    });
    page.on('pageerror', (error) => visit.pageErrors.push(String(error)));

    const navigation = await page.goto(url, { waitUntil: 'load' });
    visit.pageStatus = navigation?.status() ?? null;
    Object.assign(visit, await page.evaluate(async ({ hub, listing, credentialed, token }) => {
      // What the page's own script can learn: the answer, or the TypeError a blocked request gives.
      const attempt = async (init, target = hub) => {
        try {
          const response = await fetch(target, init);
          return { status: response.status, contentType: response.headers.get('content-type'), retryAfter: response.headers.get('retry-after'), body: await response.text() };
        } catch (error) {
          return { error: `${error.name}: ${error.message}` };
        }
      };
      const json = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' };
      const socket = () => new Promise((resolve) => {
        const ws = new WebSocket(hub.replace(/^http/, 'ws'), 'graphql-transport-ws');
        const done = (result) => { resolve(result); try { ws.close(); } catch { /* already closed */ } };
        ws.onopen = () => ws.send(JSON.stringify({ type: 'connection_init' }));
        ws.onmessage = (event) => done({ message: JSON.parse(event.data).type });
        ws.onerror = () => done({ error: 'the WebSocket failed' });
        setTimeout(() => done({ error: 'no answer within 10 s' }), 10_000);
      });
      return {
        origin: location.origin,
        anonymousPost: await attempt({ method: 'POST', headers: json, body: JSON.stringify({ query: listing }) }),
        anonymousGet: await attempt({ headers: { Accept: 'application/graphql-response+json' } }, `${hub}?query=${encodeURIComponent(listing)}`),
        anonymousEvents: await attempt({ method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' }, body: JSON.stringify({ query: listing }) }),
        credentialedPost: await attempt({
          method: 'POST',
          headers: { ...json, Authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: credentialed }),
          credentials: 'include',
        }),
        webSocket: await socket(),
      };
    }, { hub, listing, credentialed, token }));
    seen.pages.push(visit);
    await page.close();
  }
} catch (error) {
  seen.failure = String(error?.stack ?? error);
  exitCode = 1;
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}

process.stdout.write(JSON.stringify(seen, null, 2) + '\n');
process.exit(exitCode);
