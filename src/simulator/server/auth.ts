import type { IncomingMessage } from 'node:http';

/**
 * The storefront token a simulator accepts unless told otherwise. Shaped like BigCommerce's
 * ES256 storefront JWTs (claims `cid`, `eat`, `iss: "BC"`, `token_type`), but not signed: it only
 * works against the simulator, and it is not a secret.
 */
export const DEFAULT_STOREFRONT_TOKEN =
  'eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiJ9.eyJjaWQiOlsxXSwiZWF0Ijo0MTAyNDQ0ODAwLCJpYXQiOjE3NjcyMjU2MDAsImlzcyI6IkJDIiwic2lkIjoxLCJzdWIiOiJiYy1zdG9yZWZyb250LXNpbXVsYXRvciIsInN1Yl90eXBlIjowLCJ0b2tlbl90eXBlIjoxfQ.c2ltdWxhdG9yLXRva2VuLW5vdC1zaWduZWQ';

// BigCommerce's 401 messages for the GraphQL Storefront API (docs: "API Status Codes").
export const MISSING_TOKEN_MESSAGE = 'GraphQL credentials were missing. No token was sent.';
export const NOT_A_JWT_MESSAGE = 'GraphQL invalid credentials. String is not a JWT';
export const BAD_SIGNATURE_MESSAGE = 'GraphQL invalid credentials. JWT signature is invalid';
// BigCommerce's message when a token is used from an origin outside its allowed_cors_origins.
export const ORIGIN_MISMATCH_MESSAGE =
  "'Origin' header invalid: The 'Origin' request header value did not match the allowed origin set in the JWT auth token. Please generate a token that is valid for this origin.";

/** Result of checking a request's bearer token: ok, or the message a 401 carries. */
export type BearerCheck = { ok: true } | { ok: false; message: string };

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** Checks `Authorization: Bearer <token>` against the accepted tokens; never echoes the token. */
export function checkBearer(req: IncomingMessage, tokens: ReadonlySet<string>): BearerCheck {
  const header = req.headers.authorization;
  const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  const token = match?.[1];
  if (token === undefined) return { ok: false, message: MISSING_TOKEN_MESSAGE };
  if (tokens.has(token)) return { ok: true };
  return { ok: false, message: JWT_SHAPE.test(token) ? BAD_SIGNATURE_MESSAGE : NOT_A_JWT_MESSAGE };
}
