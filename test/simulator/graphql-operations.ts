import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

/** The project's graphql/ folder. */
export const graphqlDir = fileURLToPath(new URL('../../graphql', import.meta.url));

const definitions: DefinitionNode[] = readdirSync(graphqlDir)
  .filter((file) => file.endsWith('.graphql') && file !== 'schema.graphql')
  .flatMap((file) => parse(readFileSync(path.join(graphqlDir, file), 'utf8')).definitions);

const fragments = new Map(
  definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => [d.name.value, d]),
);

/** Every operation defined in graphql/*.graphql, by name. */
export const operations = new Map(
  definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name !== undefined)
    .map((d) => [d.name?.value ?? '', d]),
);

function fragmentsUsedBy(node: DefinitionNode, found = new Set<string>()): Set<string> {
  visit(node, {
    FragmentSpread(spread) {
      const name = spread.name.value;
      const fragment = fragments.get(name);
      if (found.has(name) || !fragment) return;
      found.add(name);
      fragmentsUsedBy(fragment, found);
    },
  });
  return found;
}

/** The text of one operation with the fragments it uses, as a client sends it. */
export function operationText(name: string): string {
  const operation = operations.get(name);
  if (!operation) throw new Error(`No operation named ${name} in graphql/`);
  const used = [...fragmentsUsedBy(operation)].map((f) => fragments.get(f)).filter((f) => f !== undefined);
  return [operation, ...used].map((d) => print(d)).join('\n\n');
}
