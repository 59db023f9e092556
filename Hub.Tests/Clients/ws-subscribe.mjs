// Subscribes over graphql-transport-ws with the reference client (graphql-ws) and prints, as one JSON object, every
// result each subscription received. A subscription ends when it receives the activity titled <until> (the test
// records that one last, matching every subscription), so "nothing else arrived" needs no waiting.
//
// usage: node ws-subscribe.mjs <ws url> <spec json>
//   spec: { "subscriptions": [{ "name": "...", "query": "...", "variables": { ... } }], "until": "<title>", "timeoutMs": 30000 }
// Prints {"connected":true} on stderr once the socket is acknowledged; the test waits for the server's subscriber count.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, specText] = process.argv.slice(2);
if (!url || !specText) {
  console.error('usage: node ws-subscribe.mjs <ws url> <spec json>');
  process.exit(2);
}

const spec = JSON.parse(specText);
const seen = { received: {}, errors: {}, completed: [], closed: null };
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  retryAttempts: 0,
  lazy: false,
  on: {
    connected: () => console.error(JSON.stringify({ connected: true })),
    closed: (event) => {
      seen.closed = { code: event?.code ?? null, reason: event?.reason ?? null };
    },
  },
});

const done = spec.subscriptions.map(
  ({ name, query, variables }) =>
    new Promise((resolve) => {
      seen.received[name] = [];
      const unsubscribe = client.subscribe(
        { query, variables },
        {
          next: (result) => {
            seen.received[name].push(result);
            if (result?.data?.activityRecorded?.title === spec.until) {
              unsubscribe();
              resolve();
            }
          },
          error: (error) => {
            seen.errors[name] = Array.isArray(error) ? error : { message: String(error?.message ?? error), code: error?.code, reason: error?.reason };
            resolve();
          },
          complete: () => {
            seen.completed.push(name);
            resolve();
          },
        },
      );
    }),
);

const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), spec.timeoutMs ?? 30_000));
const outcome = await Promise.race([Promise.all(done), timeout]);
seen.timedOut = outcome === 'timeout';
await client.dispose();
process.stdout.write(JSON.stringify(seen) + '\n');
process.exit(seen.timedOut ? 1 : 0);
