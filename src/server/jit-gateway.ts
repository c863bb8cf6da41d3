import {
  execute,
  GraphQLError,
  getVariableValues,
  printSchema,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { LRUCache } from 'lru-cache';
import { BadInputError, ErrorCode, PublicError } from '../core/errors';
import { contractSchema } from '../access/contracts';
import type { Denials } from '../access/enforce';
import type { Role, Viewer } from '../access/viewer';
import { isIntrospectionField, rootFields, withRootFields } from '../core/operation-shape';

/** `__schema` or `__type` (not `__typename`) anywhere in a document's text. */
const MENTIONS_INTROSPECTION = /__schema\b|__type\b/;

interface Compiled {
  query: CompiledQuery;
  argOfVariable: Map<string, string>;
}

interface ExecutionContext {
  viewer: Viewer;
  denials: Denials;
}

/**
 * Wraps graphql-jit's errors into real GraphQLErrors that keep the original error, so the one
 * formatError can keep public codes and mask everything else.
 */
function wrapErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => {
    const original = (e as GraphQLError).originalError ?? e;
    return new GraphQLError(e.message, {
      path: e.path,
      nodes: (e as GraphQLError).nodes,
      originalError: original,
      extensions: (original as GraphQLError).extensions ?? e.extensions,
    });
  });
  return { ...result, errors };
}

/**
 * Apollo Server 5 has no `executor` option, but it calls a gateway's executor for every operation,
 * keeping its own parsing, validation, plugins and HTTP. This "gateway" serves the local schema and
 * executes with graphql-jit, compiling each document once.
 */
export class JitGateway implements GatewayInterface {
  /** Compiled documents, bounded so that a hostile client cannot grow memory without bound. */
  private readonly cache = new LRUCache<string, Compiled>({ max: 1000 });

