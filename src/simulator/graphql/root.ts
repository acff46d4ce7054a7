import { findCart, ownCart } from './commerce/access';
import { cartMutationsNode } from './commerce/cart-mutations';
import { cartNode } from './commerce/cart-node';
import { checkoutMutationsNode } from './commerce/checkout-mutations';
import { checkoutNode } from './commerce/checkout-node';
import { paginate, type ConnectionArgs } from './connection';
import type { SimulatorContext } from './context';
import { customerNode, signedInCustomer } from './customer/customer';
import { loginMutations } from './customer/login';
import { wishlistMutationsNode } from './customer/wishlist-mutations';
import { brandNode } from './nodes/brand';
import { categoryNode, categoryTreeItemNode, visibleChildren } from './nodes/category';
import { productNode } from './nodes/product';
import { lookUpProduct, type ProductArgs } from './nodes/product-lookup';
import { routeNode } from './nodes/route';
import { inStock, productStock } from './nodes/stock';
import { countryNode, currencyNode, settingsNode } from './nodes/store';
import { searchProductsNode, type SearchProductsArgs } from './search/search-products';

type ListArgs = ConnectionArgs & { entityIds?: readonly number[] | null };

/** Keeps the requested ids only (all when none are given). */
function withIds<T extends { id: number }>(items: readonly T[], ids: readonly number[] | null | undefined): readonly T[] {
  if (!ids || ids.length === 0) return items;
  const wanted = new Set(ids);
  return items.filter((item) => wanted.has(item.id));
}

function siteNode(ctx: SimulatorContext) {
  const { index } = ctx;
  return {
    search: { searchProducts: (args: SearchProductsArgs) => searchProductsNode(ctx, args) },
    // Without a root: the top-level categories; with one: that category (and its subtree).
    categoryTree: ({ rootEntityId }: { rootEntityId?: number | null }) => {
      if (rootEntityId === null || rootEntityId === undefined) {
        return visibleChildren(ctx, null).map((c) => categoryTreeItemNode(ctx, c));
      }
      const root = index.category.get(rootEntityId);
      return root?.isVisible ? [categoryTreeItemNode(ctx, root)] : [];
    },
    category: ({ entityId }: { entityId: number }) => {
      const category = index.category.get(entityId);
      return category?.isVisible ? categoryNode(ctx, category) : null;
    },
    brands: (args: ListArgs) => {
      const brands = [...index.brand.values()].sort((a, b) => a.id - b.id);
      return paginate(withIds(brands, args.entityIds), args, (b) => brandNode(ctx, b));
    },
    products: (args: ListArgs & { hideOutOfStock?: boolean | null }) => {
      let products = withIds(index.productsById, args.entityIds).filter((p) => p.isVisible);
      if (args.hideOutOfStock === true) products = products.filter((p) => inStock(productStock(p)));
      return paginate(products, args, (p) => productNode(ctx, p));
    },
    product: (args: ProductArgs) => {
      const view = lookUpProduct(ctx, args);
      return view ? productNode(ctx, view) : null;
    },
    route: ({ path }: { path: string }) => routeNode(ctx, path),
    settings: () => settingsNode(ctx),
    currencies: (args: ConnectionArgs) => {
      const currencies = [...index.catalog.currencies].sort((a, b) => a.entityId - b.entityId);
      return paginate(currencies, args, currencyNode);
    },
    brand: ({ entityId }: { entityId: number }) => {
      const brand = index.brand.get(entityId);
      return brand ? brandNode(ctx, brand) : null;
    },
    // By id: any guest cart, or the request's customer's own; without: the shopper's cart.
    cart: ({ entityId }: { entityId?: string | null }) => {
      const cart = entityId === undefined || entityId === null ? ownCart(ctx) : findCart(ctx, entityId);
      return cart ? cartNode(ctx, cart) : null;
    },
    checkout: ({ entityId }: { entityId?: string | null }) => {
      const cart = entityId === undefined || entityId === null ? ownCart(ctx) : findCart(ctx, entityId);
      return cart ? checkoutNode(ctx, cart) : null;
    },
  };
}

/**
 * The root value of one request: `Query.site`, `Query.customer`, `Query.geography`, and the
 * mutations `wishlist`, `cart`, `checkout`, `login`, `logout`, `loginWithCustomerLoginJwt`.
 */
export function rootNode(ctx: SimulatorContext) {
  return {
    ...loginMutations(ctx),
    cart: () => cartMutationsNode(ctx),
    checkout: () => checkoutMutationsNode(ctx),
    site: () => siteNode(ctx),
    customer: () => {
      const customer = signedInCustomer(ctx);
      return customer ? customerNode(ctx, customer) : null;
    },
    wishlist: () => wishlistMutationsNode(ctx),
    geography: {
      countries: () => [...ctx.index.catalog.countries].sort((a, b) => a.name.localeCompare(b.name, 'en')).map(countryNode),
    },
  };
}
