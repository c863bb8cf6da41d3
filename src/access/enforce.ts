import {
  defaultFieldResolver,
  getNullableType,
  isIntrospectionType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { ForbiddenError } from '../app/errors';
import { Classification, decideField, FIELD_CLASSIFICATION, MASKS, MUTATION_POLICY, QUERY_POLICY, type FieldDecision } from './policy';
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

interface AccessContext {
  viewer: Viewer;
  restrictedReads: RestrictedReads;
}

/** Row ownership for OWN_ROWS decisions: the rows of the viewer's own institution. */
const OWN_ROW_CHECKS: Record<string, (row: Record<string, unknown>, viewer: Viewer) => boolean> = {
  Teacher: (row, viewer) => row.institutionId != null && row.institutionId === agencyPk(viewer.agency, 'Institution'),
};

function forbidden(type: string, field: string): never {
  throw ForbiddenError.field(`${type}.${field}`);
}

/**
 * Builds the resolver of a classified field: a per-role decision table computed here, once, so
 * each row costs one array lookup. ALLOW on a RESTRICTED field also notes the read for the audit.
 */
function guardField(typeName: string, field: GraphQLField<unknown, unknown>): void {
  const decisions = new Map<string, FieldDecision>(ROLES.map((r) => [r, decideField(r, typeName, field.name)]));
  if ([...decisions.values()].every((d) => d === 'ALLOW') && FIELD_CLASSIFICATION[typeName]?.[field.name] !== Classification.RESTRICTED) return;
  const restricted = FIELD_CLASSIFICATION[typeName]?.[field.name] === Classification.RESTRICTED;
  const base: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
  const mask = MASKS[`${typeName}.${field.name}`];
  const ownRow = OWN_ROW_CHECKS[typeName];
  const name = field.name;
  field.type = getNullableType(field.type);
  field.resolve = (source, args, ctx, info) => {
    const c = ctx as AccessContext;
    switch (decisions.get(c.viewer.role)) {
      case 'ALLOW':
        if (restricted) c.restrictedReads.record(typeName, name, String((source as { id?: unknown }).id));
        return base(source, args, ctx, info);
      case 'MASK': {
        const value = (source as Record<string, unknown>)[name];
        return typeof value === 'string' && mask ? mask(value) : null;
      }
      case 'OWN_ROWS':
        if (ownRow?.(source as Record<string, unknown>, c.viewer)) return base(source, args, ctx, info);
        return forbidden(typeName, name);
      default:
        return forbidden(typeName, name);
    }
  };
}

/** Root fields: only the roles the policy names may call them (nothing runs otherwise). */
function guardRoot(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): void {
  const roles = new Set((kind === 'query' ? QUERY_POLICY : MUTATION_POLICY)[field.name] ?? []);
  if (roles.size === ROLES.length) return;
  const base = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, ctx, info) => {
    if (!roles.has((ctx as AccessContext).viewer.role)) throw ForbiddenError.action(`${kind === 'query' ? 'query' : 'call'} ${field.name}`);
    return base(source, args, ctx, info);
  };
}

/**
 * Applies the policy to the built schema, once at start-up: classified fields become nullable (a
 * denied field resolves to null with a FORBIDDEN error at its path, and the rest of the response
 * still arrives) and get their per-role guard; root fields get their role check.
 */
export function enforcePolicy(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
    if (type === schema.getQueryType()) fields.forEach((f) => guardRoot('query', f));
    else if (type === schema.getMutationType()) fields.forEach((f) => guardRoot('mutation', f));
    else fields.forEach((f) => guardField(type.name, f));
  }
  return schema;
}
