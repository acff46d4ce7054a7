// The cart page: lines with quantity steppers and remove buttons, totals and the way to checkout.
// Quantities change at once (the cart store shows them before the store answers); money follows
// the store's answer, since the store owns prices, promotions and tax.
(function () {
  'use strict';
  var T = window.Theme;
  var h = T.h;
  var mount = T.mount;

  T.pages.cart = function () {
    var main = document.getElementById('main');
    T.setTitle('Your cart');
    var box = h('div', { class: 'cart-page' });
    mount(main, h('header', { class: 'page-header' }, h('h1', { 'data-test': 'page-title' }, 'Your cart')), box);
    var lineErrors = new Map(); // line id -> message of its last refused change
    var pending = new Set(); // line ids with a change out

    function change(line, quantity) {
      lineErrors.delete(line.id);
      pending.add(line.id);
      var done = quantity === 0 ? T.$cart.remove(line.id) : T.$cart.update(line.id, quantity);
      done.then(function () {
        pending.delete(line.id);
        render(T.$cart.get());
      }, function (error) {
        pending.delete(line.id);
        var about = T.describeError(error);
        lineErrors.set(line.id, about.busy ? about.title : (error && error.title) || 'We could not change this line.');
        render(T.$cart.get());
      });
    }

    function lineRow(line, code, settledLine) {
      var qty = h('input', {
        type: 'number', min: 1, inputmode: 'numeric', value: String(line.quantity), 'aria-label': 'Quantity of ' + line.name,
        class: 'qty-input', 'data-test': 'line-quantity',
        onchange: function () {
          var n = parseInt(qty.value, 10);
          if (n >= 1 && n !== line.quantity) change(line, n);
          else qty.value = String(line.quantity);
        },
      });
      var busy = pending.has(line.id) || (settledLine && settledLine.quantity !== line.quantity);
      var mutable = line.isMutable !== false;
      return h('li', { class: 'cart-line' + (busy ? ' is-busy' : ''), 'data-test': 'cart-line', 'data-line-id': line.id },
        line.imageUrl ? h('img', { src: line.imageUrl, alt: '', width: 96, height: 96, class: 'cart-thumb' }) : h('span', { class: 'thumb-placeholder' }),
        h('div', { class: 'cart-line-text' },
          h('a', { href: T.pathOf(line.url), class: 'cart-line-name', 'data-test': 'cart-line-name' }, line.name),
          T.lineOptions(line),
          line.sku ? h('span', { class: 'muted small' }, 'SKU ' + line.sku) : null,
          h('span', { class: 'muted small' }, T.money(line.salePrice, code) + ' each'),
          lineErrors.has(line.id) ? h('p', { class: 'field-error', role: 'alert', 'data-test': 'line-error' }, lineErrors.get(line.id)) : null),
        h('div', { class: 'cart-line-qty' },
          mutable ? h('div', { class: 'stepper' },
            h('button', { type: 'button', class: 'stepper-button', 'aria-label': 'One fewer ' + line.name, 'data-test': 'line-decrease', disabled: line.quantity <= 1,
              onclick: function () { change(line, line.quantity - 1); } }, '−'),
            qty,
            h('button', { type: 'button', class: 'stepper-button', 'aria-label': 'One more ' + line.name, 'data-test': 'line-increase',
              onclick: function () { change(line, line.quantity + 1); } }, '+')) : h('span', null, 'Qty ' + line.quantity),
          mutable ? h('button', { type: 'button', class: 'link-button', 'data-test': 'line-remove', onclick: function () { change(line, 0); } }, 'Remove') : null),
        h('span', { class: 'cart-line-total', 'data-test': 'line-total' }, busy ? 'Updating…' : T.money(line.extendedSalePrice, code)));
    }

    function render(value) {
      var cart = value.data;
      if (cart === undefined) {
        mount(box, value.error ? T.errorState(value.error, function () { T.$cart.refresh().catch(function () {}); }) : T.loading('Loading your cart…'));
        return;
      }
      var lines = cart ? T.cartLines(cart) : [];
      if (!lines.length) {
        mount(box, h('div', { class: 'empty-state', 'data-test': 'cart-empty' },
          h('p', null, 'Your cart is empty.'), h('a', { class: 'button', href: '/search.php' }, 'Start shopping')));
        return;
      }
      var code = cart.currency.code;
      var totals = T.$cart.totals.get();
      var settling = value.loading;
      var discount = totals ? totals.discountAmount : 0;
      mount(box,
        value.error && !lineErrors.size ? T.errorState(value.error, null) : null,
        h('div', { class: 'cart-layout' },
          h('ul', { class: 'cart-lines', 'data-test': 'cart-lines' }, lines.map(function (line) { return lineRow(line, code); })),
          h('aside', { class: 'summary', 'aria-label': 'Order summary' },
            h('h2', null, 'Order summary'),
            h('dl', { class: 'totals' + (settling ? ' is-busy' : '') },
              h('div', null, h('dt', null, 'Subtotal'), h('dd', { 'data-test': 'cart-subtotal' }, T.money(cart.baseAmount != null ? cart.baseAmount : cart.cartAmount, code))),
              discount ? h('div', null, h('dt', null, 'Discounts'), h('dd', null, '−' + T.money(discount, code))) : null,
              h('div', null, h('dt', null, 'Shipping'), h('dd', { class: 'muted' }, 'At checkout')),
              h('div', { class: 'grand' }, h('dt', null, 'Total'), h('dd', { 'data-test': 'cart-total' }, settling ? 'Updating…' : T.money(cart.cartAmount, code)))),
            h('button', {
              type: 'button', class: 'button button-large button-block', 'data-test': 'checkout-button',
              onclick: function (event) {
                event.target.disabled = true;
                event.target.textContent = 'One moment…';
                T.$cart.startCheckout().then(function () { location.href = '/checkout'; }, function () {
                  event.target.disabled = false;
                  event.target.textContent = 'Checkout';
                });
              },
            }, 'Checkout'),
            h('p', { class: 'muted small center' }, 'Taxes and shipping are worked out at checkout.'),
            h('a', { class: 'center-link', href: '/search.php' }, 'Continue shopping'))));
    }
    T.$cart.subscribe(render);
  };
})();