  /**
   * `schema` is the one clients see (and Apollo validates against); `roleSchemas` hold each role's
   * access decisions, and each operation is compiled once per role against its own. `maxErrors`
   * is each role's error budget per response.
   */
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly roleSchemas: ReadonlyMap<Role, GraphQLSchema>,
    private readonly maxErrors: (role: Role) => number = () => 100,
  ) {}

  async load(): Promise<{ executor: GatewayExecutor }> {
    return { executor: (rc) => this.execute(rc) };
  }

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): () => void {
    callback({ apiSchema: this.schema, coreSupergraphSdl: printSchema(this.schema) });
    return () => undefined;
  }

  async stop(): Promise<void> {}

  private async execute(rc: Parameters<GatewayExecutor>[0]): Promise<ExecutionResult> {
    const ctx = rc.context as unknown as ExecutionContext;
    const role = ctx.viewer.role;
    const variables = rc.request.variables ?? {};
    // Most documents name no introspection field at all: only those are walked (hot path).
    const roots = MENTIONS_INTROSPECTION.test(rc.source ?? '__schema') ? rootFields(rc.document, rc.operation) : [];
    let result: ExecutionResult;
    if (!roots.some(isIntrospectionField)) {
      result = await this.run(`${role}:${rc.queryHash}:${rc.operationName ?? ''}`, rc.document, rc.operation, rc, variables);
    } else {
      result = await this.runWithIntrospection(rc, roots, variables);
    }
    return this.finish(result, ctx);
  }

  /** Compiles (once per role and document) and runs an operation with graphql-jit. */
  private async run(
    key: string,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    rc: Parameters<GatewayExecutor>[0],
    variables: Record<string, unknown>,
  ): Promise<ExecutionResult> {
    const role = (rc.context as unknown as ExecutionContext).viewer.role;
    let entry = this.cache.get(key);
    if (!entry) {
      const c = compileQuery(this.roleSchemas.get(role)!, document, rc.operationName ?? undefined);
      if (!isCompiledQuery(c)) return { errors: (c.errors ?? []).map((e) => new BadInputError(e.message, 'query')) };
      entry = { query: c, argOfVariable: argumentsOfVariables(operation) };
      this.cache.set(key, entry);
    }
    const result = await entry.query.query(undefined, rc.context, variables);
    if (result.errors?.length && result.data === undefined) {
      // Variable coercion failed before execution. graphql-js words it with the input path
      // ("at \"input.birthDate\""); graphql-jit does not, so ask graphql-js — only on this path.
      const coerced = getVariableValues(this.schema, operation.variableDefinitions ?? [], variables, { maxErrors: 20 });
      const errors = coerced.errors ?? result.errors;
      return { errors: errors.map((e) => new BadInputError(e.message, variablePath(e.message, entry.argOfVariable))) };
    }
    return wrapErrors(result);
  }

  /**
   * `__schema` and `__type` always describe the caller's contract, whatever else the operation
   * selects: those root fields run against the role's contract schema (graphql-js), the others
   * as usual (graphql-jit), and the two results are merged in the operation's order.
   */
  private async runWithIntrospection(
    rc: Parameters<GatewayExecutor>[0],
    roots: ReturnType<typeof rootFields>,
    variables: Record<string, unknown>,
  ): Promise<ExecutionResult> {
    const role = (rc.context as unknown as ExecutionContext).viewer.role;
    const contract = contractSchema(this.schema, role);
    const operationName = rc.operationName ?? undefined;
    const introspective = roots.filter(isIntrospectionField);
    const data = roots.filter((f) => !isIntrospectionField(f) && f.name.value !== '__typename');
    if (!data.length) return execute({ schema: contract, document: rc.document, operationName, variableValues: variables });

    const others = roots.filter((f) => !isIntrospectionField(f));
    const [intro, rest] = await Promise.all([
      execute({ schema: contract, document: withRootFields(rc.document, rc.operation, introspective), operationName, variableValues: variables }),
      this.run(`${role}:${rc.queryHash}:${rc.operationName ?? ''}:data`, withRootFields(rc.document, rc.operation, others), rc.operation, rc, variables),
    ]);
    const errors = [...(intro.errors ?? []), ...(rest.errors ?? [])];
    if (intro.data == null || rest.data == null) return { data: null, errors };
    const merged: Record<string, unknown> = {};
    for (const f of roots) {
      const key = f.alias?.value ?? f.name.value;
      if (key in merged) continue;
      if (key in intro.data) merged[key] = intro.data[key];
      else if (key in rest.data) merged[key] = rest.data[key];
    }
    return errors.length ? { data: merged, errors } : { data: merged };
  }

  /**
   * Adds the operation's denials (one error per denied selection) and keeps the response within
   * the role's error budget: past it, one last error says how many were dropped.
   */
  private finish(result: ExecutionResult, ctx: ExecutionContext): ExecutionResult {
    const denied = ctx.denials.size ? ctx.denials.errors() : [];
    const errors = [...(result.errors ?? []), ...denied];
    if (!errors.length) return result;
    const budget = this.maxErrors(ctx.viewer.role);
    if (errors.length <= budget) return { ...result, errors };
    const kept = errors.slice(0, Math.max(0, budget - 1));
    const dropped = errors.length - kept.length;
    const first = errors[kept.length];
    const code = (first.extensions?.code as ErrorCode | undefined) ?? ErrorCode.INTERNAL_SERVER_ERROR;
    kept.push(
      new PublicError(`${dropped} more errors were left out: a response carries at most ${budget} errors.`, code, {
        dropped,
        budget,
      }),
    );
    return { ...result, errors: kept };
  }
}

/** Maps each variable to the argument it feeds (`$in` → `input`), so errors name the input path. */
function argumentsOfVariables(operation: OperationDefinitionNode): Map<string, string> {
  const map = new Map<string, string>();
  visit(operation, {
    Argument(node) {
      if (node.value.kind === 'Variable' && !map.has(node.value.name.value)) map.set(node.value.name.value, node.name.value);
    },
  });
  return map;
}

/** `Variable "$in" got invalid value … at "in.birthDate"` → `input.birthDate`. */
function variablePath(message: string, argOfVariable: Map<string, string>): string {
  const variable = /Variable "\$([_A-Za-z][_0-9A-Za-z]*)"/.exec(message)?.[1];
  if (!variable) return 'variables';
  const at = /at "([^"]+)"/.exec(message)?.[1];
  const root = argOfVariable.get(variable) ?? variable;
  if (!at) return root;
  const rest = at.split('.').slice(1);
  return [root, ...rest].join('.').replace(/\[(\d+)\]/g, '.$1');
}
