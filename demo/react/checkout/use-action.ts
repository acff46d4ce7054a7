// A checkout section's request: busy while it runs, its own error after a refusal.
import type { CheckoutAction, CheckoutStore } from 'bc-storefront';
import { useState } from 'react';

export interface SectionAction {
  busy: boolean;
  error: unknown;
  /** Runs `action` through the checkout store; resolves true when it was accepted. */
  run(action: CheckoutAction): Promise<boolean>;
  clear(): void;
}

export function useAction(store: CheckoutStore): SectionAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return {
    busy,
    error,
    clear: () => setError(null),
    async run(action) {
      setBusy(true);
      setError(null);
      try {
        await store.run(action);
        return true;
      } catch (failure) {
        setError(failure);
        return false;
      } finally {
        setBusy(false);
      }
    },
  };
}
