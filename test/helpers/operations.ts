import {
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Operation builders that read a schema (a role's contract), so that tests generate their cases
 * from what a role can actually select rather than replaying fixed examples.
 */

type AnyField = GraphQLField<unknown, unknown>;

const callable = (f: AnyField) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
const hasFirst = (f: AnyField) => f.args.some((a) => a.name === 'first');

/** Leaf fields of a type that take no required argument. */
export function leaves(type: GraphQLObjectType): string[] {
  return Object.values(type.getFields())
    .filter((f) => callable(f) && isLeafType(getNamedType(f.type)))
    .map((f) => f.name);
}

/** Fields of a type returning objects, callable without arguments. */
export function objectFields(type: GraphQLObjectType): AnyField[] {
  return Object.values(type.getFields()).filter((f) => callable(f) && isObjectType(getNamedType(f.type)) && !f.name.startsWith('__'));
}

/** One step of a path: the field and the type it is selected on. */
export interface Step {
  on: GraphQLObjectType;
  field: AnyField;
}

/** Renders a field with `first: n` when it takes `first` (`firsts` per step, default 1). */
function call(step: Step, first: number | undefined): string {
  return hasFirst(step.field) ? `${step.field.name}(first: ${first ?? 1})` : step.field.name;
}

/**
 * A path of exactly `depth` nested fields from the root, ending in a leaf (`depth` counts the
 * leaf), through the schema's object fields; undefined when the schema has none that deep.
 */
export function deepPath(schema: GraphQLSchema, depth: number): { steps: Step[]; leaf: string } | undefined {
  const memo = new Map<string, boolean>();
  const reach = (type: GraphQLObjectType, remaining: number): boolean => {
    if (remaining === 1) return leaves(type).length > 0;
    const key = `${type.name}:${remaining}`;
    if (memo.has(key)) return memo.get(key)!;
    memo.set(key, false);
    const ok = objectFields(type).some((f) => reach(getNamedType(f.type) as GraphQLObjectType, remaining - 1));
    memo.set(key, ok);
    return ok;
  };
  const root = schema.getQueryType()!;
  if (!reach(root, depth)) return undefined;
  const steps: Step[] = [];
  let type = root;
  for (let remaining = depth; remaining > 1; remaining--) {
    const next = objectFields(type).find((f) => reach(getNamedType(f.type) as GraphQLObjectType, remaining - 1))!;
    steps.push({ on: type, field: next });
    type = getNamedType(next.type) as GraphQLObjectType;
  }
  return { steps, leaf: leaves(type)[0] };
}

/** A path rendered as one nested selection: `a(first: 1) { b { c } }`. */
export function renderPlain(steps: Step[], inner: string, firsts: number[] = []): string {
  return steps.reduceRight((acc, step, i) => `${call(step, firsts[i])} { ${acc} }`, inner);
}

/** The same path with every level inside a named fragment: `{ ...L0 } fragment L0 on Query { a { ...L1 } } …`. */
export function renderFragments(steps: Step[], inner: string): { selection: string; fragments: string } {
  const fragments = steps.map((step, i) => {
    const body = i === steps.length - 1 ? inner : `...L${i + 1}`;
    return `fragment L${i} on ${step.on.name} { ${call(step, 1)} { ${body} } }`;
  });
  return { selection: '...L0', fragments: fragments.join('\n') };
}

/** The same path with every level inside an inline fragment: `... on Query { a { ... on A { b … } } }`. */
export function renderInline(steps: Step[], inner: string): string {
  return steps.reduceRight((acc, step) => `... on ${step.on.name} { ${call(step, 1)} { ${acc} } }`, inner);
}

/**
 * Chains of nested lists from the root: a root list, then relation lists below it (through plain
 * object fields where needed), each with the leaves of every object on the way. `lists` is the
 * number of fields taking `first` in the chain; at most `limit` chains are returned, in schema order.
 */
export function listChains(schema: GraphQLSchema, lists: number, limit = 200, maxDepth = 8): Step[][] {
  const out: Step[][] = [];
  const walk = (type: GraphQLObjectType, steps: Step[], listsLeft: number) => {
    if (out.length >= limit) return;
    if (listsLeft === 0) {
      out.push(steps);
      return;
    }
    if (steps.length >= maxDepth) return;
    for (const f of objectFields(type)) {
      const next = getNamedType(f.type) as GraphQLObjectType;
      if (steps.some((s) => s.field === f)) continue; // no field twice in one chain
      walk(next, [...steps, { on: type, field: f }], listsLeft - (hasFirst(f) ? 1 : 0));
    }
  };
  walk(schema.getQueryType()!, [], lists);
  return out;
}

/** A chain rendered with every leaf selected at each level and the given `first` per list step. */
export function renderChain(chain: Step[], firsts: number[]): string {
  let listIndex = 0;
  const firstOf = chain.map((s) => (hasFirst(s.field) ? firsts[listIndex++] : undefined));
  const render = (i: number): string => {
    const step = chain[i];
    const type = getNamedType(step.field.type) as GraphQLObjectType;
    const inner = [...leaves(type), ...(i + 1 < chain.length ? [render(i + 1)] : [])].join(' ');
    return `${call(step, firstOf[i])} { ${inner || '__typename'} }`;
  };
  return render(0);
}

/** How many steps of a chain take `first`. */
export function listsIn(chain: Step[]): number {
  return chain.filter((s) => hasFirst(s.field)).length;
}
