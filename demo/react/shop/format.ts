// Money and messages the shopper reads.
import { isStorefrontError } from 'bc-storefront';

const formats = new Map<string, Intl.NumberFormat>();

/** `12.5, 'USD'` → `$12.50`. */
export function money(value: number, currencyCode = 'USD'): string {
  let format = formats.get(currencyCode);
  if (!format) formats.set(currencyCode, (format = new Intl.NumberFormat('en-US', { style: 'currency', currency: currencyCode })));
  return format.format(value);
}

/** What went wrong, in the shopper's words, and whether trying again may help. */
export interface Problem {
  title: string;
  detail: string;
  retry: boolean;
}

/** Turns any failure into a {@link Problem}; store codes decide the wording, never its raw message. */
export function problemOf(error: unknown): Problem {
  if (isStorefrontError(error, 'ERR_NETWORK') || isStorefrontError(error, 'ERR_TIMEOUT')) {
    const offline = typeof navigator !== 'undefined' && !navigator.onLine;
    return {
      title: offline ? 'You are offline' : 'We could not reach the shop',
      detail: offline ? 'Check your connection, then try again.' : 'The connection dropped or took too long. Please try again.',
      retry: true,
    };
  }
  if (isStorefrontError(error, 'ERR_RATE_LIMITED') || (isStorefrontError(error) && (error.status === 503 || error.status === 429))) {
    return { title: 'The shop is busy right now', detail: 'A lot of people are shopping at the moment. Please try again in a few seconds.', retry: true };
  }
  if (isStorefrontError(error, 'ERR_VALIDATION')) {
    return { title: error.title ?? 'That was not accepted', detail: 'Please check and try again.', retry: false };
  }
  if (isStorefrontError(error, 'ERR_CONFLICT')) {
    return { title: 'Your basket changed in another tab', detail: 'We reloaded it; please try again.', retry: true };
  }
  if (isStorefrontError(error) && error.retryable) {
    return { title: 'Something went wrong on our side', detail: 'Please try again in a moment.', retry: true };
  }
  return { title: 'Something went wrong', detail: 'Please try again, or come back later.', retry: true };
}
