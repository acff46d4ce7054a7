import { isStorefrontError } from '../errors';
import { assertServer } from './assert-server';
import { readBody } from './read-body';
import { checkVerifyOptions, MAX_TOKEN_LENGTH, verifyCurrentCustomerJwt, type VerifyCurrentCustomerOptions } from './verify-current-customer';

const OPERATION = 'createCustomerHandler';
// A token at its longest, JSON-wrapped, with room for whitespace; anything larger is refused unread.
const MAX_BODY_BYTES = 2 * MAX_TOKEN_LENGTH;

/** What `createCustomerHandler` verifies tokens against (the clock is always the real one). */
export type CustomerHandlerOptions = Omit<VerifyCurrentCustomerOptions, 'now'>;

/** A Fetch API handler: `Request` in, `Response` out. */
export type FetchHandler = (request: Request) => Promise<Response>;

/**
 * Builds an endpoint that verifies a Current Customer JWT posted by the browser and answers with
 * the customer it names. Runs unchanged in Next.js route handlers, Hono, Cloudflare Workers and
 * Node (any runtime with `Request`/`Response`).
 *
 * Request: `POST` with `Content-Type: application/json` and `{"token": "<jwt>"}`, or
 * `Content-Type: text/plain` and the JWT itself. Answers (JSON, `Cache-Control: no-store`):
 * - 200 `{"customer": {"id", "email", "groupId"}}`
 * - 401 `{"error": {"code": "ERR_TOKEN", "reason"}}`, `reason` as `SessionTokenError.reason`
 * - 400 `ERR_BAD_REQUEST` (unreadable body, no token), 405 `ERR_METHOD_NOT_ALLOWED` (with `Allow: POST`),
 *   413 `ERR_PAYLOAD_TOO_LARGE` (over 16 KiB), 415 `ERR_UNSUPPORTED_MEDIA_TYPE`
 *
 * @throws {InvalidArgumentError} when an option is missing or malformed (checked once, here)
 * @throws {ConfigError} where `window` exists (the secret must stay on a server)
 * @example
 * ```ts
 * // app/api/customer/route.ts (Next.js)
 * export const POST = createCustomerHandler({ clientId: process.env.BC_CLIENT_ID!, clientSecret: process.env.BC_CLIENT_SECRET! });
 * ```
 */
export function createCustomerHandler(options: CustomerHandlerOptions): FetchHandler {
  assertServer(OPERATION);
  // Fail at start-up, not on the first shopper: a bad option is the deployer's error, not a 401.
  checkVerifyOptions(OPERATION, options);
  const verifyOptions: VerifyCurrentCustomerOptions = { ...options };

  return async (request) => {
    if (request.method !== 'POST') return answer(405, error('ERR_METHOD_NOT_ALLOWED'), { allow: 'POST' });
    const type = (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase();
    if (type !== 'application/json' && type !== 'text/plain') return answer(415, error('ERR_UNSUPPORTED_MEDIA_TYPE'));
    const body = await readBody(request, MAX_BODY_BYTES);
    if (body === 413) return answer(413, error('ERR_PAYLOAD_TOO_LARGE'));
    const token = body === 400 ? undefined : type === 'text/plain' ? body.trim() : tokenOf(body);
    if (!token) return answer(400, error('ERR_BAD_REQUEST'));
    try {
      const { customer } = await verifyCurrentCustomerJwt(token, verifyOptions);
      return answer(200, { customer: { id: customer.id, email: customer.email, groupId: customer.groupId } });
    } catch (cause) {
      // Only the failed check's name goes back: enough to debug, nothing about the secret or claims.
      if (isStorefrontError(cause, 'ERR_TOKEN')) return answer(401, error('ERR_TOKEN', cause.reason));
      throw cause;
    }
  };
}

function tokenOf(json: string): string | undefined {
  try {
    const value: unknown = JSON.parse(json);
    const token = typeof value === 'object' && value !== null ? (value as { token?: unknown }).token : undefined;
    return typeof token === 'string' ? token : undefined;
  } catch {
    return undefined;
  }
}

const error = (code: string, reason?: string) => ({ error: reason === undefined ? { code } : { code, reason } });

function answer(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...headers,
    },
  });
}
