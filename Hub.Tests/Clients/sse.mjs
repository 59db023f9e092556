// Drives DataHub's GraphQL-over-SSE endpoint with graphql-sse's own client (the protocol's reference
// implementation) and prints one JSON object of what arrived, for a test to judge.
//
//   node sse.mjs <server base url> <single|distinct> <plan json> [path]
//
// path: where the client connects, /graphql/stream unless given (distinct connections mode is also served at /graphql).
//
// plan: { regionCode, kinds, queryStationId, sentinelTitle, recordAs (an Authorization header value: recording
//         needs credentials), records: [{ stationId, kind, title, participants }] }
// Two subscriptions to activityRecorded (one by region, one by kinds) are started; once the server has accepted
// both, the activities are recorded through GraphQL over HTTP in order. The last record (the sentinel) matches both
// subscriptions, and the feed keeps order, so when it has arrived everything recorded before it has arrived too.
// Without records (and recordAs) the script only subscribes and waits for the sentinel: the test records the
// activities itself, for example on another server instance, once it sees the server hold both subscriptions.
import { createClient } from 'graphql-sse';

const [, , base, mode, planJson, path = '/graphql/stream'] = process.argv;
if (!base || !['single', 'distinct'].includes(mode) || !planJson) {
  console.error('usage: node sse.mjs <server base url> <single|distinct> <plan json> [path]');
  process.exit(2);
}

const plan = JSON.parse(planJson);
const streamUrl = new URL(path, base).toString();
const httpUrl = new URL('/graphql', base).toString();
const timeoutMs = 20_000;

// The server accepts a subscription only once it is in place: in distinct connections mode its stream opens after
// the subscribe step, in single connection mode its POST is answered 202 after it. Counting those answers tells the
// script when recording can begin, without guessing a delay. Every answer wakes whoever waits on the log.
let accepted = 0;
const waiters = [];
const requests = [];
async function observingFetch(input, init) {
  const response = await fetch(input, init);
  requests.push({ method: init?.method ?? 'GET', status: response.status });
  if (init?.method === 'POST' && init.body && (response.status === 200 || response.status === 202)) {
    accepted++;
  }
  waiters.splice(0).forEach((wake) => wake());
  return response;
}

// Waits until count() reaches want, woken by each answer (and every 100 ms), or fails naming what was missing.
async function waitFor(count, want, what) {
  const deadline = Date.now() + timeoutMs;
  while (count() < want) {
    if (Date.now() > deadline) throw new Error(`only ${count()} of ${want} ${what}`);
    await new Promise((resolve) => {
      waiters.push(resolve);
      setTimeout(resolve, 100);
    });
  }
}

const waitForAccepted = (want) => waitFor(() => accepted, want, 'operations were accepted');
// dispose() sends its DELETE without waiting for the answer: the log is complete only once both are answered.
const waitForDeletes = (want) => waitFor(() => requests.filter((r) => r.method === 'DELETE').length, want, 'DELETEs were answered');

const client = createClient({
  url: streamUrl,
  singleConnection: mode === 'single',
  fetchFn: observingFetch,
  retryAttempts: 0,
});

const selection = 'id title kind occurredOn participants station { id }';

function collect(query, variables) {
  const results = [];
  let settle;
  let fail;
  const sentinel = new Promise((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const dispose = client.subscribe(
    { query, variables },
    {
      next(result) {
        results.push(result);
        if (result.data?.activityRecorded?.title === plan.sentinelTitle) settle();
      },
      error(error) {
        fail(error);
      },
      complete() {
        settle();
      },
    },
  );
  return { results, sentinel, dispose };
}

function withTimeout(promise, what) {
  return Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs)),
  ]);
}

async function record({ stationId, kind, title, participants }) {
  const response = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: plan.recordAs },
    body: JSON.stringify({
      query: 'mutation($input: RecordActivityInput!) { recordActivity(input: $input) { activity { id } errors { message } } }',
      variables: { input: { stationId, kind, title, participants, occurredOn: '2025-03-01' } },
    }),
  });
  const body = await response.json();
  const payload = body.data?.recordActivity;
  if (!payload?.activity) throw new Error('recordActivity failed: ' + JSON.stringify(body));
  return { title, id: payload.activity.id };
}

try {
  const byRegion = collect(
    `subscription($region: String) { activityRecorded(regionCode: $region) { ${selection} } }`,
    { region: plan.regionCode },
  );
  const byKinds = collect(
    `subscription($kinds: [ActivityKind!]) { activityRecorded(kinds: $kinds) { ${selection} } }`,
    { kinds: plan.kinds },
  );
  await waitForAccepted(2);

  const recorded = [];
  for (const activity of plan.records ?? []) {
    recorded.push(await record(activity));
  }

  await withTimeout(Promise.all([byRegion.sentinel, byKinds.sentinel]), 'the sentinel activity');
  byRegion.dispose();
  byKinds.dispose();

  const query = [];
  for await (const result of client.iterate({
    query: 'query($id: ID!) { station(id: $id) { id name } }',
    variables: { id: plan.queryStationId },
  })) {
    query.push(result);
  }
  if (mode === 'single') await waitForDeletes(2);

  process.stdout.write(
    JSON.stringify({ byRegion: byRegion.results, byKinds: byKinds.results, recorded, query, requests }) + '\n',
  );
  client.dispose();
  process.exit(0);
} catch (error) {
  console.error(error?.stack ?? String(error));
  client.dispose();
  process.exit(1);
}
