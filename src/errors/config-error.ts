import { StorefrontError } from './storefront-error';

/**
 * An option given to `createStorefront` or `withShopper` is missing, unknown or malformed.
 *
 * The message names the option and what it must be; it never repeats the value given.
 */
export class ConfigError extends StorefrontError {
  override name = 'ConfigError';
  readonly code = 'ERR_CONFIG';
  /** The option's name, e.g. `"storeUrl"` or `"retry.retries"`. */
  readonly option: string;

  constructor(option: string, message: string, options?: ErrorOptions) {
    super(undefined, `Storefront option "${option}" ${message}`, options);
    this.option = option;
  }
}
