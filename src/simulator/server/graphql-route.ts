import { createHash } from 'node:crypto';
import type { GraphQLRequestInput } from '../graphql';
import { checkBearer, ORIGIN_MISMATCH_MESSAGE } from './auth';
import { BodyTooLargeError } from './body';
import { CORS_ALLOW_METHODS } from './cors';
import { operationNameOf, parseGraphQLBody, primaryLocale } from './graphql-body';
import { redactSecrets } from './request-log';
import { graphqlErrorBody, sendJson, statusTitle } from './respond';
import type { RouteContext, SimRoute } from './route';
import { shopperSession } from './session';

/** `http://host:port` of the request: the store origin redirect URLs point at. */
export function storeOrigin(ctx: RouteContext): string {
  const secure = (ctx.req.socket as { encrypted?: boolean }).encrypted === true;
  return `${secure ? 'https' : 'http'}://${ctx.req.headers.host ?? 'localhost'}`;
}

async function readBody(ctx: RouteContext): Promise<ReturnType<typeof parseGraphQLBody> | 'too-large'> {
  try {
    return parseGraphQLBody(await ctx.body());
  } catch (error) {
    if (error instanceof BodyTooLargeError) return 'too-large';
    throw error;
  }
}

/**
 * `POST /graphql`, the GraphQL Storefront API: bearer token, token-scoped CORS, JSON body.
 * Errors outside execution answer `{ errors: [{ message }] }`, as BigCommerce's 401s do;
 * parse and validation errors come from the executor with 200, as on the real store.
 */
export const graphqlRoute: SimRoute = {
  name: 'graphql',
  matches: (pathname) => pathname === '/graphql',
  cors: 'token-origins',
  errorBody: (_status, message) => graphqlErrorBody(message),

  async inspect(ctx) {
    if (ctx.method !== 'POST') return;
    const parsed = await readBody(ctx).catch(() => undefined);
    if (parsed === undefined || parsed === 'too-large' || !parsed.ok) return;
    const operationName = operationNameOf(parsed.body);
    if (operationName !== undefined) ctx.entry.operationName = operationName;
    if (parsed.body.variables) ctx.entry.variables = redactSecrets(parsed.body.variables) as Record<string, unknown>;
  },

  async handle(ctx) {
    const { req, res } = ctx;
    // Live stores answer GET /graphql with 405 before looking at credentials.
    if (ctx.method !== 'POST') {
      sendJson(res, 405, graphqlErrorBody(statusTitle(405)), { Allow: CORS_ALLOW_METHODS });
      return;
    }
    const auth = checkBearer(req, ctx.state.tokens);
    if (!auth.ok) {
      sendJson(res, 401, graphqlErrorBody(auth.message));
      return;
    }
    if (ctx.cors === 'denied') {
      sendJson(res, 401, graphqlErrorBody(ORIGIN_MISMATCH_MESSAGE));
      return;
    }
    const parsed = await readBody(ctx);
    if (parsed === 'too-large') {
      sendJson(res, 413, graphqlErrorBody(statusTitle(413)));
      return;
    }
    if (!parsed.ok) {
      sendJson(res, 400, graphqlErrorBody(parsed.message));
      return;
    }
    const input: GraphQLRequestInput = { query: parsed.body.query };
    if (parsed.body.variables !== undefined) input.variables = parsed.body.variables;
    if (parsed.body.operationName !== undefined) input.operationName = parsed.body.operationName;
    const locale = primaryLocale(req.headers['accept-language']);
    if (locale !== undefined) input.locale = locale;
    const customerAccessToken = req.headers['x-bc-customer-access-token'];
    if (typeof customerAccessToken === 'string' && customerAccessToken !== '') {
      input.customerAccessToken = customerAccessToken;
      input.errorOnInvalidCustomerAccessToken = /^true$/i.test(String(req.headers['x-bc-error-on-invalid-customer-access-token'] ?? ''));
    }
    // In a Stencil page the session cookie signs the shopper in; a guest's requests carry none.
    const customerId = shopperSession(ctx)?.customerId;
    if (customerId !== undefined) input.customerId = customerId;
    // Cart and login mutations reach the same session as the REST API (and may start one).
    input.session = (create) => shopperSession(ctx, create);
    input.origin = storeOrigin(ctx);
    input.browser = req.headers.origin !== undefined;
    if (req.socket.remoteAddress !== undefined) input.remoteAddress = req.socket.remoteAddress;
    const result = await ctx.state.execute(input);
    // Documented by BigCommerce: a sha256 of the query text, without variables. Complexity is not
    // sent: BigCommerce's scoring is unpublished, and a made-up number would mislead.
    const queryHash = createHash('sha256').update(parsed.body.query).digest('hex');
    sendJson(res, 200, result, { 'X-Bc-Graphql-Query-Hash': queryHash });
  },
};
