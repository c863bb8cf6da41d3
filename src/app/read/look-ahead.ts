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
