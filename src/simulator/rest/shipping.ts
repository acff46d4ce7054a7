import { createHash } from 'node:crypto';

/** A shipping option a consignment may select; `cost` in the cart currency's minor units. */
export interface ShippingOption {
  readonly id: string;
  readonly type: string;
  readonly description: string;
  readonly cost: number;
  readonly transitTime: string;
  readonly isRecommended: boolean;
}

/** Merchandise value (default currency, before coupons) from which US consignments ship free. */
export const FREE_SHIPPING_THRESHOLD = 100;

interface Method {
  readonly key: string;
  readonly type: string;
  readonly description: string;
  /** Cost in the store's default currency. */
  readonly cost: number;
  readonly transitTime: string;
}

const STANDARD: Method = { key: 'us-standard', type: 'shipping_flatrate', description: 'Standard', cost: 5, transitTime: '3-5 business days' };
const EXPRESS: Method = { key: 'us-express', type: 'shipping_flatrate', description: 'Express', cost: 15, transitTime: '1-2 business days' };
const FREE: Method = { key: 'free', type: 'freeshipping', description: 'Free Shipping', cost: 0, transitTime: '3-5 business days' };
const INTERNATIONAL: Method = {
  key: 'international',
  type: 'shipping_flatrate',
  description: 'International',
  cost: 20,
  transitTime: '7-14 business days',
};

/** Shipping zones by country: the US ships domestically; GB, CA and AU internationally; elsewhere not at all. */
const ZONES: Record<string, readonly Method[]> = { US: [STANDARD, EXPRESS], GB: [INTERNATIONAL], CA: [INTERNATIONAL], AU: [INTERNATIONAL] };

/** Name of the shipping zone of a country, as orders report it (`undefined`: the store does not ship there). */
export function shippingZoneName(countryCode: string): string | undefined {
  if (countryCode === 'US') return 'United States';
  return ZONES[countryCode] ? 'International' : undefined;
}

// Stable 32-hex ids, like BigCommerce's, so a selected option survives recomputation.
const idOf = (key: string): string => createHash('md5').update(`bc-storefront-simulator:shipping:${key}`).digest('hex');

/**
 * The options a consignment to `countryCode` may choose from, cheapest first. US consignments
 * ship free when their merchandise reaches {@link FREE_SHIPPING_THRESHOLD} or every item ships free.
 * @param toMinor converts a default-currency amount to the cart currency's minor units.
 */
export function shippingOptionsFor(
  countryCode: string,
  merchandise: { minor: number; allFreeShipping: boolean },
  toMinor: (amount: number) => number,
): ShippingOption[] {
  const methods = [...(ZONES[countryCode] ?? [])];
  if (countryCode === 'US' && (merchandise.minor >= toMinor(FREE_SHIPPING_THRESHOLD) || merchandise.allFreeShipping)) {
    methods.unshift(FREE);
  }
  return methods.map((method, i) => ({
    id: idOf(method.key),
    type: method.type,
    description: method.description,
    cost: toMinor(method.cost),
    transitTime: method.transitTime,
    isRecommended: i === 0,
  }));
}
