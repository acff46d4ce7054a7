/** The shopper a verified Current Customer JWT names. */
export interface CurrentCustomer {
  /** The customer's id (`customer.id`). */
  readonly id: number;
  /** The customer's email address (`customer.email`). */
  readonly email: string;
  /** The customer group (`customer.group_id`), as a decimal string even when sent as a number. */
  readonly groupId: string;
}

/** The claims of a verified Current Customer JWT, renamed to camelCase. */
export interface CurrentCustomerClaims {
  /** The signed-in shopper (`customer`). */
  readonly customer: CurrentCustomer;
  /** The store the token was issued by (`store_hash`). */
  readonly storeHash: string;
  /** `application_id`, when the token carries one. */
  readonly applicationId: string | undefined;
  /** `iat` as a Date. */
  readonly issuedAt: Date;
  /** `exp` as a Date (BigCommerce issues tokens for 15 minutes). */
  readonly expiresAt: Date;
  /** `sub`, when the token carries one. */
  readonly subject: string | undefined;
  /** The whole verified payload, as sent. */
  readonly raw: Readonly<Record<string, unknown>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const optionalString = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';

/**
 * Reads the claims of a payload whose signature, times and issuer were already checked; `null`
 * when one is missing or of the wrong type (the customer id must be a positive integer).
 */
export function readCurrentCustomerClaims(payload: Record<string, unknown>): CurrentCustomerClaims | null {
  const { customer, store_hash: storeHash, application_id: applicationId, sub: subject } = payload;
  if (!isRecord(customer)) return null;
  const { id, email, group_id: group } = customer;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1 || typeof email !== 'string') return null;
  if (!(typeof group === 'string' || (typeof group === 'number' && Number.isSafeInteger(group)))) return null;
  if (typeof storeHash !== 'string' || !optionalString(applicationId) || !optionalString(subject)) return null;
  return {
    customer: { id, email, groupId: String(group) },
    storeHash,
    applicationId,
    issuedAt: new Date((payload.iat as number) * 1000),
    expiresAt: new Date((payload.exp as number) * 1000),
    subject,
    raw: payload,
  };
}
