// The demo shop's own server routes, the part a real shop runs on its server with the app's
// client secret (never in a browser):
//   POST /demo-api/login            {email, password} -> {url}: a signed Customer Login URL
//   POST /demo-api/verify-customer  {token} -> {customer}: verifies the shopper's current.jwt
//   POST /demo-api/place-order      {checkoutId} -> {orderId}: the payment step (simulator only)
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';
import { createCustomerHandler, customerLoginUrl } from '../../src/server';
import type { Simulator } from '../../src/simulator';

/** Where the demo's server routes find the store and the app's credentials. */
export interface DemoApiOptions {
  /** The embedded simulator; absent when the demo points at a real store. */
  simulator?: Simulator;
  /** The store's origin for Customer Login URLs; defaults to the page's own origin. */
  storeUrl?: string;
  clientId: string;
  clientSecret: string;
  storeHash: string;
  channelId?: number;
}

type Json = Record<string, unknown>;

const readJson = async (req: IncomingMessage): Promise<Json> => {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 16_384) throw new Error('body too large');
  }
  const value: unknown = JSON.parse(text || '{}');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
  return value as Json;
};

const send = (res: ServerResponse, status: number, body: Json): void => {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
};

const originOf = (req: IncomingMessage): string => `http://${req.headers.host ?? 'localhost'}`;

/** The Fetch-API Request for a Node request whose body has been read as `body`. */
const toRequest = (req: IncomingMessage, body: string): Request =>
  new Request(new URL(req.url ?? '/', originOf(req)), {
    method: req.method ?? 'GET',
    headers: { 'content-type': req.headers['content-type'] ?? '' },
    ...(req.method === 'POST' && { body }),
  });

/**
 * The demo's server routes as a Vite plugin. A shop signs a Customer Login URL only after its own
 * sign-in check; here the check is the simulator's customer list (real stores: your identity
 * system), so the secret stays on this server and the browser only ever sees the signed URL.
 */
export function demoApiPlugin(options: DemoApiOptions): Plugin {
  // Made on first use: without a client secret (a real store not configured) only that route fails.
  let verify: ReturnType<typeof createCustomerHandler> | undefined;
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>> = {
    '/demo-api/login': async (req, res) => {
      const { email, password, redirectTo } = await readJson(req);
      const customer = options.simulator?.catalog.customers.find(
        (c) => c.email.toLowerCase() === String(email).trim().toLowerCase() && c.password === password,
      );
      if (!customer) return send(res, 401, { error: { code: 'ERR_LOGIN', message: 'That email and password do not match an account.' } });
      const url = await customerLoginUrl({
        storeUrl: options.storeUrl ?? originOf(req),
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        storeHash: options.storeHash,
        customerId: customer.id,
        ...(options.channelId !== undefined && { channelId: options.channelId }),
        redirectTo: typeof redirectTo === 'string' && redirectTo.startsWith('/') ? redirectTo : '/',
      });
      send(res, 200, { url });
    },
    '/demo-api/verify-customer': async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      verify ??= createCustomerHandler({ clientId: options.clientId, clientSecret: options.clientSecret, storeHash: options.storeHash });
      const answer = await verify(toRequest(req, body));
      res.statusCode = answer.status;
      answer.headers.forEach((value, name) => res.setHeader(name, value));
      res.end(await answer.text());
    },
    '/demo-api/place-order': async (req, res) => {
      if (!options.simulator) return send(res, 501, { error: { code: 'ERR_NO_PAYMENTS', message: 'Payments need the store’s own checkout.' } });
      const { checkoutId } = await readJson(req);
      try {
        send(res, 200, { orderId: options.simulator.placeOrder(String(checkoutId)) });
      } catch (error) {
        send(res, 422, { error: { code: 'ERR_CHECKOUT_INCOMPLETE', message: (error as Error).message } });
      }
    },
  };
  const handle: Connect.NextHandleFunction = (req, res, next) => {
    const route = routes[req.url?.split('?')[0] ?? ''];
    if (!route) return next();
    if (req.method !== 'POST') return send(res, 405, { error: { code: 'ERR_METHOD', message: 'POST only' } });
    route(req, res).catch(() => send(res, 400, { error: { code: 'ERR_BAD_REQUEST', message: 'The request could not be read.' } }));
  };
  return {
    name: 'demo:api',
    configureServer: (server) => void server.middlewares.use(handle),
    configurePreviewServer: (server) => void server.middlewares.use(handle),
  };
}
