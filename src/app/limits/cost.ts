import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * Fields whose own work is more than one row's: a report scans every cadre in scope, a compliance
 * or learning map runs window arithmetic over a cadre's records, an import writes its rows. A field
 * not named here costs 1. Keyed `Type.field`, like the access policy.
 */
export const FIELD_COST: Readonly<Record<string, number>> = {
  'Query.complianceSummary': 500,
  'Query.overdueCadres': 200,
  'Cadre.compliance': 5,
  'Cadre.learningMap': 10,
  'Mutation.importTrainingRecords': 1000,
};

/** How many items a list without `first` is assumed to hold (learning-map lists, report groups…). */
export const UNBOUNDED_LIST_SIZE = 100;

/** Documents whose analysis visits more selections than this are refused outright (fragment bombs). */
export const MAX_ANALYSED_NODES = 20_000;

/**
 * Sizes of the introspection lists of one schema, so that `__schema` and `__type` are costed like
 * any other list: `__Schema.types` holds every type, `__Type.fields` about the average number of
 * fields of a type, and so on (averages rounded up, at least 1). The full introspection query then
 * costs a few thousand; a query recursing through `fields { type { fields … } }` multiplies
 * by the average at every level and is refused.
 */
export function introspectionSizes(schema: GraphQLSchema): Record<string, number> {
  const types = Object.values(schema.getTypeMap());
  const avg = (xs: number[]) => Math.max(1, Math.ceil(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)));
  const withFields = types.filter((t) => isObjectType(t) || isInterfaceType(t)) as { getFields(): Record<string, { args: readonly unknown[] }> }[];
  const fields = withFields.flatMap((t) => Object.values(t.getFields()));
  const directives = schema.getDirectives();
  return {
    '__Schema.types': types.length,
    '__Schema.directives': directives.length,
    '__Type.fields': avg(withFields.map((t) => Object.keys(t.getFields()).length)),
    '__Type.inputFields': avg(types.filter(isInputObjectType).map((t) => Object.keys(t.getFields()).length)),
    '__Type.enumValues': avg(types.filter(isEnumType).map((t) => t.getValues().length)),
    '__Type.interfaces': 1,
    '__Type.possibleTypes': 1,
    '__Field.args': avg(fields.map((f) => f.args.length)),
    '__Directive.args': avg(directives.map((d) => d.args.length)),
  };
}

export interface CostModel {
  /** Page size of a root list when `first` is absent. */
  defaultPageSize: number;
  /** Largest page of any list, and the size of a relation list when `first` is absent. */
  maxPageSize: number;
  /** {@link introspectionSizes} of the schema the caller introspects (its contract). */
  introspection: Readonly<Record<string, number>>;
}

/**
 * The estimator: a field costs its weight (1 for a field returning objects, 0 for a scalar: the cost
 * counts the objects an operation can return, each with at most its type's fields and the aliases
 * the alias limit allows) plus what it contains, multiplied by the number of items
 * it can return — its `first` (clamped to the page maximum), or the default page when `first` is
 * absent: 20 for root lists, 100 for relation lists (their default and maximum). A connection's
 * `nodes` and `edges` were already multiplied by the connection's `first`.
 */
export function costEstimator(model: CostModel, queryTypeName: string): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const weight = FIELD_COST[`${type.name}.${field.name}`] ?? (isCompositeType(getNamedType(field.type)) ? 1 : 0);
    let items = 1;
    if (type.name.startsWith('__')) {
      items = model.introspection[`${type.name}.${field.name}`] ?? 1;
    } else if (field.args.some((a) => a.name === 'first')) {
      const first = typeof args.first === 'number' ? args.first : type.name === queryTypeName ? model.defaultPageSize : model.maxPageSize;
      items = Math.max(0, Math.min(first, model.maxPageSize));
    } else if (isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type)) && !type.name.endsWith('Connection')) {
      items = UNBOUNDED_LIST_SIZE;
    }
    return weight + items * childComplexity;
  };
}

/** The estimated cost of one operation with its variables (throws a GraphQLError past {@link MAX_ANALYSED_NODES}). */
export function operationCost(
  schema: GraphQLSchema,
  model: CostModel,
  query: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  return getComplexity({
    schema,
    query,
    operationName,
    variables: variables ?? {},
    estimators: [costEstimator(model, schema.getQueryType()?.name ?? 'Query')],
    maxQueryNodes: MAX_ANALYSED_NODES,
  });
}
