// A fake REST Storefront cart endpoint behind an injected fetch, for the cart unit suites: the
// real semantics that matter to the queue (versions and 409s, 404 for a vanished cart, lines
// merged per product and variant, the last removal deleting the cart), a log of what crossed the
// wire, latency on setTimeout (so fake timers drive it) and scripted faults.
import { createStorefront, type Storefront } from '../../src/config';
import type { Cart, PhysicalLineItem } from '../../src/cart/types';

/** A request as the fake saw it. */
export interface Call {
  method: string;
  path: string;
  query: string;
  body: any;
  headers: Headers;
}

/**
 * What a fault does to the next matching request: answer instead (`Response`), fail without
 * touching the cart (`'network'`), or apply the change and then lose the answer (`'lost'`).
 */
export type FaultReply = Response | 'network' | 'lost' | ((call: Call) => Response | 'network' | 'lost' | undefined);

let uuid = 0;
const nextId = () => `${(++uuid).toString(16).padStart(8, '0')}-0000-4000-8000-${'0'.repeat(12)}`;

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** Products the fake knows; any other id gets BigCommerce's 422. */
export const PRODUCTS = new Set([1, 2, 3, 4, 5, 6, 7, 8]);

export function fakeStore(options: { latencyMs?: number } = {}) {
  let cart: Cart | null = null;
  const calls: Call[] = [];
  const faults: { match: (call: Call) => boolean; reply: FaultReply }[] = [];
  const latency = { ms: options.latencyMs ?? 0 };

  const bump = () => {
    cart!.version = (cart!.version ?? 0) + 1;
    cart!.cartAmount = cart!.lineItems.physicalItems.reduce((sum, line) => sum + line.quantity * 10, 0);
  };
  const addLines = (items: { productId: number; variantId?: number; quantity: number }[]) => {
    for (const item of items) {
      const same = cart!.lineItems.physicalItems.find((l) => l.productId === item.productId && l.variantId === (item.variantId ?? item.productId * 10));
      if (same) same.quantity += item.quantity;
      else cart!.lineItems.physicalItems.push({ id: nextId(), productId: item.productId, variantId: item.variantId ?? item.productId * 10, quantity: item.quantity } as PhysicalLineItem);
    }
  };
  const handle = (call: Call): Response => {
    const { method, path, body } = call;
    const parts = path.split('/').slice(3); // '', 'api', 'storefront', ...
    const copy = () => json(structuredClone(cart));
    if (method === 'GET' && path === '/api/storefront/carts') return json(cart ? [structuredClone(cart)] : []);
    const unknown = (body?.lineItems ?? (body?.lineItem ? [body.lineItem] : [])).find((item: any) => !PRODUCTS.has(item.productId));
    if (unknown) return json({ status: 422, title: `Product ${unknown.productId} not found`, type: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes', detail: 'secret detail' }, 422);
    if (method === 'POST' && parts.length === 1) {
      cart = { id: nextId(), currency: { code: 'USD' }, cartAmount: 0, version: 0, lineItems: { physicalItems: [], digitalItems: [], giftCertificates: [], customItems: [] } };
      addLines(body.lineItems ?? []);
      bump();
      return copy();
    }
    if (!cart || parts[1] !== cart.id) return json({ status: 404, title: 'Cart not found' }, 404);
    if (body?.version !== undefined && body.version !== cart.version) return json({ status: 409, title: 'The request cannot be processed due to a possible conflict.', type: 'x' }, 409);
    const line = cart.lineItems.physicalItems.find((l) => l.id === parts[3]);
    if (parts[2] === 'items' && parts[3] && !line) return json({ status: 404, title: 'Item not found' }, 404);
    if (method === 'POST' && parts[2] === 'items') addLines(body.lineItems ?? []);
    else if (method === 'PUT') line!.quantity = body.lineItem.quantity;
    else if (method === 'DELETE' && line) {
      cart.lineItems.physicalItems.splice(cart.lineItems.physicalItems.indexOf(line), 1);
      if (!cart.lineItems.physicalItems.length) {
        cart = null;
        return new Response(null, { status: 204 });
      }
    } else if (method === 'DELETE') {
      cart = null;
      return new Response(null, { status: 204 });
    } else if (parts[2] === 'currency') cart.currency = { code: body.currencyCode };
    bump();
    return copy();
  };

  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input));
    const call: Call = {
      method: init.method ?? 'GET',
      path: url.pathname,
      query: url.search,
      body: init.body ? JSON.parse(String(init.body)) : undefined,
      headers: new Headers(init.headers),
    };
    calls.push(call);
    if (latency.ms) await new Promise((resolve) => setTimeout(resolve, latency.ms));
    const index = faults.findIndex((fault) => fault.match(call));
    let reply = index < 0 ? undefined : faults.splice(index, 1)[0]!.reply;
    if (typeof reply === 'function') reply = reply(call);
    if (reply instanceof Response) return reply;
    if (reply === 'network') throw new TypeError('fetch failed');
    const answer = handle(call);
    if (reply === 'lost') throw new TypeError('fetch failed');
    return answer;
  };

  return {
    fetch: fetch as typeof globalThis.fetch,
    calls,
    latency,
    /** The server's cart right now. */
    cart: () => structuredClone(cart),
    /** Replaces the server's cart (another tab's change): bumps the version. */
    touch(change: (cart: Cart) => void) {
      change(cart!);
      bump();
    },
    /** Deletes the cart behind the client's back (it became an order). */
    drop: () => void (cart = null),
    /** Queues a fault for the next request matching `method` and `path` (a RegExp or exact path). */
    fault(method: string, path: RegExp | string, reply: FaultReply) {
      faults.push({ match: (c) => c.method === method && (typeof path === 'string' ? c.path === path : path.test(c.path)), reply });
    },
    /** The requests of one kind, e.g. `'POST /carts'` (ids as in the path). */
    count: (method?: string) => calls.filter((c) => !method || c.method === method).length,
  };
}

/** A storefront over `fetch`; fast retries so waits stay short. */
export const storefrontOver = (fetch: typeof globalThis.fetch, retry = { baseDelayMs: 5, maxDelayMs: 2000 }): Storefront =>
  createStorefront({ storeUrl: 'https://shop.example.com', token: 'sf-token-SECRET-123', fetch, retry, timeoutMs: 1000 });
