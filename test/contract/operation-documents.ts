import {
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** Fragments by name, across every operations file. */
export type FragmentMap = ReadonlyMap<string, FragmentDefinitionNode>;

/** Collects the named fragments of several documents. */
export function fragmentsOf(documents: readonly DocumentNode[]): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const document of documents) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) map.set(definition.name.value, definition);
    }
  }
  return map;
}

/** Names of the fragments an operation uses, directly or through other fragments, sorted. */
export function fragmentClosure(operation: OperationDefinitionNode, fragments: FragmentMap): string[] {
  const seen = new Set<string>();
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (seen.has(name) || fragment === undefined) return;
        seen.add(name);
        pending.push(fragment);
      },
    });
  }
  return [...seen].sort();
}

/** A standalone document: the operation and every fragment it needs (what a request sends). */
export function standalone(operation: OperationDefinitionNode, fragments: FragmentMap): DocumentNode {
  const needed = fragmentClosure(operation, fragments).flatMap((name) => {
    const fragment = fragments.get(name);
    return fragment === undefined ? [] : [fragment];
  });
  return { kind: Kind.DOCUMENT, definitions: [operation, ...needed] };
}

/**
 * Depth of the deepest field under the operation, fragments inlined (BigCommerce refuses depth > 16).
 *
 * @example
 * selectionDepth(operation.selectionSet, fragments); // `{ site { route } }` is 2
 */
export function selectionDepth(selectionSet: SelectionSetNode | undefined, fragments: FragmentMap): number {
  if (selectionSet === undefined) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragments));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments));
    } else {
      deepest = Math.max(deepest, selectionDepth(fragments.get(selection.name.value)?.selectionSet, fragments));
    }
  }
  return deepest;
}
