// bc-storefront, browser entry: re-exports only. Everything here is a tree-shakeable function
// or type; nothing runs at import.

export { createStorefront, withShopper } from './config';
export type { RetryPolicy, ShopperPreferences, Storefront, StorefrontOptions } from './config';

export {
  AbortError,
  ConfigError,
  ConflictError,
  GraphQLResponseError,
  HttpError,
  InvalidArgumentError,
  isStorefrontError,
  MalformedResponseError,
  NetworkError,
  NotFoundError,
  OriginError,
  RateLimitError,
  StorefrontError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
} from './errors';
export type { GraphQLErrorEntry, StorefrontErrorByCode, StorefrontErrorCode, ValidationProblem } from './errors';

export { execute } from './graphql/execute';
export type { ExecuteArgs, ExecuteOptions } from './graphql/execute';

export { getProduct, getProducts, getProductsByIds } from './catalog/products';
export type { OptionValueSelection, ProductCard, ProductDetail, ProductLookup, ProductsArgs } from './catalog/products';
export { searchProducts } from './catalog/search';
export type { SearchProductsArgs, SearchResult } from './catalog/search';
export type { SearchFacet, SearchFilters, SearchSort } from './catalog/search-filters';
export { getCategory, getCategoryTree } from './catalog/categories';
export type { Category, CategoryArgs, CategoryPage, CategoryTreeItem } from './catalog/categories';
export { getBrand, getBrands } from './catalog/brands';
export type { Brand, BrandPage } from './catalog/brands';
export { resolveRoute } from './catalog/routes';
export type { ResolvedRoute, RouteNode, RouteRedirect } from './catalog/routes';
export { getCountries, getCurrencies, getStoreSettings } from './catalog/store';
export type { Country, Currency, StoreSettings } from './catalog/store';
export { MAX_PAGE_SIZE } from './graphql/connection';
export type { Page, PageArgs, PageInfo } from './graphql/connection';
export { walkPages } from './catalog/walk-pages';
export type { WalkPagesOptions } from './catalog/walk-pages';

export { decodeCustomerJwtUnverified, fetchCurrentCustomerJwt, fetchVerifiedCustomer } from './session';
export type { CurrentCustomerJwtClaims, CurrentCustomerJwtOptions, VerifiedCustomer, VerifiedCustomerOptions } from './session';
export { getCustomer, getCustomerAddresses } from './customer/profile';
export type { CustomerAddress, CustomerProfile } from './customer/profile';
export { addWishlistItems, createWishlist, getWishlists, removeWishlistItems } from './customer/wishlists';
export type { CreateWishlistArgs, Wishlist, WishlistItem } from './customer/wishlists';

export { addCartItems, createCart, deleteCart, deleteCartItem, getCart, updateCartCurrency, updateCartItem } from './cart/cart-api';
export { createCartManager } from './cart/cart-manager';
export type { CartChangeRequest, CartManager, CartManagerOptions } from './cart/cart-manager';
export { restCart } from './cart/rest-cart';
export { graphqlCart } from './cart/graphql-cart';
export { autoCart } from './cart/auto-cart';
export type { CartTransport } from './cart/cart-transport';
export { MAX_QUANTITY } from './rest/validate';
export type {
  Cart, CartCoupon, CartCurrency, CartInclude, CartItemsInput, CartMutationOptions, CartRequestOptions, Contact,
  CustomLineItem, DigitalLineItem, GiftCertificateInput, GiftCertificateLineItem, GiftWrappingInput, LineItemInput,
  LineItemOption, OptionSelection, PhysicalLineItem, ProductLineItem,
} from './cart/types';
export { CHECKOUT_PAGE_INCLUDES, getCheckout, submitSpamToken, updateCustomerMessage } from './checkout/checkout-api';
export { addBillingAddress, updateBillingAddress } from './checkout/billing';
export { createConsignments, deleteConsignment, selectShippingOption, updateConsignment } from './checkout/consignments';
export type { ConsignmentOptions } from './checkout/consignments';
export { applyCoupon, applyGiftCertificate, applyStoreCredit, removeCoupon, removeGiftCertificate, removeStoreCredit } from './checkout/payments';
export { getOrder } from './checkout/orders';
export { subscribeToNewsletter } from './checkout/newsletter';
export type { NewsletterConsent } from './checkout/newsletter';
export type {
  Address, AddressCustomField, AddressInput, AppliedGiftCertificate, Checkout, CheckoutCart, CheckoutCustomer,
  CheckoutInclude, CheckoutMutationOptions, CheckoutRequestOptions, Consignment, ConsignmentInput,
  ConsignmentLineItem, ConsignmentUpdate, ShippingOption,
} from './checkout/types';
export type { Order, OrderInclude, Subscription } from './checkout/order-types';

export { createCatalogCache } from './stores/catalog-cache';
export type { CatalogCache, CatalogCacheEntry, CatalogCacheOptions, CatalogStore, CatalogValue } from './stores/catalog-cache';
export { createBrandStore, createCategoryStore, createProductsStore, createProductStore, createRouteStore, createSearchStore } from './stores/catalog-stores';
export { dehydrateCatalog, hydrateCatalog } from './stores/catalog-hydration';
export type { CatalogSnapshot } from './stores/catalog-hydration';
export { queryKey } from './stores/query-key';
export { createCustomerStore } from './stores/customer-store';
export type { CustomerState, CustomerStore, CustomerStoreOptions } from './stores/customer-store';
export { browserPlatform } from './stores/platform';
export type { Platform, Unsubscribe } from './stores/platform';
export { createCartStore } from './stores/cart-store';
export type { CartStore, CartStoreChange, CartStoreOptions, CartTotals, CartValue } from './stores/cart-store';
export { cartEvents, onCartEvent } from './stores/cart-events';
export type { CartEvent, CartItemEvent, CheckoutStartedEvent } from './stores/cart-events';
export { cookiePersistence, localStoragePersistence, memoryPersistence } from './stores/cart-persistence';
export type { CartPersistence, CookiePersistenceOptions } from './stores/cart-persistence';
export { browserTabs, storageChannel } from './stores/cart-tabs';
export type { CartTabs, TabChannel } from './stores/cart-tabs';
export { createCheckoutStore } from './stores/checkout-store';
export type { CheckoutAction, CheckoutStore, CheckoutStoreOptions } from './stores/checkout-store';
export { createOrderStore } from './stores/checkout-order-store';
export type { OrderStore, OrderStoreOptions } from './stores/checkout-order-store';
export type { ResourceStore, ResourceValue } from './stores/checkout-resource';

export { getCheckoutUrls, redirectToCheckout } from './checkout/checkout-urls';
export type { CheckoutUrls, RedirectToCheckoutOptions } from './checkout/checkout-urls';
export { embedCheckout } from './checkout/embedded-checkout';
export type { EmbedCheckoutOptions, EmbeddedCheckout, EmbeddedCheckoutErrorInfo, EmbeddedCheckoutEvent } from './checkout/embedded-checkout';
