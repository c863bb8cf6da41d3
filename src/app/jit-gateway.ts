import { execute, GraphQLError, getVariableValues, printSchema, visit, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { BadInputError } from './errors';
import { contractSchema } from '../access/contracts';
import type { Role, Viewer } from '../access/viewer';

/** A small LRU of compiled documents, so a hostile client cannot grow memory without bound. */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, value: V): void {
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as string);
    this.map.set(key, value);
  }
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
  private readonly cache = new Lru<{ query: CompiledQuery; argOfVariable: Map<string, string> }>(1000);

  /**
   * `schema` is the one clients see (and Apollo validates against); `roleSchemas` hold each role's
   * access decisions, and each operation is compiled once per role against its own.
   */
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly roleSchemas: ReadonlyMap<Role, GraphQLSchema>,
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
    const role = (rc.context as { viewer: Viewer }).viewer.role;
    const key = `${role}:${rc.queryHash}:${rc.operationName ?? ''}`;
    let entry = this.cache.get(key);
    if (!entry) {
      const c = compileQuery(this.roleSchemas.get(role)!, rc.document, rc.operationName ?? undefined);
      if (!isCompiledQuery(c)) return { errors: (c.errors ?? []).map((e) => new BadInputError(e.message, 'query')) };
      entry = { query: c, argOfVariable: argumentsOfVariables(rc.operation) };
      this.cache.set(key, entry);
    }
    const variables = rc.request.variables ?? {};
    if (isIntrospectionOnly(rc.operation)) {
      // Introspection shows the caller's contract: only what its role can use.
      return execute({ schema: contractSchema(this.schema, role), document: rc.document, operationName: rc.operationName ?? undefined, variableValues: variables });
    }
    const result = await entry.query.query(undefined, rc.context, variables);
    if (result.errors?.length && result.data === undefined) {
      // Variable coercion failed before execution. graphql-js words it with the input path
      // ("at \"input.birthDate\""); graphql-jit does not, so ask graphql-js — only on this path.
      const coerced = getVariableValues(this.schema, rc.operation.variableDefinitions ?? [], variables, { maxErrors: 20 });
      const errors = coerced.errors ?? result.errors;
      return { errors: errors.map((e) => new BadInputError(e.message, variablePath(e.message, entry!.argOfVariable))) };
    }
    return wrapErrors(result);
  }
}

function isIntrospectionOnly(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every((s) => s.kind === 'Field' && s.name.value.startsWith('__'));
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
