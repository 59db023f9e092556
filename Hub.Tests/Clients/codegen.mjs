// Runs GraphQL Code Generator (@graphql-codegen/cli, the typescript and typescript-operations plugins) as a
// dashboard project would: the schema by introspection from the running server, the documents from the
// dashboard benchmark's own queries plus the live feed's subscription, then compiles the generated types and a
// small consumer of them with the TypeScript compiler in strict mode. Prints one JSON verdict for a test to judge.
//
//   node codegen.mjs <graphql endpoint url> <queries folder> <work folder>
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';

const [, , url, queriesFolder, workFolder] = process.argv;
if (!url || !queriesFolder || !workFolder) {
  console.error('usage: node codegen.mjs <graphql endpoint url> <queries folder> <work folder>');
  process.exit(2);
}

const here = fileURLToPath(new URL('.', import.meta.url));
const work = resolve(workFolder);
await mkdir(work, { recursive: true });

const documents = (await readdir(queriesFolder)).filter((name) => name.endsWith('.graphql')).map((name) => join(resolve(queriesFolder), name));
const feed = join(work, 'activity-feed.graphql');
await writeFile(
  feed,
  `subscription ActivityFeed($region: String) {
  activityRecorded(regionCode: $region) { id kind title occurredOn participants station { id name } }
}
`,
);
documents.push(feed);

const output = join(work, 'hub.generated.ts');
const verdict = { documents: documents.length, generated: [], operations: [], compile: { exitCode: null, output: '' } };

// Every custom scalar is mapped on purpose: strictScalars makes an unmapped one an error, so a scalar added to the
// schema without a client mapping fails here rather than becoming `any` in every dashboard.
await generate(
  {
    schema: url,
    documents,
    silent: true,
    errorsOnly: true,
    generates: {
      [output]: {
        plugins: ['typescript-operations'],
        config: {
          strictScalars: true,
          enumsAsTypes: true,
          scalars: {
            DateTime: 'string',
            DateOnly: 'string',
            Period: 'string',
            Decimal: 'number',
            // Input only: what apollo-upload-client and FormData take for a file part.
            Upload: 'Blob',
          },
        },
      },
    },
  },
  true,
);

const generated = await readFile(output, 'utf8');
verdict.generated = [output];
verdict.operations = [...generated.matchAll(/^export type (\w+(?:Query|Subscription|Mutation)) = /gm)].map((m) => m[1]);

// A consumer that leans on the generated types: a wrong field name or nullability makes it fail to compile.
await writeFile(
  join(work, 'consumer.ts'),
  `import type { ActivitiesFeedQuery, ActivityFeedSubscription, ActivityKind } from './hub.generated';

export function titles(result: ActivitiesFeedQuery): string[] {
  return result.activities.nodes.map((activity) => activity.title);
}

export function kindOf(event: ActivityFeedSubscription): ActivityKind {
  return event.activityRecorded.kind;
}
`,
);
await writeFile(
  join(work, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true },
    files: ['hub.generated.ts', 'consumer.ts'],
  }),
);

try {
  const { stdout, stderr } = await promisify(execFile)(join(here, 'node_modules', '.bin', 'tsc'), ['-p', join(work, 'tsconfig.json')]);
  verdict.compile = { exitCode: 0, output: stdout + stderr };
} catch (error) {
  verdict.compile = { exitCode: error.code ?? 1, output: (error.stdout ?? '') + (error.stderr ?? '') };
}

process.stdout.write(JSON.stringify(verdict) + '\n');
