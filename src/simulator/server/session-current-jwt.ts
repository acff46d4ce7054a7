import { SignJWT } from 'jose';
import type { CatalogCustomer } from '../catalog';
import { restErrorBody, sendJson, sendRaw } from './respond';
import type { RouteContext, SimRoute, SimulatorState } from './route';
import { shopperSession } from './session';
import { appClientOf, hmacKey } from './session-app-client';

/** Path of the Current Customer API. */
export const CURRENT_CUSTOMER_PATH = '/customer/current.jwt';

/** How long a Current Customer JWT is valid, in seconds (BigCommerce: 15 minutes). */
export const CURRENT_CUSTOMER_TTL_SECONDS = 15 * 60;

/** Signs the Current Customer JWT for `customer` with the simulator's app client secret. */
export async function signCurrentCustomerJwt(
  state: SimulatorState,
  customer: CatalogCustomer,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<string> {
  const app = appClientOf(state);
  const { storeHash } = state.catalog.settings;
  // Claims as the docs' example payload: group_id is a string there, sub is the store hash.
  return new SignJWT({
    customer: { id: customer.id, email: customer.email, group_id: String(customer.groupId) },
    version: 1,
    application_id: app.id,
    store_hash: storeHash,
    operation: 'current_customer',
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer('bc/apps')
    .setSubject(storeHash)
    .setAudience(app.id)
    .setIssuedAt(nowSeconds)
    .setExpirationTime(nowSeconds + CURRENT_CUSTOMER_TTL_SECONDS)
    .sign(hmacKey(app));
}

/** The customer signed in to the requesting browser's session, if any. */
export function signedInCustomer(ctx: RouteContext): CatalogCustomer | undefined {
  const id = shopperSession(ctx)?.customerId;
  return id === undefined ? undefined : ctx.state.catalog.customers.find((customer) => customer.id === id);
}

/**
 * `GET /customer/current.jwt?app_client_id=…`: the signed-in shopper as a JWT, same origin only.
 *
 * The body is the bare JWT as text: the spec's schema is a string and the docs say "sent as a
 * plain-text string" (their example reads it with `response.text()`). Guests get 404, as
 * documented. A missing or unknown `app_client_id` gets 400: undocumented, and chosen over 404 so
 * a misconfigured app is not mistaken for a guest.
 */
export const currentCustomerRoute: SimRoute = {
  name: 'current-customer',
  matches: (pathname) => pathname === CURRENT_CUSTOMER_PATH,
  cors: 'same-origin',
  async handle(ctx) {
    const { res, url, method, state } = ctx;
    if (method !== 'GET') {
      sendJson(res, 405, restErrorBody(405), { Allow: 'GET' });
      return;
    }
    if (url.searchParams.get('app_client_id') !== appClientOf(state).id) {
      sendJson(res, 400, restErrorBody(400, 'The app_client_id query parameter is missing or unknown.'));
      return;
    }
    const customer = signedInCustomer(ctx);
    // The answer names a shopper: no shared cache may keep it.
    const headers = { 'Cache-Control': 'no-store' };
    if (customer === undefined) {
      sendJson(res, 404, restErrorBody(404, 'No customer is signed in.'), headers);
      return;
    }
    sendRaw(res, 200, await signCurrentCustomerJwt(state, customer), 'text/plain', headers);
  },
};
