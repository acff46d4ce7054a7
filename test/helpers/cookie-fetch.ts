// Node's fetch keeps no cookies. This wrapper is the browser's cookie jar for tests: it sends the
// cookies the simulator set and keeps what each answer's Set-Cookie says (Max-Age=0 deletes).

/** One request as it crossed the wire through a cookie fetch. */
export interface SentRequest {
  url: string;
  method: string;
  headers: Headers;
  credentials: RequestCredentials | undefined;
  body: string | undefined;
}

/** A fetch with a cookie jar, and a record of what it sent. */
export interface CookieFetch {
  readonly fetch: typeof globalThis.fetch;
  /** Cookie name → value. */
  readonly jar: Map<string, string>;
  readonly sent: SentRequest[];
}

/** Makes a cookie-keeping fetch in front of `inner` (the real fetch by default). */
export function cookieFetch(inner: typeof globalThis.fetch = (...args) => globalThis.fetch(...args)): CookieFetch {
  const jar = new Map<string, string>();
  const sent: SentRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set('Cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
    const body = typeof init.body === 'string' ? init.body : undefined;
    sent.push({ url: String(input), method: init.method ?? 'GET', headers, credentials: init.credentials, body });
    const response = await inner(input, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', ...value] = pair.trim().split('=');
      const expired = attributes.some((attribute) => /^\s*max-age\s*=\s*0\s*$/i.test(attribute));
      if (expired) jar.delete(name);
      else jar.set(name, value.join('='));
    }
    return response;
  };
  return { fetch, jar, sent };
}
