import { STATUS_CODES, type ServerResponse } from 'node:http';

/** The `type` link BigCommerce puts in its REST error bodies. */
export const STATUS_CODES_TYPE = 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes';

/** True once nothing more can be written (answered, or the client went away). */
export function isGone(res: ServerResponse): boolean {
  return res.writableEnded || res.destroyed;
}

/** Sends `body` as JSON with `status`. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendRaw(res, status, JSON.stringify(body), 'application/json', headers);
}

/** Sends a string body with a content type (no-op when the response is already gone). */
export function sendRaw(
  res: ServerResponse,
  status: number,
  body: string,
  contentType: string,
  headers: Record<string, string> = {},
): void {
  if (isGone(res)) return;
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Content-Type', contentType.includes('charset') ? contentType : `${contentType}; charset=utf-8`);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/** The reason phrase for a status (`Service Unavailable`), or `Error`. */
export function statusTitle(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}

/** BigCommerce's REST error body: `{ status, title, type }`, plus `detail` when given. */
export function restErrorBody(status: number, detail?: string): Record<string, unknown> {
  const body: Record<string, unknown> = { status, title: statusTitle(status), type: STATUS_CODES_TYPE };
  if (detail !== undefined && detail !== body.title) body.detail = detail;
  return body;
}

/** The GraphQL error body BigCommerce sends with non-200 answers: `{ errors: [{ message }] }`. */
export function graphqlErrorBody(message: string): { errors: Array<{ message: string }> } {
  return { errors: [{ message }] };
}
