import { StorefrontError, type StorefrontErrorInit } from './storefront-error';

/** What BigCommerce's REST error body says: `{status, title, type, detail}` or `{errors: [that]}`. */
export interface ValidationProblem {
  title?: string | undefined;
  detail?: string | undefined;
  type?: string | undefined;
}

/**
 * The store refused a request as invalid (HTTP 400 or 422, or a GraphQL error code): an unknown product, a quantity out
 * of stock, a coupon that does not apply. `title` and `type` are BigCommerce's; `detail` may quote
 * what was sent (an email, an address), so it is readable but kept out of the message and JSON.
 */
export class ValidationError extends StorefrontError {
  override name = 'ValidationError';
  readonly code = 'ERR_VALIDATION';
  /** BigCommerce's short summary, e.g. `"Coupon code is invalid"`. */
  readonly title: string | undefined;
  /** BigCommerce's problem type URL. */
  readonly type: string | undefined;
  /** BigCommerce's longer explanation (not enumerable: it can echo the shopper's input). */
  declare readonly detail: string | undefined;

  constructor(operation: string, problem: ValidationProblem, init: StorefrontErrorInit = {}) {
    // A body is the server's to shape: only strings are kept, clipped.
    const [title, type, detail] = [problem.title, problem.type, problem.detail].map((v) => (typeof v == 'string' ? v.slice(0, 500) : undefined));
    // Over GraphQL a refusal comes with a 200 and no status of its own.
    super(operation, `${init.status ? `HTTP ${init.status}` : 'refused'}${title ? ` (${title})` : ''}`, init);
    this.title = title;
    this.type = type;
    Object.defineProperty(this, 'detail', { value: detail });
  }
}
