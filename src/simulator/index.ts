// bc-storefront/simulator: a local BigCommerce storefront for tests and the demo (Node only).
export { createSimulator } from './server/create-simulator';
export { simulatorPlugin } from './server/vite-plugin';
export { simulatorPluginFor } from './server/mount-vite';
export type { SimulatorPlugin } from './server/mount-vite';
export { DEFAULT_STOREFRONT_TOKEN } from './server/auth';
export { DEFAULT_APP_CLIENT_ID, DEFAULT_APP_CLIENT_SECRET } from './server/session-app-client';
export type { SimulatorAppClient } from './server/session-app-client';
export type {
  FaultKind,
  FaultMatch,
  FaultSpec,
  RequestLogEntry,
  RunningSimulator,
  Simulator,
  SimulatorHandler,
  SimulatorOptions,
} from './server/types';
export { generateCatalog, sampleCatalog } from './catalog';
export { SEEDED_COUPONS, SEEDED_GIFT_CERTIFICATES } from './rest/store';
export { TAX_RATE_PERCENT } from './rest/pricing';
export { FREE_SHIPPING_THRESHOLD } from './rest/shipping';
export { DEFAULT_CUSTOMER_ACCESS_TOKEN_TTL_SECONDS } from './server/customer-tokens';
export { EMBEDDED_CHECKOUT_EVENTS } from './server/hosted-checkout';
export type { Catalog } from './catalog';
