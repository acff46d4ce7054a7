/** How often and how patiently a retryable request is sent again. */
export interface RetryPolicy {
  /** Extra attempts after the first (default 2). */
  retries: number;
  /** First backoff ceiling in ms; doubles per attempt, full jitter (default 300). */
  baseDelayMs: number;
  /** Longest single wait in ms; a server asking for longer makes the request fail now (default 10 000). */
  maxDelayMs: number;
}

/** What `createStorefront` accepts. Give one of `graphqlUrl`, `storeUrl` or `storeHash`, or none in a store page. */
export interface StorefrontOptions {
  /** The store's origin, e.g. `https://shop.example.com`; GraphQL is at `storeUrl + '/graphql'`. */
  storeUrl?: string;
  /** The full GraphQL endpoint; wins over `storeUrl` (a proxy, or `https://store-abc123-2.mybigcommerce.com/graphql`). */
  graphqlUrl?: string;
  /** With `channelId`, builds `https://store-{hash}-{channelId}.mybigcommerce.com` (channel 1: `store-{hash}`). */
  storeHash?: string;
  /** The sales channel; a positive integer. */
  channelId?: number;
  /** The GraphQL storefront token (public by design, still never put in error messages). */
  token: string;
  /** A signed-in shopper's token for headless sites, sent as `X-Bc-Customer-Access-Token`. */
  customerAccessToken?: string;
  /** Cookie policy; default `'same-origin'` (a Stencil page sends its session cookie). */
  credentials?: RequestCredentials;
  /** The fetch to use; default `globalThis.fetch`, looked up at each request. */
  fetch?: typeof globalThis.fetch;
  /** Per-attempt limit in ms (default 10 000). */
  timeoutMs?: number;
  /** Retry policy for reads, or `false` for no retries. */
  retry?: Partial<RetryPolicy> | false;
  /** The shopper's currency, ISO 4217 (`"EUR"`). */
  currencyCode?: string;
  /** The shopper's language, BCP 47 (`"de-DE"`), sent as `Accept-Language`. */
  locale?: string;
}

/** The shopper preferences `withShopper` can change. */
export interface ShopperPreferences {
  currencyCode?: string;
  locale?: string;
}

/** A validated, frozen storefront context: where and how requests go. Make one with `createStorefront`. */
export interface Storefront {
  /** The store's origin (REST storefront API base), e.g. `https://shop.example.com`. */
  readonly storeOrigin: string;
  /** The GraphQL endpoint. */
  readonly graphqlUrl: string;
  readonly channelId: number | undefined;
  readonly currencyCode: string | undefined;
  /** Canonical BCP 47 tag, e.g. `"de-DE"`. */
  readonly locale: string | undefined;
  readonly token: string;
  readonly customerAccessToken: string | undefined;
  readonly credentials: RequestCredentials;
  /** The injected fetch, if any; `globalThis.fetch` is used otherwise, looked up per request. */
  readonly fetch: typeof globalThis.fetch | undefined;
  readonly timeoutMs: number;
  /** The resolved policy; `retries` is 0 when retries are off. */
  readonly retry: Readonly<RetryPolicy>;
}
