// Uploads a monthly report to importObservations by the GraphQL multipart request spec
// (https://github.com/jaydenseric/graphql-multipart-request-spec) with Node's own FormData and fetch (undici),
// a spec-conformant multipart encoder that streams the file from disk, as a browser's FormData would.
// Prints {status, body} as one JSON object, so the calling test judges the answer.
//
// usage: node upload.mjs <graphql url> <authorization header> <file path> <preflight: yes|no>
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';

const [url, authorization, path, preflight] = process.argv.slice(2);
if (!url || !authorization || !path || !preflight) {
  console.error('usage: node upload.mjs <graphql url> <authorization header> <file path> <preflight: yes|no>');
  process.exit(2);
}

const query = `mutation Import($file: Upload!) {
  importObservations(input: { file: $file }) { imported replaced errors { row column code message } }
}`;

const form = new FormData();
form.append('operations', JSON.stringify({ query, operationName: 'Import', variables: { file: null } }));
form.append('map', JSON.stringify({ 0: ['variables.file'] }));
form.append('0', await openAsBlob(path, { type: 'text/csv' }), basename(path));

// Apollo Client's upload link is told to send Apollo-Require-Preflight; without it the hub refuses the form post.
const headers = { authorization, accept: 'application/graphql-response+json' };
if (preflight === 'yes') {
  headers['apollo-require-preflight'] = 'true';
}

const response = await fetch(url, { method: 'POST', headers, body: form });
process.stdout.write(JSON.stringify({ status: response.status, body: await response.json() }) + '\n');
