// A shopper for the REST Storefront suites: real HTTP to a simulator on port 0, with a one-cookie
// jar (Node's fetch keeps none), and every exchange held to BigCommerce's OpenAPI files when they
// are present: the request body to its operation's request schema, the answer to its response schema.
import { afterAll, beforeAll, expect } from 'vitest';
import { createSimulator, type RunningSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator';
import { hasOpenApi, validateRequest, validateResponse } from '../contract/openapi';

/** One answer: status, parsed JSON body (undefined when empty), headers. */
export interface RestReply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** Per-request options. */
export interface RestSendOptions {
  /** Extra request headers (Origin, Accept, ...). */
  headers?: Record<string, string>;
  /** Sends this text as the body instead of JSON-encoding `body`. */
  raw?: string;
  /** Skips the request-schema check, for requests that are wrong on purpose. */
  invalidRequest?: boolean;
}

/** A browser on the store's origin: keeps the session cookie between requests. */
export interface RestShopper {
  cookie: string | undefined;
  send<T = any>(method: string, path: string, body?: unknown, options?: RestSendOptions): Promise<RestReply<T>>;
  get<T = any>(path: string, options?: RestSendOptions): Promise<RestReply<T>>;
}

/** Makes a shopper for the simulator at `url`; paths are relative to `/api/storefront`. */
export function restShopper(url: string, cookie?: string): RestShopper {
  const shopper: RestShopper = {
    cookie,
    async send(method, path, body, options = {}) {
      const full = `/api/storefront${path}`;
      if (hasOpenApi && !options.invalidRequest && options.raw === undefined) {
        expect(validateRequest(method, full, body), `request ${method} ${full}`).toEqual([]);
      }
      const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
      const text = options.raw ?? (body === undefined ? undefined : JSON.stringify(body));
      if (text !== undefined) headers['Content-Type'] = 'application/json';
      if (shopper.cookie !== undefined) headers['Cookie'] = shopper.cookie;
      const response = await fetch(`${url}${full}`, { method, headers, ...(text === undefined ? {} : { body: text }) });
      const set = response.headers.getSetCookie().map((c) => c.split(';', 1)[0] as string).find((c) => c.startsWith('SHOP_SESSION_TOKEN='));
      if (set !== undefined) shopper.cookie = set;
      const received = await response.text();
      const parsed: unknown = received === '' ? undefined : JSON.parse(received);
      if (hasOpenApi && method !== 'OPTIONS') {
        expect(validateResponse(method, full, response.status, parsed), `response ${method} ${full} ${response.status}`).toEqual([]);
      }
      return { status: response.status, body: parsed as never, headers: response.headers };
    },
    get: (path, options) => shopper.send('GET', path, undefined, options),
  };
  return shopper;
}

/** Starts a simulator for one suite (closed after it); `suite.sim` and `suite.url` are valid inside tests. */
export function useRestSimulator(options: SimulatorOptions = {}): { readonly sim: Simulator; readonly url: string } {
  let sim: Simulator | undefined;
  let running: RunningSimulator | undefined;
  beforeAll(async () => {
    sim = createSimulator(options);
    running = await sim.listen();
  });
  afterAll(async () => {
    await running?.close();
  });
  return {
    get sim() {
      if (!sim) throw new Error('simulator not started');
      return sim;
    },
    get url() {
      if (!running) throw new Error('simulator not started');
      return running.url;
    },
  };
}

/** A US shipping address for consignments and billing. */
export const US_ADDRESS = {
  firstName: 'Jane',
  lastName: 'Doe',
  email: 'shopper@example.net',
  address1: '123 Main Street',
  city: 'Austin',
  stateOrProvinceCode: 'TX',
  countryCode: 'US',
  postalCode: '78751',
  phone: '+15125550100',
};

/** The same shopper in the United Kingdom. */
export const GB_ADDRESS = { ...US_ADDRESS, city: 'Bristol', stateOrProvinceCode: '', countryCode: 'GB', postalCode: 'BS1 4DJ' };

/** The ids a request needs to pick a variant of a sample product by its option labels (in option order). */
export function variantOf(sim: Simulator, productId: number, labels: string[]): { variantId: number; optionSelections: { optionId: number; optionValue: number }[] } {
  const product = sim.catalog.products.find((p) => p.id === productId);
  if (!product) throw new Error(`no product ${productId}`);
  const optionSelections = labels.map((label, i) => {
    const option = product.options.filter((o) => o.kind === 'multiple-choice' && o.isVariantOption)[i];
    const value = option?.kind === 'multiple-choice' ? option.values.find((v) => v.label === label) : undefined;
    if (!option || !value) throw new Error(`product ${productId} has no option value ${label}`);
    return { optionId: option.id, optionValue: value.id };
  });
  const ids = optionSelections.map((s) => s.optionValue);
  const variant = product.variants.find((v) => ids.every((id) => v.optionValueIds.includes(id)));
  if (!variant) throw new Error(`product ${productId} has no variant ${labels.join('/')}`);
  return { variantId: variant.id, optionSelections };
}
