import { Kind, Lexer, Source, TokenKind, type DirectiveNode, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) map.set(d.name.value, d);
  return map;
}

/**
 * The fields an operation selects at its root, through fragment spreads and inline fragments (fields
 * sharing a response key are all kept: execution merges their selections). Each fragment is
 * expanded once, so a fragment spread twice — or a "fragment bomb" spreading the next one twice at
 * every level — costs its size, not its expansion. A fragment's directives are carried down onto
 * its fields, so the flattened fields mean what the original selection meant (`@include` on an
 * inline fragment still applies). `@include`/`@skip` are not evaluated: for limits every field counts.
 */
export function rootFields(document: DocumentNode, operation: OperationDefinitionNode): FieldNode[] {
  const fragments = fragmentsOf(document);
  const out: FieldNode[] = [];
  const expanded = new Set<string>();
  const walk = (set: SelectionSetNode, inherited: readonly DirectiveNode[]) => {
    for (const s of set.selections) {
      const directives = [...inherited, ...(s.directives ?? [])];
      if (s.kind === Kind.FIELD) out.push(inherited.length ? { ...s, directives } : s);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet, directives);
      else {
        const name = s.name.value;
        const fragment = fragments.get(name);
        if (!fragment || expanded.has(name)) continue;
        expanded.add(name);
        walk(fragment.selectionSet, directives);
      }
    }
  };
  walk(operation.selectionSet, []);
  return out;
}

/** The number of distinct response keys among fields (fields sharing a key execute once). */
export function responseKeys(fields: readonly FieldNode[]): number {
  return new Set(fields.map((f) => f.alias?.value ?? f.name.value)).size;
}

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/** Whether a root field is schema introspection (`__typename` is not: it names the root type only). */
export function isIntrospectionField(field: FieldNode): boolean {
  return INTROSPECTION_ROOTS.has(field.name.value);
}

/** The document with the operation's root selection replaced by `fields` (fragments kept for nested spreads). */
export function withRootFields(document: DocumentNode, operation: OperationDefinitionNode, fields: readonly FieldNode[]): DocumentNode {
  const op: OperationDefinitionNode = { ...operation, selectionSet: { kind: Kind.SELECTION_SET, selections: fields } };
  return {
    kind: Kind.DOCUMENT,
    definitions: [op, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
  };
}

/** A document's lexical tokens, counted with graphql-js's own lexer, up to the first character it refuses. */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let n = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) n++;
  } catch {
    // counted up to the first character the lexer refuses
  }
  return n;
}
