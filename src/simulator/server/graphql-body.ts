import { Kind, parse } from 'graphql';

/** A GraphQL-over-HTTP request body that passed shape checks. */
export interface GraphQLBody {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** Outcome of reading a body: the request, or why it is a 400. */
export type GraphQLBodyResult = { ok: true; body: GraphQLBody } | { ok: false; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses and checks `{ query, variables?, operationName? }` (null variables/operationName allowed). */
export function parseGraphQLBody(text: string): GraphQLBodyResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'Request body is not valid JSON.' };
  }
  if (!isRecord(json)) return { ok: false, message: 'Request body must be a JSON object.' };
  const { query, variables, operationName } = json;
  if (typeof query !== 'string' || query.trim() === '') {
    return { ok: false, message: 'Request body must contain a "query" string.' };
  }
  if (variables !== undefined && variables !== null && !isRecord(variables)) {
    return { ok: false, message: '"variables" must be a JSON object.' };
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return { ok: false, message: '"operationName" must be a string.' };
  }
  const body: GraphQLBody = { query };
  if (isRecord(variables)) body.variables = variables;
  if (typeof operationName === 'string') body.operationName = operationName;
  return { ok: true, body };
}

/**
 * The operation a request runs: its `operationName`, else the name of the document's only
 * operation. Undefined for anonymous operations and documents that do not parse.
 */
export function operationNameOf(body: GraphQLBody): string | undefined {
  if (body.operationName !== undefined) return body.operationName;
  try {
    const operations = parse(body.query, { noLocation: true }).definitions.filter(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION,
    );
    const only = operations.length === 1 ? operations[0] : undefined;
    return only?.kind === Kind.OPERATION_DEFINITION ? only.name?.value : undefined;
  } catch {
    return undefined;
  }
}

/** The first language tag of an `Accept-Language` header (`fr-FR,fr;q=0.9` → `fr-FR`). */
export function primaryLocale(header: string | undefined): string | undefined {
  const tag = header?.split(',')[0]?.split(';')[0]?.trim();
  return tag === undefined || tag === '' || tag === '*' ? undefined : tag;
}
