// bc-storefront/server: re-exports only. Signs and verifies with the app's client secret, so
// it runs on a server (Node 20+, Next.js route handlers, Hono, Cloudflare Workers), never in a
// browser; every function refuses to run where `window` exists.

export { verifyCurrentCustomerJwt, MAX_TOKEN_LENGTH } from './server/verify-current-customer';
export type { VerifyCurrentCustomerOptions } from './server/verify-current-customer';
export type { CurrentCustomer, CurrentCustomerClaims } from './server/current-customer-claims';
export { createCustomerLoginJwt, customerLoginUrl } from './server/customer-login';
export type { CustomerLoginOptions, CustomerLoginUrlOptions } from './server/customer-login';
export { isStorePath } from './server/redirect-path';
export { createCustomerHandler } from './server/customer-handler';
export type { CustomerHandlerOptions, FetchHandler } from './server/customer-handler';
export { ConfigError, InvalidArgumentError, isStorefrontError, SessionTokenError, StorefrontError } from './errors';
export type { SessionTokenReason, StorefrontErrorCode } from './errors';
