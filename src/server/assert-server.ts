import { ConfigError } from '../errors';

/**
 * Throws where a `window` exists: the client secret signs and verifies shoppers' identities, so
 * it must never reach a browser (the check Shopify's storefront-api-client makes for private tokens).
 *
 * @throws {ConfigError} option `clientSecret`, when `window` is defined
 */
export function assertServer(operation: string): void {
  if (typeof (globalThis as { window?: unknown }).window !== 'undefined') {
    throw new ConfigError(
      'clientSecret',
      `must stay on a server: ${operation} from bc-storefront/server refuses to run where \`window\` exists`,
    );
  }
}
