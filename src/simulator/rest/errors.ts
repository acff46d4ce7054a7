import { STATUS_CODES_TYPE } from '../server/respond';

/** The title BigCommerce sends with a 409 version conflict (OpenAPI `CartConflictErrorResponse`). */
export const CONFLICT_TITLE =
  'The request cannot be processed due to a possible conflict. Please review the changes and try again.';

/** BigCommerce's REST error body: `{ status, title, type }` plus `detail` when there is one. */
export function problemBody(status: number, title: string, detail?: string): Record<string, unknown> {
  const body: Record<string, unknown> = { status, title, type: STATUS_CODES_TYPE };
  if (detail !== undefined) body['detail'] = detail;
  return body;
}

/** Thrown by REST handlers to answer with an error status and body; the router sends it. */
export class RestError extends Error {
  override readonly name = 'RestError';
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`REST ${status}`);
  }
}

/** A `{ status, title, type, detail? }` error to throw. */
export function restError(status: number, title: string, detail?: string): RestError {
  return new RestError(status, problemBody(status, title, detail));
}

/** 400 for a body that is not the JSON the endpoint takes (wrong types, missing fields). */
export function invalidInput(detail: string): RestError {
  return restError(400, 'Input is invalid', detail);
}

/** 422 for a well-formed request the store refuses (stock, unknown product, bad address). */
export function unprocessable(title: string, detail?: string): RestError {
  return restError(422, title, detail);
}

/** 404 for a cart, checkout, order or sub-resource this session cannot see. */
export function notFound(what: string): RestError {
  return restError(404, 'The resource at that URL is not found.', `${what} was not found.`);
}

/** 409 with exactly the conflict body the OpenAPI files give (`{ status, title, type }`). */
export function conflict(): RestError {
  return new RestError(409, problemBody(409, CONFLICT_TITLE));
}
