import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStorefront, type StorefrontOptions } from '../../src/config';
import { isStorefrontError, type StorefrontError } from '../../src/errors';
import { send, type SendOptions } from '../../src/http';

const token = 'sf-token-SECRET-123';
const customerAccessToken = 'cat-SECRET-456';
const url = 'https://shop.example.com/api/storefront/carts';
const operation = 'GET /api/storefront/carts';

type Reply = Response | Error | ((init: RequestInit) => Response | Promise<Response>);

/** A fetch that answers with `replies` in order and logs each call with its (fake) time. */
const fakeFetch = (...replies: Reply[]) => {
  const start = Date.now();
  const calls: { url: string; init: RequestInit; at: number; self: unknown }[] = [];
  const fetch = vi.fn(function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    calls.push({ url: String(input), init: init!, at: Date.now() - start, self: this });
    const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
    if (reply instanceof Error) return Promise.reject(reply);
    return Promise.resolve(typeof reply === 'function' ? reply(init!) : reply.clone());
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
};

const never = () => new Promise<Response>(() => {});
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const status = (code: number, headers: Record<string, string> = {}) => new Response(null, { status: code, headers });

const storefrontWith = (fetch: typeof globalThis.fetch, options: Partial<StorefrontOptions> = {}) =>
  createStorefront({ storeUrl: 'https://shop.example.com', token, customerAccessToken, fetch, ...options });

const get = (extra: Partial<SendOptions> = {}): SendOptions => ({ url, method: 'GET', operation, retry: true, ...extra });

/** Runs `send` to the end under fake timers and returns what it settled with. */
const settle = async (promise: Promise<Response>) => {
  const outcome = promise.then(
    (response) => ({ response, error: undefined }),
    (error: StorefrontError) => ({ response: undefined, error }),
  );
  await vi.runAllTimersAsync();
  return outcome;
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('send: the request', () => {
  it('sends method, url, headers, body and credentials, and resolves with the 2xx answer', async () => {
    const { fetch, calls } = fakeFetch(json({ id: 'cart-1' }, 201, { 'x-request-id': 'r1' }));
    const storefront = storefrontWith(fetch, { credentials: 'include' });
    const response = await send(storefront, {
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"lineItems":[]}',
      operation: 'POST /api/storefront/carts',
      retry: false,
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-request-id')).toBe('r1');
    expect(await response.json()).toEqual({ id: 'cart-1' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe(url);
    expect(calls[0]!.init).toMatchObject({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"lineItems":[]}',
      credentials: 'include',
    });
    expect(calls[0]!.init.signal).toBeInstanceOf(AbortSignal);
  });

  it('defaults credentials to same-origin and resolves an empty 204', async () => {
    const { fetch, calls } = fakeFetch(status(204));
    const response = await send(storefrontWith(fetch), get());
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(calls[0]!.init.credentials).toBe('same-origin');
  });

  it('looks up globalThis.fetch at call time and calls it unbound', async () => {
    const storefront = createStorefront({ storeUrl: 'https://shop.example.com', token });
    const { fetch, calls } = fakeFetch(json({}));
    vi.stubGlobal('fetch', fetch);
    await send(storefront, get());
    expect(calls).toHaveLength(1);
    expect(calls[0]!.self).toBeUndefined();
  });

  it('calls an injected fetch unbound too (a browser fetch throws "Illegal invocation" otherwise)', async () => {
    const { fetch, calls } = fakeFetch(json({}));
    await send(storefrontWith(fetch), get());
    expect(calls[0]!.self).toBeUndefined();
  });

  it('throws ConfigError when there is no fetch at all', async () => {
    vi.stubGlobal('fetch', undefined);
    const storefront = createStorefront({ storeUrl: 'https://shop.example.com', token });
    await expect(send(storefront, get())).rejects.toMatchObject({ code: 'ERR_CONFIG', option: 'fetch' });
  });
});

describe('send: retries and waits', () => {
  it('retries a 500 with jittered exponential backoff, then resolves', async () => {
    const { fetch, calls } = fakeFetch(status(500), status(500), json({ ok: true }));
    const { response } = await settle(send(storefrontWith(fetch), get()));
    expect(await response!.json()).toEqual({ ok: true });
    // Math.random() = 0.5: 0.5 * 300, then 0.5 * 600.
    expect(calls.map((call) => call.at)).toEqual([0, 150, 450]);
  });

  it('draws each wait from [0, min(max, base * 2^attempt)) and caps it at maxDelayMs', async () => {
    vi.mocked(Math.random).mockReturnValue(0.999);
    const { fetch, calls } = fakeFetch(status(502));
    const storefront = storefrontWith(fetch, { retry: { retries: 4, baseDelayMs: 100, maxDelayMs: 500 } });
    const { error } = await settle(send(storefront, get()));
    expect(error).toMatchObject({ name: 'HttpError', code: 'ERR_HTTP', status: 502, retryable: true });
    const waits = calls.slice(1).map((call, i) => call.at - calls[i]!.at);
    expect(waits).toEqual([99, 199, 399, 499]);
  });

  it.each([408, 429, 500, 502, 503, 504, 520, 522, 524])('retries a %i', async (code) => {
    const { fetch, calls } = fakeFetch(status(code), json({}));
    const { response } = await settle(send(storefrontWith(fetch), get()));
    expect(response!.ok).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it.each([
    [400, 'HttpError', 'ERR_HTTP'],
    [401, 'UnauthorizedError', 'ERR_UNAUTHORIZED'],
    [403, 'UnauthorizedError', 'ERR_UNAUTHORIZED'],
    [404, 'NotFoundError', 'ERR_NOT_FOUND'],
    [409, 'ConflictError', 'ERR_CONFLICT'],
    [422, 'HttpError', 'ERR_HTTP'],
    [501, 'HttpError', 'ERR_HTTP'],
    [507, 'HttpError', 'ERR_HTTP'],
  ])('does not retry a %i: %s', async (code, name, errorCode) => {
    const { fetch, calls } = fakeFetch(status(code));
    const { error } = await settle(send(storefrontWith(fetch), get()));
    expect(calls).toHaveLength(1);
    expect(error).toMatchObject({ name, code: errorCode, status: code, retryable: false, operation });
    expect(error!.message).toContain(`HTTP ${code}`);
  });

  it('after the last retry throws the typed error of the last answer', async () => {
    const { fetch, calls } = fakeFetch(status(500), status(503), status(429, { 'x-rate-limit-time-reset-ms': '50' }));
    const { error } = await settle(send(storefrontWith(fetch), get()));
    expect(calls).toHaveLength(3);
    expect(error).toMatchObject({ name: 'RateLimitError', code: 'ERR_RATE_LIMITED', status: 429, retryAfterMs: 50 });
  });

  it('honours X-Rate-Limit-Time-Reset-Ms in milliseconds, before Retry-After', async () => {
    const limited = status(429, { 'X-Rate-Limit-Time-Reset-Ms': '1234', 'Retry-After': '9' });
    const { fetch, calls } = fakeFetch(limited, json({}));
    await settle(send(storefrontWith(fetch), get()));
    expect(calls.map((call) => call.at)).toEqual([0, 1234]);
  });

  it('reads Retry-After in seconds', async () => {
    const { fetch, calls } = fakeFetch(status(429, { 'retry-after': '2' }), json({}));
    await settle(send(storefrontWith(fetch), get()));
    expect(calls.map((call) => call.at)).toEqual([0, 2000]);
  });

  it('reads Retry-After as an HTTP date, on a 503 too', async () => {
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const { fetch, calls } = fakeFetch(status(503, { 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }), json({}));
    await settle(send(storefrontWith(fetch), get()));
    expect(calls.map((call) => call.at)).toEqual([0, 3000]);
  });

  it('treats a Retry-After date in the past as no wait, and garbage as no hint', async () => {
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const past = status(429, { 'retry-after': 'Wed, 31 Dec 2025 00:00:00 GMT' });
    const garbage = status(429, { 'retry-after': 'soon', 'x-rate-limit-time-reset-ms': 'later' });
    const { fetch, calls } = fakeFetch(past, garbage, json({}));
    await settle(send(storefrontWith(fetch), get()));
    expect(calls.map((call) => call.at)).toEqual([0, 0, 300]);
  });

  it('gives up at once when the store asks for a wait longer than maxDelayMs', async () => {
    const { fetch, calls } = fakeFetch(status(429, { 'x-rate-limit-time-reset-ms': '15000' }), json({}));
    const { error } = await settle(send(storefrontWith(fetch), get()));
    expect(calls).toHaveLength(1);
    expect(error).toMatchObject({ code: 'ERR_RATE_LIMITED', retryAfterMs: 15_000, retryable: true });
    expect(error!.message).toBe(`${operation}: HTTP 429, retry after 15000 ms`);
  });

  it('gives up at once on a 503 whose Retry-After exceeds maxDelayMs', async () => {
    const { fetch, calls } = fakeFetch(status(503, { 'retry-after': '60' }), json({}));
    const { error } = await settle(send(storefrontWith(fetch, { retry: { maxDelayMs: 59_999 } }), get()));
    expect(calls).toHaveLength(1);
    expect(error).toMatchObject({ code: 'ERR_HTTP', status: 503 });
  });

  it('sends an unguarded mutation once, whatever fails', async () => {
    for (const reply of [status(500), status(429, { 'retry-after': '1' }), new TypeError('fetch failed')]) {
      const { fetch, calls } = fakeFetch(reply, json({}));
      const { error } = await settle(send(storefrontWith(fetch), get({ method: 'POST', retry: false })));
      expect(calls).toHaveLength(1);
      expect(error!.retryable).toBe(true);
    }
  });

  it('does not retry when the storefront says retry: false', async () => {
    const { fetch, calls } = fakeFetch(status(500), json({}));
    const { error } = await settle(send(storefrontWith(fetch, { retry: false }), get()));
    expect(calls).toHaveLength(1);
    expect(error!.code).toBe('ERR_HTTP');
  });
});

describe('send: network, timeout and abort', () => {
  it('wraps a rejected fetch in NetworkError, keeps the cause, and retries it', async () => {
    const cause = new TypeError('fetch failed');
    const { fetch, calls } = fakeFetch(cause);
    const { error } = await settle(send(storefrontWith(fetch), get()));
    expect(calls).toHaveLength(3);
    expect(error).toMatchObject({ name: 'NetworkError', code: 'ERR_NETWORK', retryable: true, operation });
    expect(error!.cause).toBe(cause);
  });

  it('cuts an attempt off at timeoutMs with TimeoutError, aborts its fetch, and retries', async () => {
    const { fetch, calls } = fakeFetch(never);
    const promise = send(storefrontWith(fetch, { timeoutMs: 1000 }), get());
    const outcome = promise.catch((error: StorefrontError) => error);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.init.signal!.aborted).toBe(true);
    await vi.runAllTimersAsync();
    expect(calls.map((call) => call.at)).toEqual([0, 1150, 2450]);
    expect(await outcome).toMatchObject({ name: 'TimeoutError', code: 'ERR_TIMEOUT', retryable: true, timeoutMs: 1000 });
  });

  it('times out a body that stalls after the headers', async () => {
    const stalled = () => new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"da')) }));
    const { fetch } = fakeFetch(stalled);
    const { error } = await settle(send(storefrontWith(fetch, { timeoutMs: 500, retry: false }), get()));
    expect(error).toMatchObject({ code: 'ERR_TIMEOUT' });
  });

  it('turns a body that breaks off into a retryable NetworkError', async () => {
    const broken = () => new Response(new ReadableStream({ pull: (c) => c.error(new TypeError('terminated')) }));
    const { fetch, calls } = fakeFetch(broken, json({ ok: 1 }));
    const { response } = await settle(send(storefrontWith(fetch), get()));
    expect(calls).toHaveLength(2);
    expect(await response!.json()).toEqual({ ok: 1 });
  });

  it('rejects at once with AbortError when the caller aborts during the request', async () => {
    const { fetch, calls } = fakeFetch(never);
    const controller = new AbortController();
    const promise = send(storefrontWith(fetch), get({ signal: controller.signal }));
    const outcome = promise.catch((error: StorefrontError) => error);
    await vi.advanceTimersByTimeAsync(10);
    controller.abort('user left the page');
    const error = await outcome; // no timer advanced: it settled on the abort alone
    expect(error).toMatchObject({ name: 'AbortError', code: 'ERR_ABORTED', retryable: false, cause: 'user left the page' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.init.signal!.aborted).toBe(true);
  });

  it('rejects at once with AbortError when the caller aborts during a backoff wait', async () => {
    const { fetch, calls } = fakeFetch(status(429, { 'retry-after': '5' }), json({}));
    const controller = new AbortController();
    const outcome = send(storefrontWith(fetch), get({ signal: controller.signal })).catch((error: StorefrontError) => error);
    await vi.advanceTimersByTimeAsync(1000);
    const reason = new Error('navigated away');
    controller.abort(reason);
    const error = await outcome;
    expect(isStorefrontError(error, 'ERR_ABORTED') && error.cause).toBe(reason);
    await vi.runAllTimersAsync();
    expect(calls).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const { fetch, calls } = fakeFetch(json({}));
    const error = await send(storefrontWith(fetch), get({ signal: AbortSignal.abort('done') })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ERR_ABORTED', cause: 'done' });
    expect(calls).toHaveLength(0);
  });
});

describe('send: error messages', () => {
  it('quotes BigCommerce\'s title, never detail, the token or the request headers', async () => {
    const body = { status: 422, title: `Invalid token ${token} for ${customerAccessToken}`, detail: 'shopper@example.com' };
    const { fetch } = fakeFetch(json(body, 422));
    const { error } = await settle(send(storefrontWith(fetch), get({ headers: { authorization: `Bearer ${token}` } })));
    expect(error!.message).toBe(`${operation}: HTTP 422 (Invalid token [redacted] for [redacted])`);
    for (const text of [error!.message, String(error), JSON.stringify(error)]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(customerAccessToken);
      expect(text).not.toContain('shopper@example.com');
      expect(text).not.toContain('Bearer');
    }
  });

  it('quotes the first GraphQL auth message of a 401 and clips long titles', async () => {
    const unauthorized = json({ errors: [{ message: 'GraphQL invalid credentials. JWT is expired' }] }, 401);
    const { fetch } = fakeFetch(unauthorized);
    const { error } = await settle(send(storefrontWith(fetch), get({ operation: 'Products' })));
    expect(error!.message).toBe('Products: HTTP 401 (GraphQL invalid credentials. JWT is expired)');

    const { fetch: long } = fakeFetch(json({ title: 'x'.repeat(500) }, 400));
    const { error: clipped } = await settle(send(storefrontWith(long), get()));
    expect(clipped!.message.length).toBeLessThan(200);
  });

  it('ignores a body that is not JSON', async () => {
    const { fetch } = fakeFetch(new Response('<html>maintenance page</html>', { status: 400 }));
    const { error } = await settle(send(storefrontWith(fetch), get()));
    expect(error!.message).toBe(`${operation}: HTTP 400`);
  });
});

describe("send with retry: 'refused' (mutations the store refused before doing any work)", () => {
  const operation = 'POST /carts';
  const mutation = { url: 'https://shop.example.com/api/storefront/carts', method: 'POST', operation, retry: 'refused' as const };

  it('resends after a 429 and a 503, waiting as the store asks', async () => {
    vi.useFakeTimers();
    try {
      const { fetch, calls } = fakeFetch(
        json({ title: 'Too many requests' }, 429, { 'X-Rate-Limit-Time-Reset-Ms': '250' }),
        json({ title: 'Unavailable' }, 503),
        json({ id: 'cart' }, 201),
      );
      const pending = send(createStorefront({ storeUrl: 'https://shop.example.com', token: 't', fetch }), mutation);
      await vi.runAllTimersAsync();
      expect((await pending).status).toBe(201);
      expect(calls).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never resends after it may have landed: a 500, a 502 or a network error', async () => {
    for (const answer of [json({}, 500), json({}, 502), new TypeError('socket hang up')]) {
      const { fetch, calls } = fakeFetch(answer, json({ id: 'cart' }, 201));
      const storefront = createStorefront({ storeUrl: 'https://shop.example.com', token: 't', fetch });
      await expect(send(storefront, mutation)).rejects.toMatchObject({ operation });
      expect(calls).toHaveLength(1);
    }
  });

  it('keeps the error body readable for the caller but out of the message and JSON', async () => {
    const body = { status: 422, title: 'Out of stock', detail: 'jane@example.com asked for 9' };
    const { fetch } = fakeFetch(json(body, 422));
    const storefront = createStorefront({ storeUrl: 'https://shop.example.com', token: 't', fetch });
    const error = await send(storefront, mutation).catch((caught: unknown) => caught);
    expect(JSON.parse((error as { body: string }).body)).toEqual(body);
    expect(JSON.stringify(error)).not.toContain('jane@example.com');
    expect(String(error)).not.toContain('jane@example.com');
  });
});
