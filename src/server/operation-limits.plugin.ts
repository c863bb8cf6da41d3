import { GraphQLError, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type ValidationRule } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { LRUCache } from 'lru-cache';
import { contractSchema } from '../access/contracts';
import type { LimitsConfig } from '../access/limits';
import { Role, type Viewer } from '../access/viewer';
import { ErrorCode, ForbiddenError, QueryTooComplexError } from '../core/errors';
import { introspectionSizes, MAX_ANALYSED_NODES, operationCost, type CostModel } from '../access/cost';
import { countTokens, isIntrospectionField, responseKeys, rootFields } from '../core/operation-shape';

/** What a document measures, independent of its variables. */
interface Shape {
  tokens: number;
  depth: number;
  aliases: number;
  directives: number;
  rootFields: number;
  introspection: boolean;
  /** The cost when the operation has no variables (it cannot change then). */
  cost?: number;
}

/**
 * Measures depth, aliases and directives with graphql-armor's rules, each told to report rather
 * than refuse (a ceiling far above any limit): the measure is taken from its `onAccept` callback.
 */
function armorMeasures(schema: GraphQLSchema, document: DocumentNode): Pick<Shape, 'depth' | 'aliases' | 'directives'> {
  const m = { depth: 0, aliases: 0, directives: 0 };
  const take = (key: keyof typeof m) => [(_ctx: unknown, { n }: { n: number }) => void (m[key] = Math.max(m[key], n))];
  const never = Number.MAX_SAFE_INTEGER;
  const rules = [
    maxDepthRule({ n: never, ignoreIntrospection: false, flattenFragments: true, onAccept: take('depth') }),
    maxAliasesRule({ n: never, onAccept: take('aliases') }),
    maxDirectivesRule({ n: never, onAccept: take('directives') }),
  ] as unknown as ValidationRule[];
  validate(schema, document, rules);
  return m;
}

const MEASURES: { key: 'tokens' | 'depth' | 'aliases' | 'rootFields' | 'directives'; what: string }[] = [
  { key: 'tokens', what: 'token count' },
  { key: 'depth', what: 'depth' },
  { key: 'aliases', what: 'number of aliases' },
  { key: 'rootFields', what: 'number of root fields' },
  { key: 'directives', what: 'number of directives' },
];

export interface OperationLimiter {
  /** Throws QUERY_TOO_COMPLEX (or FORBIDDEN for disabled introspection) when the operation may not run. */
  check(args: {
    role: Role;
    schema: GraphQLSchema;
    source: string;
    queryHash: string;
    document: DocumentNode;
    operation: OperationDefinitionNode;
    variables: Record<string, unknown> | undefined;
  }): void;
}

/**
 * The operation limits of DESIGN §7, per role, decided once per document and role (shapes are
 * cached by query hash; only the cost of an operation with variables is recomputed per request,
 * since `first: $n` changes it). Nothing of a refused operation executes and no SQL is sent.
 */
export function createOperationLimiter(
  config: LimitsConfig,
  pageSizes: { defaultPageSize: number; maxPageSize: number },
  schema: GraphQLSchema,
): OperationLimiter {
  const shapes = new LRUCache<string, Shape>({ max: 5000 });
  // Built at start-up (each role's contract takes ~100 ms): no request pays for it.
  const models = new Map<Role, CostModel>(
    Object.values(Role).map((role) => [role, { ...pageSizes, introspection: introspectionSizes(contractSchema(schema, role)) }]),
  );

  return {
    check({ role, schema, source, queryHash, document, operation, variables }) {
      const limits = config.byRole[role];
      const key = `${role}\0${queryHash}\0${operation.name?.value ?? ''}`;
      let shape = shapes.get(key);
      if (!shape) {
        const roots = rootFields(document, operation);
        shape = {
          tokens: countTokens(source),
          ...armorMeasures(schema, document),
          rootFields: responseKeys(roots),
          introspection: roots.some(isIntrospectionField),
        };
        if (!operation.variableDefinitions?.length) shape.cost = costOf(schema, models.get(role)!, document, operation, undefined);
        shapes.set(key, shape);
      }
      if (shape.introspection && role !== Role.ADMIN && config.introspection === 'off') {
        throw new ForbiddenError('Introspection is switched off for your role.', ErrorCode.FORBIDDEN, { http: { status: 403 } });
      }
      for (const { key: k, what } of MEASURES) {
        if (shape[k] > limits[k]) throw new QueryTooComplexError(k, shape[k], limits[k], what);
      }
      const cost = shape.cost ?? costOf(schema, models.get(role)!, document, operation, variables);
      if (cost > limits.cost) throw new QueryTooComplexError('cost', cost, limits.cost, 'estimated cost');
    },
  };
}

function costOf(
  schema: GraphQLSchema,
  model: CostModel,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): number {
  try {
    return operationCost(schema, model, document, operation.name?.value, variables);
  } catch (err) {
    if (err instanceof GraphQLError && /maximum allowed number of nodes/.test(err.message)) {
      // A fragment bomb: its expansion is refused before it is counted to the end.
      throw new QueryTooComplexError('selections', MAX_ANALYSED_NODES + 1, MAX_ANALYSED_NODES, 'number of selections with fragments expanded (at least)');
    }
    // Variables that do not fit their arguments: execution refuses them with BAD_USER_INPUT and
    // the input path before any resolver runs, so there is nothing to cost.
    if (err instanceof GraphQLError) return 0;
    throw err;
  }
}

/** The Apollo plugin: checks every operation once it is parsed, validated and resolved. */
export function operationLimitsPlugin(limiter: OperationLimiter): ApolloServerPlugin<{ viewer: Viewer }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          if (!rc.operation) return; // Apollo itself refuses a document without the named operation
          limiter.check({
            role: rc.contextValue.viewer.role,
            schema: rc.schema,
            source: rc.source ?? '',
            queryHash: rc.queryHash ?? '',
            document: rc.document,
            operation: rc.operation,
            variables: rc.request.variables,
          });
        },
      };
    },
  };
}
