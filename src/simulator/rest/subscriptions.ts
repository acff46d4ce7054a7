import { invalidInput, unprocessable } from './errors';
import { isEmail, optionalString, readObject } from './input';
import { ok, type RestEndpoint } from './router';
import { restStore } from './store';

/**
 * `POST /subscriptions`: creates or updates a newsletter subscription by email. Takes the spec's
 * `email`, `acceptsMarketingNewsletter`, `acceptsAbandonedCartEmails`, and also `firstName`,
 * `lastName` and `source`, which the answer (`Subscription`) carries.
 */
export const subscriptionEndpoints: readonly RestEndpoint[] = [
  {
    method: 'POST',
    path: '/subscriptions',
    handle: async (call) => {
      const body = await readObject(call.ctx, true);
      const email = optionalString(body, 'email');
      if (email === undefined || email.trim() === '') throw invalidInput('email is required.');
      if (!isEmail(email.trim())) throw unprocessable('Invalid email address', `"${email}" is not a valid email address.`);
      const flags = ['acceptsMarketingNewsletter', 'acceptsAbandonedCartEmails'] as const;
      for (const flag of flags) {
        if (body[flag] !== undefined && typeof body[flag] !== 'boolean') throw invalidInput(`${flag} must be a boolean.`);
      }
      const store = restStore(call.state);
      const key = email.trim().toLowerCase();
      const existing = store.subscribers.get(key);
      const subscriber = existing ?? {
        id: store.nextSubscriberId++, email: email.trim(), firstName: '', lastName: '', source: 'storefront',
        acceptsMarketingNewsletter: true, acceptsAbandonedCartEmails: true,
      };
      subscriber.firstName = optionalString(body, 'firstName')?.slice(0, 255) ?? subscriber.firstName;
      subscriber.lastName = optionalString(body, 'lastName')?.slice(0, 255) ?? subscriber.lastName;
      subscriber.source = optionalString(body, 'source')?.slice(0, 255) ?? subscriber.source;
      for (const flag of flags) if (typeof body[flag] === 'boolean') subscriber[flag] = body[flag];
      store.subscribers.set(key, subscriber);
      const { id, firstName, lastName, source } = subscriber;
      return ok({ id, email: subscriber.email, firstName, lastName, source, orderId: null, consents: [] });
    },
  },
];
