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
  // One GROUP BY over the records (or assignments) in scope; its rows are costed as a list.
  'Query.trainingStatistics': 300,
  'Query.assignmentStatistics': 200,
  // One statement over the evaluations in scope (grouped twice) / over the awards of one period.
  'Query.evaluationStatistics': 200,
  'Query.selectionProgress': 50,
  // One statement over a year's main-class sessions and the online academies' new courses.
  'Query.courseUpdateIndicators': 100,
  'Cadre.compliance': 5,
  'Cadre.learningMap': 10,
  'Mutation.importTrainingRecords': 1000,
};

/** How many items a list without `first` is assumed to hold (learning-map lists, report groups…). */
export const UNBOUNDED_LIST_SIZE = 100;

/**
 * Lists without `first` whose length is known otherwise: a cadre's coverage has one entry per
 * coverage rule in force (ten in the plan; rule data, so with room); the nodes of a report page are
 * already counted by the report's own `first`.
 */
export const LIST_SIZE: Readonly<Record<string, number>> = {
  'Cadre.coverage': 20,
  'OverdueCadre.coverage': 20,
  'OverdueCadreList.nodes': 1,
  // The report's `first` already multiplies what is under it (like a connection's nodes); the low
  // scorers are at most 100, counted at the same rate as the rows.
  'EvaluationStatistics.rows': 1,
  'EvaluationStatistics.lowScorers': 1,
  // A subject's buckets: one per evaluation kind (3) / per period (a few a year).
  'EvaluationSubjectStatistics.byKind': 3,
  'EvaluationSubjectStatistics.byPeriod': 20,
  // The indicators of the selection targets (five today; rule data) and the years of a plan period.
  'SelectionProgress.indicators': 10,
  'SelectionIndicator.byYear': 10,
};

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
 * The estimator. The cost of an operation is the number of objects it can return, plus the extra
 * weight of reports ({@link FIELD_COST}):
 * - a list of objects returns `items` objects, each with what it contains: `items × (1 + inner)`;
 * - a connection (a root list such as `cadres(first: 100)`) is one object whose `nodes`/`edges`
 *   hold `first` items: `1 + first × inner`;
 * - `items` is the field's `first` (clamped to the page maximum), or its default when absent: 20 at
 *   the root, 100 for relation lists (their default and maximum), {@link UNBOUNDED_LIST_SIZE} for
 *   a list without `first`, the {@link introspectionSizes} for introspection;
 * - a scalar costs nothing of its own: an object's scalars are bounded by its type's fields and
 *   the alias limit. `__Type.ofType` costs nothing either: its chain is as long as a type's
 *   wrappers (at most three in this schema) and the depth limit bounds what a query can ask.
 */
export function costEstimator(model: CostModel, queryTypeName: string): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const key = `${type.name}.${field.name}`;
    const extra = FIELD_COST[key] ?? 0;
    const unit = isCompositeType(getNamedType(field.type)) && key !== '__Type.ofType' ? 1 : 0;
    const isList = isListType(getNullableType(field.type));
    let items = 1;
    if (type.name.startsWith('__')) {
      items = isList ? (model.introspection[key] ?? 1) : 1;
    } else if (field.args.some((a) => a.name === 'first')) {
      const first = typeof args.first === 'number' ? args.first : type.name === queryTypeName ? model.defaultPageSize : model.maxPageSize;
      items = Math.max(0, Math.min(first, model.maxPageSize));
    } else if (isList && unit && !type.name.endsWith('Connection')) {
      items = LIST_SIZE[key] ?? UNBOUNDED_LIST_SIZE;
    }
    return isList ? extra + items * (unit + childComplexity) : extra + unit + items * childComplexity;
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
