import { GraphQLError } from 'graphql';
import type { CatalogCurrency } from '../catalog';
import type { SimulatorContext } from './context';

/** A Money object of the schema. */
export interface Money {
  currencyCode: string;
  value: number;
}

/**
 * The currency prices are shown in: `code` when given, else the store default.
 * @throws GraphQLError when `code` is a valid ISO code the store has not enabled.
 */
export function displayCurrency(ctx: SimulatorContext, code: string | null | undefined): CatalogCurrency {
  if (code === null || code === undefined) return ctx.defaultCurrency;
  const currency = ctx.index.currency.get(code);
  if (!currency) throw new GraphQLError(`Currency ${code} is not enabled on this store`);
  return currency;
}

/** An amount in the default currency, converted and rounded to `currency`'s decimal places. */
export function money(amount: number, currency: CatalogCurrency): Money {
  const factor = 10 ** currency.display.decimalPlaces;
  const value = Math.round((amount * currency.exchangeRate + Number.EPSILON) * factor) / factor;
  return { currencyCode: currency.code, value };
}
