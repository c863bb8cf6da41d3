import {
  buildASTSchema,
  Kind,
  lexicographicSortSchema,
  parse,
  print,
  printSchema,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type GraphQLSchema,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import { decideField, FIELD_CLASSIFICATION, MUTATION_POLICY, QUERY_POLICY } from './policy';
import { Role } from './viewer';

/** Whether a role may see `Type.field` in its contract (allowed, masked or allowed on own rows). */
function visible(role: Role, type: string, field: string, schema: GraphQLSchema): boolean {
  if (type === schema.getQueryType()?.name) return (QUERY_POLICY[field] ?? []).includes(role);
  if (type === schema.getMutationType()?.name) return (MUTATION_POLICY[field] ?? []).includes(role);
  return decideField(role, type, field) !== 'DENY';
}

function namedTypesIn(node: DefinitionNode): string[] {
  const names: string[] = [];
  visit(node, {
    NamedType(n) {
      names.push(n.name.value);
    },
  });
  return names;
}

/**
 * The schema a role can use: only the queries and mutations it may call and the fields it may read
 * (masked fields included), pruned to what is reachable. It is each agency's codegen input
 * (`schema/contracts/<role>.graphql`) and what introspection shows that role.
 */
export function contractDocument(schema: GraphQLSchema, role: Role): DocumentNode {
  const full = parse(printSchema(lexicographicSortSchema(schema)));
  const filtered: DefinitionNode[] = [];
  for (const def of full.definitions) {
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION) {
      const fields = (def.fields ?? []).filter((f) => visible(role, def.name.value, f.name.value, schema));
      if (!fields.length) continue;
      filtered.push({ ...def, fields } as ObjectTypeDefinitionNode);
    } else {
      filtered.push(def);
    }
  }
  // Keep only what the remaining root fields reach.
  const byName = new Map<string, DefinitionNode>();
  for (const d of filtered) if ('name' in d && d.name) byName.set(d.name.value, d);
  const reachable = new Set<string>();
  const queue = ['Query', 'Mutation'].filter((n) => byName.has(n));
  while (queue.length) {
    const name = queue.pop()!;
    if (reachable.has(name)) continue;
    reachable.add(name);
    const def = byName.get(name);
    if (def) for (const n of namedTypesIn(def)) if (!reachable.has(n) && byName.has(n)) queue.push(n);
  }
  const kept = filtered.filter((d) => {
    if (d.kind === Kind.SCHEMA_DEFINITION || d.kind === Kind.DIRECTIVE_DEFINITION) return true;
    return 'name' in d && d.name ? reachable.has(d.name.value) : true;
  });
  // Drop field references to types pruned away (e.g. a relation to a type the role cannot read at all).
  const pruned = kept.map((d) =>
    d.kind === Kind.OBJECT_TYPE_DEFINITION
      ? ({ ...d, fields: (d.fields ?? []).filter((f) => namedTypesIn(f as never).every((n) => reachable.has(n) || !byName.has(n))) } as ObjectTypeDefinitionNode)
      : d,
  );
  return { kind: Kind.DOCUMENT, definitions: pruned };
}

export function contractSdl(schema: GraphQLSchema, role: Role): string {
  return `${print(contractDocument(schema, role))}\n`;
}

const contractSchemas = new WeakMap<GraphQLSchema, Map<Role, GraphQLSchema>>();

/** The role's contract as an executable schema for introspection (built once per role). */
export function contractSchema(schema: GraphQLSchema, role: Role): GraphQLSchema {
  let perRole = contractSchemas.get(schema);
  if (!perRole) contractSchemas.set(schema, (perRole = new Map()));
  let built = perRole.get(role);
  if (!built) perRole.set(role, (built = buildASTSchema(contractDocument(schema, role))));
  return built;
}

/** What `me.permissions` lists: callable operations, and fields a role sees masked or not at all. */
export function permissionsOf(schema: GraphQLSchema, role: Role): string[] {
  const out: string[] = [];
  for (const q of Object.keys(schema.getQueryType()?.getFields() ?? {}).sort()) if ((QUERY_POLICY[q] ?? []).includes(role)) out.push(`query:${q}`);
  for (const m of Object.keys(schema.getMutationType()?.getFields() ?? {}).sort()) if ((MUTATION_POLICY[m] ?? []).includes(role)) out.push(`mutation:${m}`);
  const prefix = { MASK: 'mask', DENY: 'deny', OWN_ROWS: 'own' } as const;
  for (const [type, fields] of Object.entries(FIELD_CLASSIFICATION)) {
    for (const field of Object.keys(fields)) {
      const d = decideField(role, type, field);
      if (d !== 'ALLOW') out.push(`${prefix[d]}:${type}.${field}`);
    }
  }
  return out;
}
