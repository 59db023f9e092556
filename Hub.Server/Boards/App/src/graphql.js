// The boards use the public API only, exactly as any other client would: GraphQL over HTTP at /graphql and
// graphql-sse at /graphql/stream. The server gives each page a <base href> of its files folder (/boards/),
// so the endpoints are found relative to it, under whatever path base the hub is served.
export const graphqlUrl = new URL('../graphql', document.baseURI).href;
export const streamUrl = new URL('../graphql/stream', document.baseURI).href;

/** A GraphQL error of the API, with the code from extensions.code. */
export class GraphQLError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join('; '));
    this.code = errors[0]?.extensions?.code ?? null;
  }
}

export async function query(document, variables) {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: document, variables }),
  });
  const body = await response.json().catch(() => null);
  if (body?.errors?.length) {
    throw new GraphQLError(body.errors);
  }
  if (!response.ok || !body?.data) {
    throw new Error(`HTTP ${response.status}`);
  }
  return body.data;
}

/** Chinese text for an error a person reads on the page. */
export function describe(error) {
  switch (error?.code) {
    case 'NOT_FOUND':
      return '找不到这个地区，请检查地区代码。';
    case 'BAD_USER_INPUT':
      return '地址中的参数有误，请检查地区代码和月份。';
    case 'RATE_LIMITED':
      return '请求过于频繁，稍后自动重试。';
    case 'SERVICE_UNAVAILABLE':
      return '服务暂时不可用，稍后自动重试。';
    default:
      return '暂时无法读取数据，稍后自动重试。';
  }
}
