// Sends graphql-js's full introspection query with every option of the October 2021 spec and later (what code
// generators and IDEs send), builds a client schema from the answer and prints one JSON verdict: the response's
// errors, graphql-js's own validation of the built schema, and what the spec additions carry.
import { buildClientSchema, getIntrospectionQuery, isScalarType, validateSchema } from 'graphql';

const url = process.argv[2];
if (!url) {
  console.error('usage: node introspect.mjs <graphql endpoint url>');
  process.exit(2);
}

const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
const body = await response.json();
const verdict = { status: response.status, errors: body.errors ?? [], schemaErrors: [], description: null, scalars: {}, directives: {} };
if (body.data) {
  const schema = buildClientSchema(body.data);
  verdict.schemaErrors = validateSchema(schema).map((e) => e.message);
  verdict.description = schema.description ?? null;
  for (const type of Object.values(schema.getTypeMap())) {
    if (isScalarType(type) && !type.name.startsWith('__')) {
      verdict.scalars[type.name] = type.specifiedByURL ?? null;
    }
  }
  for (const directive of schema.getDirectives()) {
    verdict.directives[directive.name] = { isRepeatable: directive.isRepeatable, args: directive.args.map((a) => a.name) };
  }
}
process.stdout.write(JSON.stringify(verdict, null, 2) + '\n');
