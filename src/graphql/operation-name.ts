/** The kind and name of the operation a GraphQL document holds. */
export interface OperationInfo {
  readonly kind: 'query' | 'mutation' | 'subscription';
  /** The operation's name, e.g. `"Products"`; undefined for an anonymous operation. */
  readonly name: string | undefined;
}

// With every selection set folded to "~" (not GraphQL syntax), an operation starts the document or
// follows an earlier definition's body, and a field called "query" can no longer be taken for one.
const OPERATION = /(?:^|~)\s*(?:(query|mutation|subscription)\b\s*([_A-Za-z]\w*)?|~)/;

/**
 * Reads the first operation's kind and name from a document string with a regex, without parsing
 * (the GraphQL parser stays out of browser bundles). Comments are skipped.
 *
 * @returns undefined when the text holds no operation
 * @example
 * ```ts
 * readOperation('query Products($first: Int) { site { ... } }'); // { kind: 'query', name: 'Products' }
 * ```
 */
export const readOperation = (document: string): OperationInfo | undefined => {
  let text = document.replace(/#[^\n\r]*/g, '');
  // Fold the innermost braces until none are left: `{ a { b } }` → `{ a ~ }` → `~`.
  while (text !== (text = text.replace(/\{[^{}]*\}/g, '~')));
  const match = OPERATION.exec(text);
  return match ? { kind: (match[1] ?? 'query') as OperationInfo['kind'], name: match[2] } : undefined;
};
