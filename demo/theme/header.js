// The header and footer every page shares: the store's name, the category menu, who is signed
// in, the cart badge and the mini-cart panel.
(function () {
  'use strict';
  var T = window.Theme;
  var h = T.h;
  var mount = T.mount;

  /** Every product line of a cart, physical then digital. */
  T.cartLines = function (cart) {
    return [].concat(cart.lineItems.physicalItems || [], cart.lineItems.digitalItems || []);
  };
  /** "Color: Sage · Size: Hand" for a line with options. */
  T.lineOptions = function (line) {
    var options = line.options || [];
    if (!options.length) return null;
    return h('span', { class: 'line-options' }, options.map(function (o) { return o.name + ': ' + o.value; }).join(' · '));
  };

  // The store's name and address, from its settings.
  T.$settings.subscribe(function (value) {
    var s = value.data;
    if (!s) return;
    document.getElementById('store-name').textContent = s.storeName;
    document.getElementById('footer-name').textContent = s.storeName;
    if (s.contact) {
      mount(document.getElementById('footer-address'), s.contact.address);
      mount(document.getElementById('footer-contact'),
        s.contact.email ? h('a', { href: 'mailto:' + s.contact.email }, s.contact.email) : null,
        s.contact.phone ? h('br') : null, s.contact.phone || '');
    }
  });

  // The category menu: the roots, each with its children in a drop-down.
  T.$tree.subscribe(function (value) {
    var roots = value.data;
    var list = document.querySelector('#category-nav .nav-roots');
    if (!roots) {
      if (value.error) mount(list, h('li', { class: 'muted nav-note' }, 'Categories are unavailable right now.'));
      return;
    }
    var here = location.pathname;
    mount(list, roots.map(function (root) {
      var children = root.children || [];
      return h('li', { class: 'nav-root' + (here.indexOf(root.path) === 0 ? ' current' : '') },
        h('a', { href: root.path, 'data-test': 'nav-category' }, root.name),
        children.length ? h('ul', { class: 'nav-children' }, children.map(function (child) {
          return h('li', null, h('a', { href: child.path, 'data-test': 'nav-category' }, child.name));
        })) : null);
    }));
    mount(document.getElementById('footer-categories'), roots.map(function (root) {
      return h('li', null, h('a', { href: root.path }, root.name));
    }));
  });

  // Search: keep the term in the box on the results page.
  var term = new URLSearchParams(location.search).get('search_query');
  if (location.pathname === '/search.php' && term) document.getElementById('search-input').value = term;

  // Who is signed in: the verified customer's email, or a sign-in link.
  var slot = document.getElementById('account-slot');
  T.onCustomer(function (state) {
    if (state.status === 'customer') {
      var email = state.customer.email;
      mount(slot,
        h('a', { class: 'header-account', href: '/account.php', 'data-test': 'customer' },
          h('span', { class: 'avatar', 'aria-hidden': 'true' }, email.charAt(0).toUpperCase()),
          h('span', { class: 'header-account-text' },
            h('span', { class: 'header-greeting', 'data-test': 'customer-name' }, 'Your account'),
            h('span', { class: 'header-email', 'data-test': 'customer-email' }, email))),
        h('button', { type: 'button', class: 'link-button', 'data-test': 'sign-out', onclick: T.signOut }, 'Sign out'));
      // The name is the shopper's profile (GraphQL, with the session cookie); the email above is what the server verified.
      T.B.getCustomer(T.storefront).then(function (profile) {
        var name = slot.querySelector('[data-test="customer-name"]');
        if (profile && name) name.textContent = 'Hi, ' + profile.firstName;
      }, function () { /* keep "Your account" */ });
    } else if (state.status === 'guest' || state.status === 'error') {
      // Back to this page after signing in (the sign-in page itself sends shoppers to their account).
      var back = location.pathname === '/login.php' ? '' : '?redirect=' + encodeURIComponent(location.pathname + location.search);
      mount(slot, h('a', { class: 'header-link', href: '/login.php' + back, 'data-test': 'sign-in-link' }, 'Sign in'));
    }
  });

  /** Signs out: the store ends the session (and its cart) and comes back to the home page. */
  T.signOut = function () {
    T.signedInHint.set(false);
    location.href = '/login.php?action=logout';
  };

  // The cart badge: units in the cart, pending adds included, at once.
  var badge = document.querySelector('[data-test="cart-count"]');
  T.$cart.count.subscribe(function (count) {
    badge.textContent = String(count);
    badge.setAttribute('aria-label', count === 1 ? '1 item in your cart' : count + ' items in your cart');
    badge.classList.toggle('empty', count === 0);
  });

  // The mini-cart panel.
  var button = document.getElementById('cart-button');
  var panel = document.getElementById('mini-cart');
  var backdrop = document.getElementById('mini-cart-backdrop');
  var body = document.getElementById('mini-cart-body');
  function setOpen(open) {
    panel.hidden = !open;
    backdrop.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) document.getElementById('mini-cart-close').focus();
  }
  T.openMiniCart = function () { setOpen(true); };
  button.addEventListener('click', function () { setOpen(panel.hidden); });
  backdrop.addEventListener('click', function () { setOpen(false); });
  document.getElementById('mini-cart-close').addEventListener('click', function () {
    setOpen(false);
    button.focus();
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !panel.hidden) {
      setOpen(false);
      button.focus();
    }
  });

  T.$cart.subscribe(function (value) {
    var cart = value.data;
    if (cart === undefined) {
      mount(body, value.error ? T.errorState(value.error, function () { T.$cart.refresh().catch(function () {}); }) : T.loading('Loading your cart…'));
      return;
    }
    var lines = cart ? T.cartLines(cart) : [];
    if (lines.length === 0) {
      mount(body, h('div', { class: 'empty-state' }, h('p', null, 'Your cart is empty.'), h('a', { class: 'button', href: '/search.php' }, 'Start shopping')));
      return;
    }
    var code = cart.currency.code;
    mount(body,
      h('ul', { class: 'mini-lines', 'data-test': 'mini-cart-lines' }, lines.map(function (line) {
        return h('li', { class: 'mini-line' },
          line.imageUrl ? h('img', { src: line.imageUrl, alt: '', width: 64, height: 64 }) : h('span', { class: 'thumb-placeholder' }),
          h('div', { class: 'mini-line-text' },
            h('a', { href: T.pathOf(line.url), class: 'mini-line-name', 'data-test': 'mini-line-name' }, line.name),
            T.lineOptions(line),
            h('span', { class: 'muted' }, 'Qty ' + line.quantity)),
          h('span', { class: 'mini-line-price' }, T.money(line.extendedSalePrice, code)));
      })),
      h('div', { class: 'mini-total' }, h('span', null, 'Subtotal'), h('strong', { 'data-test': 'mini-cart-subtotal' }, T.money(cart.cartAmount, code))),
      value.error ? h('p', { class: 'field-error', role: 'alert' }, T.describeError(value.error).title) : null,
      h('div', { class: 'mini-actions' },
        h('a', { class: 'button button-secondary', href: '/cart.php', 'data-test': 'view-cart' }, 'View cart'),
        h('a', { class: 'button', href: '/checkout', 'data-test': 'mini-checkout' }, 'Checkout')));
  });

})();
