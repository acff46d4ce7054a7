import type { Storefront } from '../config/types';
import { rest } from '../rest/rest';
import { checkEmail } from '../rest/validate';
import type { Subscription } from './order-types';

/** What a subscriber consents to, and optionally their name. */
export interface NewsletterConsent {
  /** Marketing newsletter (default true). */
  acceptsMarketingNewsletter?: boolean;
  /** Abandoned-cart emails (left to the store's setting when omitted). */
  acceptsAbandonedCartEmails?: boolean;
  /** Stored with the subscriber (the store's answer carries them; the spec's request lists only email and consents). */
  firstName?: string;
  lastName?: string;
  /** Where the subscription came from, e.g. `"storefront"` (the default) or `"custom"`. */
  source?: string;
  signal?: AbortSignal;
}

/**
 * Subscribes an email to the store's newsletter (creates or updates the subscription).
 * @throws {InvalidArgumentError} for a malformed email, before any request
 * @example
 * ```ts
 * await subscribeToNewsletter(storefront, 'jane@example.com');
 * ```
 */
export async function subscribeToNewsletter(storefront: Storefront, email: string, { signal, ...consent }: NewsletterConsent = {}): Promise<Subscription> {
  const operation = 'POST /subscriptions';
  checkEmail(operation, email);
  const body = { email, acceptsMarketingNewsletter: true, ...consent };
  return rest(storefront, operation, [], { body, signal }, (value) => typeof value?.email == 'string');
}
