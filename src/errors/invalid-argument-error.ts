import { StorefrontError } from './storefront-error';

/** A function of the library was called with an argument it cannot use; nothing was sent. */
export class InvalidArgumentError extends StorefrontError {
  override name = 'InvalidArgumentError';
  readonly code = 'ERR_INVALID_ARGUMENT';
  /** The argument's name, e.g. `"first"` or `"variables"`. */
  readonly argument: string;

  constructor(operation: string, argument: string, message: string, options?: ErrorOptions) {
    super(operation, `argument "${argument}" ${message}`, options);
    this.argument = argument;
  }
}
