// Runs the GraphQL-over-HTTP server audits of graphql-http (the spec's reference implementation) against
// the URL given on the command line and prints one JSON array of results, so a test in any language can
// read the verdicts without parsing human-oriented output.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = [];
// One after another: the verdicts stay in the audit suite's order and a slow server is not flooded.
for (const audit of serverAudits({ url })) {
  try {
    const result = await audit.fn();
    results.push({ id: result.id, name: result.name, status: result.status, reason: result.reason ?? null });
  } catch (error) {
    // The suite throws only when it could not run the audit at all (connection refused, unreadable body).
    results.push({ id: audit.id, name: audit.name, status: 'error', reason: `audit could not run: ${error?.message ?? error}` });
  }
}

process.stdout.write(JSON.stringify(results, null, 2) + '\n');
