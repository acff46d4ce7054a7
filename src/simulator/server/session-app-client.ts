import type { SimulatorState } from './route';

/**
 * The app client id the simulator signs Current Customer JWTs for and accepts Customer Login
 * JWTs from, unless told otherwise. Not a real BigCommerce app.
 */
export const DEFAULT_APP_CLIENT_ID = 'bc-storefront-simulator-app';

/**
 * The app client secret matching {@link DEFAULT_APP_CLIENT_ID}. Public on purpose: it only works
 * against the simulator. A real app's client secret belongs on a server, never in a browser.
 */
export const DEFAULT_APP_CLIENT_SECRET = 'bc-storefront-simulator-secret-only-for-tests';

/** The app API account (client id and secret) the simulator's session endpoints speak to. */
export interface SimulatorAppClient {
  /** Sent by browsers as `app_client_id`; the `aud` of Current Customer JWTs, the `iss` of login JWTs. */
  readonly id: string;
  /** The HS256 key of both kinds of JWT. */
  readonly secret: string;
}

// Kept beside the state object (not on SimulatorState), like every feature's own state.
const clients = new WeakMap<SimulatorState, SimulatorAppClient>();

/**
 * Resolves the `appClientId`/`appClientSecret` options into a frozen app client.
 * @throws {RangeError} when either is given but blank.
 */
export function resolveAppClient(options: { appClientId?: string; appClientSecret?: string }): SimulatorAppClient {
  const id = options.appClientId ?? DEFAULT_APP_CLIENT_ID;
  const secret = options.appClientSecret ?? DEFAULT_APP_CLIENT_SECRET;
  if (id.trim() === '') throw new RangeError('appClientId must not be blank');
  if (secret.trim() === '') throw new RangeError('appClientSecret must not be blank');
  return Object.freeze({ id, secret });
}

/** Ties an app client to one simulator's state (called once, by `buildSimulator`). */
export function setAppClient(state: SimulatorState, client: SimulatorAppClient): void {
  clients.set(state, client);
}

/** The simulator's app client; the defaults for a state built without one (route-level tests). */
export function appClientOf(state: SimulatorState): SimulatorAppClient {
  let client = clients.get(state);
  if (!client) clients.set(state, (client = resolveAppClient({})));
  return client;
}

/** The app client secret as an HS256 key. */
export function hmacKey(client: SimulatorAppClient): Uint8Array {
  return new TextEncoder().encode(client.secret);
}
