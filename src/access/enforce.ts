import {
  defaultFieldResolver,
  GraphQLError,
  responsePathAsArray,
  type GraphQLResolveInfo,
  getNullableType,
  isIntrospectionType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { ForbiddenError } from '../core/errors';
import { Classification, decideField, FIELD_CLASSIFICATION, MASKS, MUTATION_POLICY, QUERY_POLICY } from './policy';
import { agencyPk } from './agency';
import { Role, type Viewer } from './viewer';

const ROLES = Object.values(Role);

/** What an operation read above INTERNAL, for the audit log (type → field names and row ids). */
export class RestrictedReads {
  readonly byType = new Map<string, { fields: Set<string>; ids: Set<string> }>();
  record(type: string, field: string, id: string): void {
    let entry = this.byType.get(type);
    if (!entry) this.byType.set(type, (entry = { fields: new Set(), ids: new Set() }));
    entry.fields.add(field);
    entry.ids.add(id);
  }
}

/**
 * Fields an operation was denied, one entry per selection (per place in the compiled operation),
 * not per row: the first row's path is kept and the rows are counted. A denied field under 10,000
 * rows costs one map lookup per row and one error in the response.
 */
export class Denials {
  private readonly bySelection = new Map<unknown, { path: (string | number)[]; type: string; field: string; rows: number }>();

  note(info: GraphQLResolveInfo, type: string, field: string): null {
    const seen = this.bySelection.get(info.fieldNodes);
    if (seen) seen.rows++;
    else this.bySelection.set(info.fieldNodes, { path: responsePathAsArray(info.path), type, field, rows: 1 });
    return null;
  }

  /** One FORBIDDEN error per denied selection, at the path of its first row, in the order met. */
  errors(): GraphQLError[] {
    return [...this.bySelection.values()].map(({ path, type, field, rows }) => {
      const original = ForbiddenError.field(`${type}.${field}`, rows);
      return new GraphQLError(original.message, { path, originalError: original, extensions: original.extensions });
    });
  }

  get size(): number {
    return this.bySelection.size;
  }
}

interface AccessContext {
  viewer: Viewer;
  restrictedReads: RestrictedReads;
  denials: Denials;
}

/** Row ownership for OWN_ROWS decisions: the rows of the viewer's own institution. */
const OWN_ROW_CHECKS: Record<string, (row: Record<string, unknown>, viewer: Viewer) => boolean> = {
  Teacher: (row, viewer) => row.institutionId != null && row.institutionId === agencyPk(viewer.agency, 'Institution'),
};

function forbidden(type: string, field: string, action?: string): never {
  throw action ? ForbiddenError.action(action) : ForbiddenError.field(`${type}.${field}`);
}

/** Fields whose guard may differ from plain property access for some role: they are nullable for every role. */
function isGuarded(typeName: string, fieldName: string): boolean {
  const restricted = FIELD_CLASSIFICATION[typeName]?.[fieldName] === Classification.RESTRICTED;
  return restricted || ROLES.some((r) => decideField(r, typeName, fieldName) !== 'ALLOW');
}

/**
 * Builds the resolver of a classified field for one role. The decision is made here, once, when
 * the role's schema is built; graphql-jit then compiles each operation against the role's schema,
 * so a field the role may read is plain property access in the compiled plan: access control costs
 * nothing per row. Returns undefined when plain access is right.
 */
function guardFor(role: Role, typeName: string, field: GraphQLField<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> | undefined {
  const decision = decideField(role, typeName, field.name);
  const restricted = FIELD_CLASSIFICATION[typeName]?.[field.name] === Classification.RESTRICTED;
  const base: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
  const name = field.name;
  switch (decision) {
    case 'ALLOW':
      if (!restricted) return undefined;
      return (source, args, ctx, info) => {
        (ctx as AccessContext).restrictedReads.record(typeName, name, String((source as { id?: unknown }).id));
        return base(source, args, ctx, info);
      };
    case 'MASK': {
      const mask = MASKS[`${typeName}.${name}`];
      return (source) => {
        const value = (source as Record<string, unknown>)[name];
        return typeof value === 'string' && mask ? mask(value) : null;
      };
    }
    case 'OWN_ROWS': {
      const ownRow = OWN_ROW_CHECKS[typeName];
      return (source, args, ctx, info) =>
        ownRow?.(source as Record<string, unknown>, (ctx as AccessContext).viewer)
          ? base(source, args, ctx, info)
          : (ctx as AccessContext).denials.note(info, typeName, name);
    }
    default:
      return (_source, _args, ctx, info) => (ctx as AccessContext).denials.note(info, typeName, name);
  }
}

/** Root fields: only the roles the policy names may call them (nothing runs otherwise). */
function guardRoot(role: Role, kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): void {
  const allowed = ((kind === 'query' ? QUERY_POLICY : MUTATION_POLICY)[field.name] ?? []).includes(role);
  if (!allowed) field.resolve = () => forbidden(kind === 'query' ? 'Query' : 'Mutation', field.name, `${kind === 'query' ? 'query' : 'call'} ${field.name}`);
}

/**
 * Applies the policy to a freshly built schema for one role, once at start-up: classified fields
 * become nullable (the same for every role, so all roles share one SDL; a denied field resolves to
 * null with a FORBIDDEN error at its path and the rest of the response still arrives), fields the
 * role may not read plainly get their guard, and root fields the role may not call refuse.
 */
export function enforcePolicy(schema: GraphQLSchema, role: Role): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
    if (type === schema.getQueryType()) fields.forEach((f) => guardRoot(role, 'query', f));
    else if (type === schema.getMutationType()) fields.forEach((f) => guardRoot(role, 'mutation', f));
    else {
      for (const f of fields) {
        if (!isGuarded(type.name, f.name)) continue;
        f.type = getNullableType(f.type);
        const guard = guardFor(role, type.name, f);
        if (guard) f.resolve = guard;
      }
    }
  }
  return schema;
}
