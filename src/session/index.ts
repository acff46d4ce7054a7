export { fetchCurrentCustomerJwt } from './current-customer-jwt';
export type { CurrentCustomerJwtOptions } from './current-customer-jwt';
export { decodeCustomerJwtUnverified } from './decode-customer-jwt';
export type { CurrentCustomerJwtClaims } from './decode-customer-jwt';
export { fetchVerifiedCustomer } from './verified-customer';
export type { VerifiedCustomer, VerifiedCustomerOptions } from './verified-customer';
