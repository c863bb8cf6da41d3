import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { RESOLVERS } from '../modules';
import { DateScalar, DateTimeScalar } from './scalars';
import { enforcePolicy } from '../access/enforce';

let built: Promise<GraphQLSchema> | undefined;

/** Builds the executable schema once per process. */
export function buildHubSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    validate: false, // inputs are validated explicitly with their input path (app/write/mutation.ts)
    emitSchemaFile: false,
    scalarsMap: [],
    orphanedTypes: [],
    directives: [],
  }).then((schema) => {
    // Keep the custom scalars referenced so the emitted schema always declares them.
    void DateScalar;
    void DateTimeScalar;
    return enforcePolicy(schema);
  });
  return built;
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs are stable. */
export async function printHubSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildHubSchema()))}\n`;
}
