import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function visit(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, name: string, seen: Set<string>): boolean {
  if (!set) return false;
  for (const sel of set.selections) {
    if (sel.kind === 'Field') {
      if (sel.name.value === name) return true;
    } else if (sel.kind === 'InlineFragment') {
      if (visit(sel.selectionSet, info, name, seen)) return true;
    } else if (sel.kind === 'FragmentSpread') {
      const frag = info.fragments[sel.name.value];
      if (frag && !seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        if (visit(frag.selectionSet, info, name, seen)) return true;
      }
    }
  }
  return false;
}

/** Whether the current field's selection asks for `name` directly (through fragments too). */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  return info.fieldNodes.some((f: FieldNode) => visit(f.selectionSet, info, name, seen));
}

function collect(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, out: Set<string>, seen: Set<string>): void {
  if (!set) return;
  for (const sel of set.selections) {
    if (sel.kind === 'Field') out.add(sel.name.value);
    else if (sel.kind === 'InlineFragment') collect(sel.selectionSet, info, out, seen);
    else if (sel.kind === 'FragmentSpread' && !seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      collect(info.fragments[sel.name.value]?.selectionSet, info, out, seen);
    }
  }
}

function subSelections(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, name: string, seen: Set<string>, out: SelectionSetNode[]): void {
  if (!set) return;
  for (const sel of set.selections) {
    if (sel.kind === 'Field') {
      if (sel.name.value === name && sel.selectionSet) out.push(sel.selectionSet);
    } else if (sel.kind === 'InlineFragment') subSelections(sel.selectionSet, info, name, seen, out);
    else if (sel.kind === 'FragmentSpread' && !seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      subSelections(info.fragments[sel.name.value]?.selectionSet, info, name, seen, out);
    }
  }
}

const fieldsCache = new WeakMap<FieldNode, ReadonlySet<string>>();
const nodeFieldsCache = new WeakMap<FieldNode, ReadonlySet<string>>();

/**
 * The fields the current field selects on its (object or list) result, through fragments — the
 * columns a loader needs. Cached per field of the document, so a relation resolved for 100 parents
 * computes it once.
 */
export function selectedFields(info: GraphQLResolveInfo): ReadonlySet<string> {
  const key = info.fieldNodes[0];
  let fields = info.fieldNodes.length === 1 ? fieldsCache.get(key) : undefined;
  if (!fields) {
    const out = new Set<string>();
    const seen = new Set<string>();
    for (const f of info.fieldNodes) collect(f.selectionSet, info, out, seen);
    fields = out;
    if (info.fieldNodes.length === 1) fieldsCache.set(key, fields);
  }
  return fields;
}

/** The fields a connection selects on its rows, under `nodes { … }` and `edges { node { … } }`. */
export function selectedNodeFields(info: GraphQLResolveInfo): ReadonlySet<string> {
  const key = info.fieldNodes[0];
  let fields = info.fieldNodes.length === 1 ? nodeFieldsCache.get(key) : undefined;
  if (!fields) {
    const out = new Set<string>();
    const seen = new Set<string>();
    const sets: SelectionSetNode[] = [];
    for (const f of info.fieldNodes) subSelections(f.selectionSet, info, 'nodes', seen, sets);
    const edges: SelectionSetNode[] = [];
    for (const f of info.fieldNodes) subSelections(f.selectionSet, info, 'edges', new Set(), edges);
    for (const e of edges) subSelections(e, info, 'node', new Set(), sets);
    for (const s of sets) collect(s, info, out, new Set());
    fields = out;
    if (info.fieldNodes.length === 1) nodeFieldsCache.set(key, fields);
  }
  return fields;
}
