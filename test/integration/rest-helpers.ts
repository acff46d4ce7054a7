// Shared by the REST Storefront integration suites (cart*, checkout*, rest-*): a shopper is a
// storefront whose fetch keeps its own cookie jar (Node's fetch has none, and the REST API knows
// the shopper only by the session cookie), and every request it sends is held to BigCommerce's
// OpenAPI request schema. A suite fails after any test that sent a request the spec refuses.
import { SignJWT } from 'jose';
import { afterEach, expect } from 'vitest';
import type { StorefrontOptions } from '../../src/config';
import { DEFAULT_APP_CLIENT_ID, DEFAULT_APP_CLIENT_SECRET, type RequestLogEntry, type SimulatorOptions } from '../../src/simulator';
import { hasOpenApi, validateRequest } from '../contract/openapi';
import { cookieFetch } from '../helpers/cookie-fetch';
import { useSimulator } from './helpers';

/** A request the library sent, with what the contract check said of it. */
export interface SentRequest {
  method: string;
  url: string;
  body: unknown;
  problems: string[];
}

/** A fetch with its own cookie jar that checks each REST request against the OpenAPI files. */
export function shopperFetch(sent: SentRequest[], inner: typeof fetch = (...args) => globalThis.fetch(...args)) {
  const checked: typeof globalThis.fetch = (input, init = {}) => {
    const url = String(input);
    const method = init.method ?? 'GET';
    const body = typeof init.body === 'string' && init.body ? JSON.parse(init.body) : undefined;
    const problems = url.includes('/api/storefront') && hasOpenApi ? safeValidate(method, url, body) : [];
    sent.push({ method, url, body, problems });
    return inner(input, init);
  };
  const { fetch, jar } = cookieFetch(checked);
  return { fetch, jar };
}

const safeValidate = (method: string, url: string, body: unknown): string[] => {
  try {
    return validateRequest(method, url, body);
  } catch (error) {
    return [String(error)];
  }
};

/**
 * One simulator for the suite, and shoppers on it: each with its own session cookie, every
 * request contract-checked (checked in `afterEach`), and the REST part of the request log.
 */
export function useRestSimulator(options?: SimulatorOptions | (() => SimulatorOptions)) {
  const suite = useSimulator(options);
  const sent: SentRequest[] = [];
  afterEach(() => {
    const refused = sent.filter((request) => request.problems.length > 0);
    sent.length = 0;
    expect(refused, 'requests the OpenAPI files refuse').toEqual([]);
  });
  return {
    suite,
    /** Every request the library sent in this test, with its contract problems. */
    sent,
    /** A new shopper (a browser with its own session). */
    shopper(extra: Partial<StorefrontOptions> = {}) {
      const { fetch, jar } = shopperFetch(sent);
      return { storefront: suite.storefront({ fetch, ...extra }), fetch, jar };
    },
    /** The REST requests the simulator logged in this test, optionally of one method. */
    rest(method?: string): RequestLogEntry[] {
      return suite.sim.requests().filter((e) => e.route === 'rest-storefront' && (method === undefined || e.method === method));
    },
    /** Signs the shopper in as customer `customerId`, as the Customer Login API would. */
    async signIn(fetch: typeof globalThis.fetch, customerId: number) {
      const jwt = await new SignJWT({ operation: 'customer_login', store_hash: suite.sim.catalog.settings.storeHash, customer_id: customerId })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuer(DEFAULT_APP_CLIENT_ID)
        .setIssuedAt()
        .setJti(crypto.randomUUID())
        .sign(new TextEncoder().encode(DEFAULT_APP_CLIENT_SECRET));
      const response = await fetch(`${suite.url}/login/token/${jwt}`, { redirect: 'manual' });
      expect(response.status).toBe(302);
      expect(response.headers.get('x-simulator-login-error')).toBeNull();
    },
  };
}

/** An address the simulator's sample store accepts (US, Texas). */
export const ADDRESS = {
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

/** Sample products that are simple to buy: one variant, no required options, no stock limit. */
export const SIMPLE = [102, 105, 106, 107, 109, 111, 112, 118] as const;
