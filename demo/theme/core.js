// The theme's shared parts: the storefront, the stores every page uses, a DOM builder and the
// messages a shopper reads when something goes wrong. A classic script, as a Stencil theme's
// own JavaScript is: it reads the library from `window.BCStorefront` (the script-tag build) and
// puts what the other theme scripts share on `window.Theme`.
//
// Every value from the store reaches the page as text (textContent, attributes set one by one),
// never as HTML: a product may be called `<img src=x onerror=alert(1)>`.
(function () {
  'use strict';
  var B = window.BCStorefront;
  var settings = JSON.parse(document.getElementById('theme-settings').textContent);

  // {{settings.store_url}} is empty when the theme is served by the store itself: the page's origin.
  var storefront = B.createStorefront(
    settings.storeUrl ? { storeUrl: settings.storeUrl, token: settings.token } : { token: settings.token },
  );
  var catalog = B.createCatalogCache(storefront, { dedupeTime: 60000 });
  var $cart = B.createCartStore(storefront, {
    include: ['lineItems.physicalItems.options', 'lineItems.digitalItems.options'],
  });

  // Who is signed in. Stencil renders `{{customer}}` into the page; this theme is served as a
  // static page, so it remembers that this browser signed in and only then asks the store (a
  // guest's /customer/current.jwt answers 404). The hint is never trusted: the customer shown is
  // the one the shop's server verified from the current.jwt.
  var HINT = 'theme:signed-in';
  var hint = {
    get: function () {
      try { return localStorage.getItem(HINT) === '1'; } catch (e) { return false; }
    },
    set: function (on) {
      try { on ? localStorage.setItem(HINT, '1') : localStorage.removeItem(HINT); } catch (e) { /* storage blocked: stay a guest */ }
    },
  };
  // Back from the store's Customer Login URL (see account.js): the store sends a refused login to
  // /login.php and a good one on to where the shopper was going.
  var LOGIN_PENDING = 'theme:login-pending';
  try {
    if (sessionStorage.getItem(LOGIN_PENDING) && location.pathname !== '/login.php') {
      sessionStorage.removeItem(LOGIN_PENDING);
      hint.set(true);
    }
  } catch (e) { /* storage blocked */ }
  var $customer = B.createCustomerStore(storefront, { appClientId: settings.appClientId, verifyUrl: '/demo-api/verify-customer' });
  /** Subscribes to the shopper: guest at once without a sign-in hint, else the verified customer. */
  function onCustomer(listener) {
    if (!hint.get()) {
      listener({ status: 'guest' });
      return function () {};
    }
    return $customer.subscribe(function (state) {
      if (state.status === 'guest') hint.set(false);
      listener(state);
    });
  }

  /**
   * Builds an element: `attrs` are set one by one (`on*` functions become listeners, `true` makes
   * a boolean attribute, null/false/undefined are skipped); strings among the children become text.
   */
  function h(tag, attrs) {
    var node = document.createElement(tag);
    var list = attrs || {};
    Object.keys(list).forEach(function (name) {
      var value = list[name];
      if (value === null || value === undefined || value === false) return;
      if (typeof value === 'function') node.addEventListener(name.slice(2), value);
      else if (name === 'value') node.value = value;
      else node.setAttribute(name, value === true ? '' : String(value));
    });
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }
  function append(node, child) {
    if (child === null || child === undefined || child === false || child === '') return;
    if (Array.isArray(child)) child.forEach(function (c) { append(node, c); });
    else node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  /** Replaces an element's children. */
  function mount(parent) {
    parent.replaceChildren();
    for (var i = 1; i < arguments.length; i++) append(parent, arguments[i]);
    return parent;
  }

  var formats = {};
  /** Money in the shopper's currency, e.g. `$24.00`. */
  function money(value, currencyCode) {
    var code = currencyCode || 'USD';
    formats[code] = formats[code] || new Intl.NumberFormat('en-US', { style: 'currency', currency: code });
    return formats[code].format(value);
  }

  /** The text of an HTML fragment from the store (a description), parsed inert: nothing runs or loads. */
  function htmlToText(html) {
    if (!html) return '';
    var doc = new DOMParser().parseFromString(String(html), 'text/html');
    return (doc.body.textContent || '').replace(/\s+/g, ' ').trim();
  }

  /** A path on this shop from a store URL (cart lines carry absolute URLs on the store's domain). */
  function pathOf(url) {
    try { return new URL(url, location.origin).pathname; } catch (e) { return '/'; }
  }

  /** What a shopper reads about a failure: a title, a sentence, and whether trying again may help. */
  function describeError(error) {
    var is = function (code) { return B.isStorefrontError(error, code); };
    if (is('ERR_RATE_LIMITED') || is('ERR_NETWORK') || is('ERR_TIMEOUT') || (is('ERR_HTTP') && error.retryable)) {
      return { busy: true, title: 'The shop is busy, try again', text: 'We could not reach the shop just now. Please try again in a moment.' };
    }
    if (is('ERR_VALIDATION')) {
      return { title: error.title || 'The shop could not accept that', text: 'Please check what you entered and try again.' };
    }
    if (is('ERR_NOT_FOUND')) return { title: 'We could not find that', text: 'It may have been removed or sold out.' };
    if (is('ERR_CONFLICT')) return { busy: true, title: 'Your cart changed in another window', text: 'Please try again.' };
    return { title: 'Something went wrong', text: 'Please try again. If it keeps happening, contact us.' };
  }

  /** A shopper-readable error block with a retry button. */
  function errorState(error, retry) {
    var about = describeError(error);
    return h('div', { class: 'notice notice-error', role: 'alert', 'data-test': 'error-state', 'data-busy': about.busy ? 'true' : 'false' },
      h('h2', { class: 'notice-title' }, about.title),
      h('p', null, about.text),
      retry ? h('button', { type: 'button', class: 'button button-secondary', 'data-test': 'retry', onclick: retry }, 'Try again') : null);
  }

  /** A loading block for screen readers and eyes. */
  function loading(text) {
    return h('div', { class: 'loading', role: 'status', 'data-test': 'loading' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text || 'Loading…');
  }

  /** Sets the document title: "{page} · {store}". */
  var storeName = '';
  var pageTitle = '';
  function showTitle() {
    document.title = [pageTitle, storeName].filter(Boolean).join(' · ') || 'Shop';
  }
  function setTitle(page) {
    pageTitle = page || '';
    showTitle();
  }

  var $settings = catalog.store('theme:store-settings', function () { return B.getStoreSettings(storefront); });
  var $tree = catalog.store('theme:category-tree', function () { return B.getCategoryTree(storefront); });
  $settings.subscribe(function (value) {
    if (!value.data) return;
    storeName = value.data.storeName;
    showTitle();
  });

  /** A star rating, as text for assistive technology and stars for the eye. */
  function stars(summary) {
    if (!summary || !summary.numberOfReviews) return null;
    var average = summary.summationOfRatings / summary.numberOfReviews;
    var full = Math.round(average);
    return h('span', { class: 'stars', title: average.toFixed(1) + ' out of 5' },
      h('span', { 'aria-hidden': 'true' }, '★★★★★'.slice(0, full) + '☆☆☆☆☆'.slice(0, 5 - full)),
      h('span', { class: 'visually-hidden' }, 'Rated ' + average.toFixed(1) + ' out of 5'),
      h('span', { class: 'review-count' }, '(' + summary.numberOfReviews + ')'));
  }

  /** A price: a sale shows the old price struck through; a range shows "from – to" (unless `single`: one variant's price). */
  function priceTag(prices, attrs, single) {
    if (!prices) return h('span', attrs || null);
    var code = prices.price.currencyCode;
    var base = prices.basePrice;
    var onSale = prices.salePrice && base && prices.salePrice.value < base.value;
    var range = prices.priceRange;
    var tag = h('span', Object.assign({ class: 'price' + (onSale ? ' on-sale' : '') }, attrs || {}));
    if (!single && range && range.min.value !== range.max.value) {
      append(tag, money(range.min.value, code) + ' – ' + money(range.max.value, code));
      return tag;
    }
    if (onSale) append(tag, h('s', { class: 'price-was' }, h('span', { class: 'visually-hidden' }, 'Was '), money(base.value, code)), ' ');
    append(tag, h('span', { class: 'price-now' }, onSale ? h('span', { class: 'visually-hidden' }, 'Now ') : null, money(prices.price.value, code)));
    return tag;
  }

  window.Theme = {
    B: B,
    settings: settings,
    storefront: storefront,
    catalog: catalog,
    $cart: $cart,
    $customer: $customer,
    $settings: $settings,
    $tree: $tree,
    onCustomer: onCustomer,
    signedInHint: hint,
    LOGIN_PENDING: LOGIN_PENDING,
    h: h,
    append: append,
    mount: mount,
    money: money,
    htmlToText: htmlToText,
    pathOf: pathOf,
    describeError: describeError,
    errorState: errorState,
    loading: loading,
    setTitle: setTitle,
    stars: stars,
    priceTag: priceTag,
    pages: {},
  };
})();
