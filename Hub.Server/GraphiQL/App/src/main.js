// The GraphiQL IDE of DataHub. The server sends this page for GET /graphql when a browser asks for HTML, so
// the address the page was loaded from is the GraphQL endpoint itself: queries and mutations are POSTed
// back to it, subscriptions go over graphql-transport-ws to the same path with a ws(s) scheme.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';

const endpoint = new URL(window.location.pathname, window.location.origin);
const subscriptionEndpoint = new URL(endpoint);
subscriptionEndpoint.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

const fetcher = createGraphiQLFetcher({
  url: endpoint.href,
  subscriptionUrl: subscriptionEndpoint.href,
  // The hub answers neither @defer nor @stream, so the plain fetcher is enough; it asks for
  // application/graphql-response+json and so gets the spec's status codes.
  enableIncrementalDelivery: false,
});

// A link such as /graphql?query=... opens the IDE with that document, as GraphiQL links usually do.
const params = new URLSearchParams(window.location.search);

const defaultQuery = `# DataHub: township and street social work stations behind one GraphQL schema.
# Run with Ctrl-Enter; the Docs button on the left lists every type and field.
{
  stations(first: 5) {
    totalCount
    edges {
      node {
        name
      }
    }
  }
}
`;

createRoot(document.getElementById('graphiql')).render(
  createElement(
    StrictMode,
    null,
    createElement(GraphiQL, {
      fetcher,
      defaultQuery,
      initialQuery: params.get('query') ?? undefined,
      initialVariables: params.get('variables') ?? undefined,
    }),
  ),
);
