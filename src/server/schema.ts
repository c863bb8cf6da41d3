import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { MODULE_RESOLVERS } from '../modules';
import { REPORTING_RESOLVERS } from '../reporting';
import { DateScalar, DateTimeScalar } from '../core/scalars';
import { enforcePolicy } from '../access/enforce';
import { Role } from '../access/viewer';

function buildBase(): Promise<GraphQLSchema> {
  // Keep the custom scalars referenced so the emitted schema always declares them.
  void DateScalar;
  void DateTimeScalar;
  return buildSchema({
    resolvers: [...MODULE_RESOLVERS, ...REPORTING_RESOLVERS],
    validate: false, // inputs are validated explicitly with their input path (modules/kit/mutation.ts)
    emitSchemaFile: false,
    scalarsMap: [],
    orphanedTypes: [],
  });
}

let roleSchemas: Promise<ReadonlyMap<Role, GraphQLSchema>> | undefined;

/**
 * One executable schema per role, each with that role's access decisions compiled in (see
 * access/enforce.ts). They share one SDL; operations are compiled and executed against the
 * caller's role's schema.
 */
export function buildRoleSchemas(): Promise<ReadonlyMap<Role, GraphQLSchema>> {
  roleSchemas ??= (async () => {
    const map = new Map<Role, GraphQLSchema>();
    for (const role of Object.values(Role)) map.set(role, enforcePolicy(await buildBase(), role));
    return map;
  })();
  return roleSchemas;
}

/**
 * The schema clients see (validation, the emitted SDL, contracts): the same for every role. It is
 * the ADMIN role's executable schema.
 */
export async function buildHubSchema(): Promise<GraphQLSchema> {
  return (await buildRoleSchemas()).get(Role.ADMIN)!;
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs are stable. */
export async function printHubSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildHubSchema()))}\n`;
}
