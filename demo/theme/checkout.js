// The checkout page (billing, shipping and its option, coupon, gift certificate, place order) and
// the order confirmation. The checkout store runs each step's change in turn and reads the
// checkout again after it, so the totals on the right always are the store's own.
(function () {
  'use strict';
  var T = window.Theme;
  var B = T.B;
  var h = T.h;
  var mount = T.mount;

  var FALLBACK_COUNTRIES = [
    { code: 'US', name: 'United States', stateRequired: true, statesOrProvinces: [] },
    { code: 'GB', name: 'United Kingdom', stateRequired: false, statesOrProvinces: [] },
    { code: 'CA', name: 'Canada', stateRequired: true, statesOrProvinces: [] },
    { code: 'AU', name: 'Australia', stateRequired: true, statesOrProvinces: [] },
  ];
  var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

  /**
   * An address form: the fields, reading them into an `AddressInput`, filling them from an
   * address, and checking them with messages next to each field.
   */
  function addressForm(prefix, countries, withEmail) {
    var fields = {};
    var rows = [];
    var field = function (name, label, attrs, optional) {
      var id = prefix + '-' + name;
      var input = attrs.tag === 'select'
        ? h('select', { id: id, name: name, 'data-test': prefix + '-' + name, 'aria-describedby': id + '-error' })
        : h('input', Object.assign({ id: id, name: name, 'data-test': prefix + '-' + name, 'aria-describedby': id + '-error' }, attrs));
      var error = h('p', { class: 'field-error', id: id + '-error', 'data-test': prefix + '-' + name + '-error', hidden: true });
      var row = h('div', { class: 'field field-' + name },
        h('label', { for: id }, label, optional ? h('span', { class: 'optional' }, ' (optional)') : null), input, error);
      fields[name] = { input: input, error: error, row: row, optional: !!optional };
      rows.push(row);
      return row;
    };
    if (withEmail) field('email', 'Email', { type: 'email', autocomplete: 'email', inputmode: 'email' });
    field('firstName', 'First name', { autocomplete: 'given-name' });
    field('lastName', 'Last name', { autocomplete: 'family-name' });
    field('company', 'Company', { autocomplete: 'organization' }, true);
    field('address1', 'Address', { autocomplete: 'address-line1' });
    field('address2', 'Apartment, suite, etc.', { autocomplete: 'address-line2' }, true);
    field('city', 'City', { autocomplete: 'address-level2' });
    field('countryCode', 'Country', { tag: 'select' });
    field('state', 'State / province', { autocomplete: 'address-level1' });
    field('postalCode', 'ZIP / postal code', { autocomplete: 'postal-code' });
    field('phone', 'Phone', { type: 'tel', autocomplete: 'tel' }, true);

    var stateSelect = h('select', { id: prefix + '-state-select', 'data-test': prefix + '-state', 'aria-describedby': prefix + '-state-error' });
    var withSelect = false; // whether the country has a list of states (the form may be off the page)
    var country = function () {
      return countries.find(function (c) { return c.code === fields.countryCode.input.value; });
    };
    var syncStates = function () {
      var c = country();
      var states = (c && c.statesOrProvinces) || [];
      var label = fields.state.row.querySelector('label');
      if (states.length) {
        mount(stateSelect, h('option', { value: '' }, 'Choose…'), states.map(function (s) { return h('option', { value: s.abbreviation }, s.name); }));
        fields.state.input.replaceWith(stateSelect);
        label.setAttribute('for', stateSelect.id);
        withSelect = true;
      } else {
        withSelect = false;
        stateSelect.replaceWith(fields.state.input);
        label.setAttribute('for', fields.state.input.id);
      }
      fields.state.optional = !(c && c.stateRequired);
      mount(label, 'State / province', fields.state.optional ? h('span', { class: 'optional' }, ' (optional)') : null);
    };
    mount(fields.countryCode.input, countries.map(function (c) { return h('option', { value: c.code }, c.name); }));
    fields.countryCode.input.value = countries.some(function (c) { return c.code === 'US'; }) ? 'US' : (countries[0] || {}).code || '';
    fields.countryCode.input.addEventListener('change', syncStates);
    syncStates();

    var usesSelect = function () { return withSelect; };
    return {
      element: h('div', { class: 'address-fields' }, rows),
      fields: fields,
      read: function () {
        var value = function (name) { return fields[name].input.value.trim(); };
        var address = { firstName: value('firstName'), lastName: value('lastName'), address1: value('address1'), city: value('city'), countryCode: value('countryCode'), postalCode: value('postalCode') };
        if (withEmail) address.email = value('email');
        ['company', 'address2', 'phone'].forEach(function (name) { if (value(name)) address[name] = value(name); });
        if (usesSelect()) {
          var c = country();
          var s = stateSelect.value && c.statesOrProvinces.find(function (x) { return x.abbreviation === stateSelect.value; });
          if (s) {
            address.stateOrProvince = s.name;
            address.stateOrProvinceCode = s.abbreviation;
          }
        } else if (value('state')) address.stateOrProvince = value('state');
        return address;
      },
      fill: function (address) {
        if (!address) return;
        Object.keys(fields).forEach(function (name) {
          var v = name === 'state' ? address.stateOrProvince : address[name];
          if (v && name !== 'state' && name !== 'countryCode') fields[name].input.value = v;
        });
        if (address.countryCode && countries.some(function (c) { return c.code === address.countryCode; })) {
          fields.countryCode.input.value = address.countryCode;
          syncStates();
        }
        if (usesSelect()) stateSelect.value = address.stateOrProvinceCode || '';
        else if (address.stateOrProvince) fields.state.input.value = address.stateOrProvince;
      },
      /** Shows a message under each field that is wrong; returns whether all are right. */
      validate: function () {
        var problems = {};
        var value = function (name) { return (name === 'state' && usesSelect() ? stateSelect.value : fields[name].input.value).trim(); };
        var names = { email: 'your email', firstName: 'your first name', lastName: 'your last name', address1: 'your street address', city: 'your city', state: 'your state or province', postalCode: 'your ZIP or postal code' };
        Object.keys(names).forEach(function (name) {
          if (fields[name] && !fields[name].optional && !value(name)) problems[name] = 'Please enter ' + names[name] + '.';
        });
        if (withEmail && value('email') && !EMAIL.test(value('email'))) problems.email = 'Enter an email like name@example.com.';
        if (value('countryCode') === 'US' && value('postalCode') && !/^\d{5}(-\d{4})?$/.test(value('postalCode'))) problems.postalCode = 'Enter a 5-digit ZIP code, e.g. 78701.';
        if (value('phone') && !/^\+?[\d\s().-]{7,20}$/.test(value('phone'))) problems.phone = 'Enter a phone number with digits only, e.g. +1 512 555 0100.';
        var first = null;
        Object.keys(fields).forEach(function (name) {
          var f = fields[name];
          var input = name === 'state' && usesSelect() ? stateSelect : f.input;
          var message = problems[name];
          f.error.textContent = message || '';
          f.error.hidden = !message;
          if (message) input.setAttribute('aria-invalid', 'true');
          else input.removeAttribute('aria-invalid');
          if (message && !first) first = input;
        });
        if (first) first.focus();
        return !first;
      },
    };
  }

  /** An address as one line of text. */
  function addressText(a) {
    if (!a) return '';
    return [[a.firstName, a.lastName].filter(Boolean).join(' '), a.company, a.address1, a.address2, [a.city, a.stateOrProvinceCode || a.stateOrProvince, a.postalCode].filter(Boolean).join(' '), a.country || a.countryCode]
      .filter(Boolean).join(', ');
  }
  var complete = function (a) { return !!(a && a.address1 && a.firstName); };

  /** A small form with one code field (coupon, gift certificate). */
  function codeForm(test, label, placeholder, apply) {
    var input = h('input', { id: test + '-input', name: 'code', autocomplete: 'off', placeholder: placeholder, 'data-test': test + '-input', 'aria-describedby': test + '-error' });
    var error = h('p', { class: 'field-error', id: test + '-error', 'data-test': test + '-error', hidden: true });
    var button = h('button', { type: 'submit', class: 'button button-secondary', 'data-test': test + '-apply' }, 'Apply');
    var form = h('form', {
      class: 'code-form', novalidate: true, 'data-test': test + '-form',
      onsubmit: function (event) {
        event.preventDefault();
        var code = input.value.trim();
        if (!code) {
          error.textContent = 'Enter a code first.';
          error.hidden = false;
          input.setAttribute('aria-invalid', 'true');
          input.focus();
          return;
        }
        button.disabled = true;
        error.hidden = true;
        input.removeAttribute('aria-invalid');
        apply(code).then(function () {
          input.value = '';
        }, function (message) {
          error.textContent = message;
          error.hidden = false;
          input.setAttribute('aria-invalid', 'true');
        }).then(function () { button.disabled = false; });
      },
    }, h('label', { for: test + '-input' }, label), h('div', { class: 'inline-field' }, input, button), error);
    return form;
  }

  function step(number, title, test) {
    var body = h('div', { class: 'step-body' });
    var action = h('div', { class: 'step-action' });
    var section = h('section', { class: 'step', 'data-test': test },
      h('header', { class: 'step-head' }, h('span', { class: 'step-number', 'aria-hidden': 'true' }, String(number)), h('h2', null, title), action), body);
    return { section: section, body: body, action: action };
  }

  /** A padlock, drawn (no emoji font is needed). */
  function lockIcon() {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '16');
    svg.setAttribute('height', '16');
    svg.setAttribute('aria-hidden', 'true');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', 'M7 11V8a5 5 0 0 1 10 0v3M6 11h12v9H6z');
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '1.8');
    path.setAttribute('stroke-linejoin', 'round');
    svg.append(path);
    return svg;
  }

  T.pages.checkout = function () {
    var main = document.getElementById('main');
    T.setTitle('Checkout');
    var page = h('div', { class: 'checkout-page' }, T.loading('Loading your checkout…'));
    mount(main, h('header', { class: 'page-header checkout-header' }, h('h1', { 'data-test': 'page-title' }, 'Checkout'),
      h('p', { class: 'muted secure' }, lockIcon(), 'Secure checkout')), page);

    var start = function () {
      mount(page, T.loading('Loading your checkout…'));
      Promise.all([
        T.$cart.settled(),
        B.getCountries(T.storefront).catch(function () { return FALLBACK_COUNTRIES; }),
      ]).then(function (results) {
        var cart = results[0];
        if (!cart || !T.cartLines(cart).length) {
          mount(page, h('div', { class: 'empty-state', 'data-test': 'cart-empty' }, h('p', null, 'Your cart is empty, so there is nothing to check out yet.'), h('a', { class: 'button', href: '/search.php' }, 'Start shopping')));
          return;
        }
        var countries = (results[1] && results[1].length ? results[1] : FALLBACK_COUNTRIES).slice().sort(function (a, b) {
          return a.code === 'US' ? -1 : b.code === 'US' ? 1 : a.name.localeCompare(b.name);
        });
        checkoutSteps(page, cart.id, countries);
      }, function (error) {
        mount(page, T.errorState(error, start));
      });
    };
    // Waits for the cart store's first answer (settled() resolves with what it has).
    var answered = false;
    var off = T.$cart.subscribe(function (value) {
      if (answered || (value.data === undefined && !value.error)) return;
      answered = true;
      setTimeout(function () { off(); });
      if (value.data === undefined) mount(page, T.errorState(value.error, function () { T.$cart.refresh().then(start, function () {}); }));
      else start();
    });
  };

  function checkoutSteps(page, checkoutId, countries) {
    var $checkout = B.createCheckoutStore(T.storefront, checkoutId);
    var billing = addressForm('billing', countries, true);
    var shipping = addressForm('shipping', countries, false);
    var editing = { billing: null, shipping: null }; // null: decided by the checkout
    var sameAsBilling = h('input', { type: 'checkbox', id: 'same-as-billing', checked: true, 'data-test': 'same-as-billing' });
    sameAsBilling.addEventListener('change', function () { shipping.element.hidden = sameAsBilling.checked; });
    shipping.element.hidden = true;

    var billingError = h('div', { role: 'alert', 'data-test': 'billing-form-error' });
    var shippingError = h('div', { role: 'alert', 'data-test': 'shipping-form-error' });
    var optionError = h('div', { role: 'alert', 'data-test': 'shipping-option-error' });
    var orderError = h('div', { role: 'alert', 'data-test': 'order-error' });

    var filled = false;
    var prefill = function (checkout) {
      if (filled) return;
      filled = true;
      billing.fill(checkout.billingAddress);
      if (!checkout.billingAddress || !checkout.billingAddress.email) {
        if (checkout.cart.email) billing.fields.email.input.value = checkout.cart.email;
      }
      var consignment = checkout.consignments[0];
      if (consignment && complete(consignment.address) && addressText(consignment.address) !== addressText(checkout.billingAddress)) {
        sameAsBilling.checked = false;
        shipping.element.hidden = false;
        shipping.fill(consignment.address);
      }
    };
    // A signed-in shopper: their email and first saved address, unless the checkout has its own.
    T.onCustomer(function (state) {
      if (state.status !== 'customer') return;
      var email = billing.fields.email.input;
      if (!email.value) email.value = state.customer.email;
      B.getCustomerAddresses(T.storefront).then(function (addresses) {
        var a = addresses && addresses[0];
        var current = $checkout.get().data;
        if (!a || (current && complete(current.billingAddress)) || billing.fields.address1.input.value) return;
        billing.fill({
          firstName: a.firstName, lastName: a.lastName, company: a.company, address1: a.address1, address2: a.address2,
          city: a.city, countryCode: a.countryCode, stateOrProvince: a.stateOrProvince, postalCode: a.postalCode, phone: a.phone,
        });
      }, function () { /* the shopper types it */ });
    });

    var messageFor = function (error, fallback) {
      if (B.isStorefrontError(error, 'ERR_UNAUTHORIZED')) return 'This email belongs to an account. Please sign in to use it, or use another email.';
      var about = T.describeError(error);
      return about.busy ? about.title + '. ' + about.text : (error && error.title) || fallback;
    };
    var showError = function (box, message, signIn) {
      mount(box, message ? h('div', { class: 'notice notice-error' }, h('p', null, message),
        signIn ? h('a', { href: '/login.php?redirect=' + encodeURIComponent('/checkout') }, 'Sign in') : null) : null);
    };

    var billingForm = h('form', {
      novalidate: true, 'data-test': 'billing-form',
      onsubmit: function (event) {
        event.preventDefault();
        showError(billingError, null);
        if (!billing.validate()) {
          showError(billingError, 'Please correct the highlighted fields.');
          return;
        }
        var address = billing.read();
        busy(event.submitter || billingForm.querySelector('button[type="submit"]'), $checkout.run(function (sf, id, checkout) {
          var version = { version: checkout && checkout.version };
          return checkout && checkout.billingAddress && checkout.billingAddress.id
            ? B.updateBillingAddress(sf, id, checkout.billingAddress.id, address, version)
            : B.addBillingAddress(sf, id, address, version);
        })).then(function () {
          editing.billing = false;
          // Shipping to the billing address: send it on at once, one step fewer for the shopper.
          if (sameAsBilling.checked && !editing.shipping) return saveShipping();
        }, function (error) {
          showError(billingError, messageFor(error, 'We could not save this address. Please check it and try again.'), B.isStorefrontError(error, 'ERR_UNAUTHORIZED'));
        });
      },
    }, billingError, billing.element, h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button', 'data-test': 'billing-continue' }, 'Continue to shipping')));

    function saveShipping(button) {
      showError(shippingError, null);
      var address;
      if (sameAsBilling.checked) {
        var current = $checkout.get().data;
        var b = current && current.billingAddress;
        if (!complete(b)) {
          showError(shippingError, 'Save your billing address first.');
          return Promise.resolve();
        }
        // The billing address as the store keeps it.
        address = {};
        ['firstName', 'lastName', 'company', 'address1', 'address2', 'city', 'countryCode', 'stateOrProvince', 'stateOrProvinceCode', 'postalCode', 'phone'].forEach(function (name) {
          if (typeof b[name] === 'string' && b[name]) address[name] = b[name];
        });
      } else {
        if (!shipping.validate()) {
          showError(shippingError, 'Please correct the highlighted fields.');
          return Promise.resolve();
        }
        address = shipping.read();
      }
      return busy(button, $checkout.run(function (sf, id, checkout) {
        var lines = T.cartLines(checkout.cart).filter(function (l) { return l.isShippingRequired !== false; })
          .map(function (l) { return { itemId: l.id, quantity: l.quantity }; });
        var consignment = checkout.consignments[0];
        var version = { version: checkout.version };
        return consignment
          ? B.updateConsignment(sf, id, consignment.id, { address: address, lineItems: lines }, version)
          : B.createConsignments(sf, id, [{ address: address, lineItems: lines }], version);
      })).then(function () {
        editing.shipping = false;
      }, function (error) {
        showError(shippingError, messageFor(error, 'We could not ship to this address. Please check it and try again.'));
      });
    }
    var shippingForm = h('form', {
      novalidate: true, 'data-test': 'shipping-form',
      onsubmit: function (event) {
        event.preventDefault();
        saveShipping(shippingForm.querySelector('button[type="submit"]'));
      },
    }, shippingError,
    h('label', { class: 'check-row', for: 'same-as-billing' }, sameAsBilling, ' Ship to my billing address'),
    shipping.element,
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button', 'data-test': 'shipping-continue' }, 'Continue')));

    var coupon = codeForm('coupon', 'Coupon code', 'e.g. SAVE10', function (code) {
      return $checkout.run(function (sf, id, checkout) { return B.applyCoupon(sf, id, code, { version: checkout && checkout.version }); })
        .catch(function (error) { throw messageFor(error, 'That coupon code is not valid.'); });
    });
    var gift = codeForm('gift-certificate', 'Gift certificate', 'e.g. GC-50-…', function (code) {
      return $checkout.run(function (sf, id) { return B.applyGiftCertificate(sf, id, code); })
        .catch(function (error) {
          throw B.isStorefrontError(error, 'ERR_NOT_FOUND') ? 'We could not find a gift certificate with that code.' : messageFor(error, 'That gift certificate cannot be used.');
        });
    });

    var steps = {
      billing: step(1, 'Contact and billing', 'step-billing'),
      shipping: step(2, 'Shipping', 'step-shipping'),
      payment: step(3, 'Payment', 'step-payment'),
    };
    var summary = h('aside', { class: 'summary checkout-summary', 'aria-label': 'Order summary', 'data-test': 'order-summary' });
    var placeButton = h('button', { type: 'button', class: 'button button-large button-block', 'data-test': 'place-order', onclick: placeOrder }, 'Place order');
    var placeHint = h('p', { class: 'muted small', 'data-test': 'place-order-hint' });
    var topError = h('div');
    mount(page, topError, h('div', { class: 'checkout-layout' },
      h('div', { class: 'steps' }, steps.billing.section, steps.shipping.section, steps.payment.section), summary));

    function busy(button, promise) {
      if (button) {
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
      }
      var done = function () {
        if (button) {
          button.disabled = false;
          button.removeAttribute('aria-busy');
        }
      };
      promise.then(done, done);
      return promise;
    }

    function editButton(name, test) {
      return h('button', { type: 'button', class: 'link-button', 'data-test': test, onclick: function () {
        editing[name] = true;
        render($checkout.get());
      } }, 'Edit');
    }

    function render(value) {
      var checkout = value.data;
      if (!checkout) {
        mount(topError, value.error ? T.errorState(value.error, function () { $checkout.refresh().catch(function () {}); }) : null);
        if (!value.error) mount(summary, T.loading('Loading…'));
        return;
      }
      mount(topError, null);
      prefill(checkout);
      var billed = complete(checkout.billingAddress);
      var consignment = checkout.consignments[0];
      var shipped = !!consignment && complete(consignment.address);
      var editBilling = editing.billing === true || !billed;
      var editShipping = editing.shipping === true || !shipped;

      // 1. billing
      mount(steps.billing.action, editBilling || !billed ? null : editButton('billing', 'billing-edit'));
      steps.billing.section.classList.toggle('is-done', billed && !editBilling);
      if (!editBilling || steps.billing.body.firstChild !== billingForm) mount(steps.billing.body, editBilling ? billingForm
        : h('div', { class: 'step-summary', 'data-test': 'billing-summary' }, h('p', null, checkout.billingAddress.email || ''), h('p', null, addressText(checkout.billingAddress))));

      // 2. shipping
      steps.shipping.section.classList.toggle('is-disabled', !billed);
      steps.shipping.section.classList.toggle('is-done', shipped && !editShipping && !!consignment.selectedShippingOption);
      mount(steps.shipping.action, shipped && !editShipping ? editButton('shipping', 'shipping-edit') : null);
      if (!billed) mount(steps.shipping.body, h('p', { class: 'muted' }, 'Enter your billing address first.'));
      else if (editShipping) {
        if (steps.shipping.body.firstChild !== shippingForm) mount(steps.shipping.body, shippingForm);
      }
      else mount(steps.shipping.body, h('div', { class: 'step-summary', 'data-test': 'shipping-summary' }, h('p', null, addressText(consignment.address))), shippingOptions(checkout, consignment));

      // 3. payment
      var code = checkout.cart.currency.code;
      steps.payment.section.classList.toggle('is-disabled', !billed);
      mount(steps.payment.body,
        h('div', { class: 'code-forms' },
          h('div', null, coupon, (checkout.coupons || []).length ? h('ul', { class: 'applied', 'data-test': 'applied-coupons' }, checkout.coupons.map(function (c) {
            return h('li', null, h('span', { class: 'chip chip-static' }, c.code), ' ', c.displayName || '', ' ',
              h('button', { type: 'button', class: 'link-button', 'data-test': 'remove-coupon', onclick: function () {
                $checkout.run(function (sf, id, co) { return B.removeCoupon(sf, id, c.code, { version: co && co.version }); }).catch(function () {});
              } }, 'Remove'));
          })) : null),
          h('div', null, gift, (checkout.giftCertificates || []).length ? h('ul', { class: 'applied', 'data-test': 'applied-gift-certificates' }, checkout.giftCertificates.map(function (g) {
            return h('li', null, h('span', { class: 'chip chip-static' }, g.code), ' ',
              h('span', { class: 'muted' }, T.money(g.used || 0, code) + ' used, ' + T.money(g.remaining || 0, code) + ' left on it'), ' ',
              h('button', { type: 'button', class: 'link-button', 'data-test': 'remove-gift-certificate', onclick: function () {
                $checkout.run(function (sf, id) { return B.removeGiftCertificate(sf, id, g.code); }).catch(function () {});
              } }, 'Remove'));
          })) : null)),
        h('div', { class: 'payment-note' }, h('strong', null, 'Payment'), h('p', { class: 'muted' }, 'This demo shop takes a test payment when you place the order: no card needed.')),
        orderError, placeButton, placeHint);
      var missing = !billed ? 'Add your billing address' : !shipped ? 'Add your shipping address' : !consignment.selectedShippingOption ? 'Choose a shipping option' : null;
      placeButton.disabled = !!missing || value.loading || placing;
      placeHint.textContent = missing ? missing + ' to place your order.' : '';
      renderSummary(checkout, value.loading);
    }

    function shippingOptions(checkout, consignment) {
      var code = checkout.cart.currency.code;
      var options = consignment.availableShippingOptions || [];
      var selected = consignment.selectedShippingOption && consignment.selectedShippingOption.id;
      if (!options.length) return h('div', { class: 'notice notice-error', 'data-test': 'no-shipping' }, h('p', null, 'We cannot ship to this address yet. Please choose an address in the US, Canada, the UK or Australia.'));
      return h('fieldset', { class: 'shipping-options', 'data-test': 'shipping-options' },
        h('legend', null, 'Shipping method'),
        options.map(function (option) {
          return h('label', { class: 'shipping-option' + (option.id === selected ? ' selected' : '') },
            h('input', {
              type: 'radio', name: 'shipping-option', value: option.id, checked: option.id === selected, 'data-test': 'shipping-option',
              'data-description': option.description,
              onchange: function () {
                showError(optionError, null);
                $checkout.run(function (sf, id, co) { return B.selectShippingOption(sf, id, consignment.id, option.id, { version: co && co.version }); })
                  .catch(function (error) { showError(optionError, messageFor(error, 'That shipping method is not available. Please choose another.')); });
              },
            }),
            h('span', { class: 'shipping-option-text' }, h('strong', null, option.description), h('span', { class: 'muted' }, option.transitTime || '')),
            h('span', { class: 'shipping-option-cost' }, option.cost ? T.money(option.cost, code) : 'Free'));
        }), optionError);
    }

    function renderSummary(checkout, loading) {
      var cart = checkout.cart;
      var code = cart.currency.code;
      var consignment = checkout.consignments[0];
      var chosen = consignment && consignment.selectedShippingOption;
      var banner = (checkout.promotions || []).map(function (p) { return (p.banners || [])[0]; }).filter(Boolean)[0];
      var row = function (label, amount, test, cls) {
        return h('div', { class: cls || null }, h('dt', null, label), h('dd', { 'data-test': test }, amount));
      };
      var paidByGift = (checkout.giftCertificates || []).reduce(function (n, g) { return n + (g.used || 0); }, 0);
      mount(summary,
        h('h2', null, 'Order summary'),
        h('ul', { class: 'summary-lines', 'data-test': 'summary-lines' }, T.cartLines(cart).map(function (line) {
          return h('li', null,
            h('span', { class: 'summary-thumb' }, line.imageUrl ? h('img', { src: line.imageUrl, alt: '', width: 56, height: 56 }) : null, h('span', { class: 'qty-badge' }, String(line.quantity))),
            h('span', { class: 'summary-line-text' }, h('span', { class: 'summary-line-name' }, line.name), T.lineOptions(line)),
            h('span', null, T.money(line.extendedSalePrice, code)));
        })),
        banner ? h('p', { class: 'promo-note' + (banner.type === 'applied' ? ' applied' : '') }, banner.text) : null,
        h('dl', { class: 'totals' + (loading ? ' is-busy' : ''), 'aria-busy': loading ? 'true' : 'false' },
          row('Subtotal', T.money(checkout.subtotal != null ? checkout.subtotal : cart.baseAmount, code), 'summary-subtotal'),
          (checkout.coupons || []).map(function (c) { return row('Coupon ' + c.code, '−' + T.money(c.discountedAmount || 0, code), 'summary-discount', 'discount'); }),
          row('Shipping', chosen ? (checkout.shippingCostTotal ? T.money(checkout.shippingCostTotal, code) : 'Free') : '—', 'summary-shipping'),
          row('Tax', T.money(checkout.taxTotal || 0, code), 'summary-tax'),
          row('Total', T.money(checkout.grandTotal, code), 'summary-total', 'grand'),
          paidByGift ? row('Gift certificate', '−' + T.money(paidByGift, code), 'summary-gift', 'discount') : null,
          paidByGift || checkout.isStoreCreditApplied ? row('To pay', T.money(checkout.outstandingBalance != null ? checkout.outstandingBalance : checkout.grandTotal, code), 'summary-balance', 'grand') : null));
    }

    var placing = false;
    function placeOrder() {
      placing = true;
      showError(orderError, null);
      placeButton.disabled = true;
      placeButton.textContent = 'Placing your order…';
      var fail = function (message) {
        placing = false;
        placeButton.textContent = 'Place order';
        placeButton.disabled = false;
        showError(orderError, message);
      };
      fetch('/demo-api/place-order', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ checkoutId: checkoutId }),
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (response.ok && body.orderId) {
            T.$cart.refresh().catch(function () {}).then(function () {
              location.href = '/checkout/order-confirmation/' + encodeURIComponent(body.orderId);
            });
          } else if (response.status >= 500 || response.status === 429) {
            fail('The shop is busy, try again. Your order was not placed.');
          } else {
            fail('We could not place your order yet: please check each step above and try again.');
            $checkout.refresh().catch(function () {});
          }
        });
      }, function () {
        fail('We could not reach the shop. Check your connection and try again; your order was not placed.');
      });
    }

    $checkout.subscribe(render);
  }

  // ---- the order confirmation ----
  T.pages.orderConfirmation = function (orderId) {
    var main = document.getElementById('main');
    T.setTitle('Order confirmed');
    var box = h('div', { class: 'confirmation', 'data-test': 'order-confirmation' });
    mount(main, box);
    var $order = B.createOrderStore(T.storefront, orderId);
    $order.subscribe(function (value) {
      var order = value.data;
      if (!order) {
        if (value.error && B.isStorefrontError(value.error, 'ERR_NOT_FOUND')) {
          mount(box, h('div', { class: 'empty-state' }, h('h1', null, 'We could not find this order'), h('p', null, 'Orders can only be viewed from the browser that placed them.'), h('a', { class: 'button', href: '/' }, 'Back to the shop')));
        } else mount(box, value.error ? T.errorState(value.error, function () { $order.refresh().catch(function () {}); }) : T.loading('Loading your order…'));
        return;
      }
      var code = (order.currency && order.currency.code) || 'USD';
      var billing = order.billingAddress || {};
      var lines = order.lineItems ? [].concat(order.lineItems.physicalItems || [], order.lineItems.digitalItems || []) : [];
      mount(box,
        h('div', { class: 'confirmation-head' },
          h('span', { class: 'check', 'aria-hidden': 'true' }, '✓'),
          h('p', { class: 'eyebrow' }, 'Order ', h('span', { 'data-test': 'order-id' }, '#' + order.orderId)),
          h('h1', null, billing.firstName ? 'Thank you, ' + billing.firstName + '!' : 'Thank you!'),
          h('p', { class: 'lede' }, 'Your order is confirmed', billing.email ? [' and a receipt is on its way to ', h('strong', null, billing.email)] : null, '.')),
        h('div', { class: 'confirmation-body' },
          h('ul', { class: 'summary-lines', 'data-test': 'order-lines' }, lines.map(function (line) {
            return h('li', null,
              h('span', { class: 'summary-thumb' }, line.imageUrl ? h('img', { src: line.imageUrl, alt: '', width: 56, height: 56 }) : null, h('span', { class: 'qty-badge' }, String(line.quantity))),
              h('span', { class: 'summary-line-text' }, h('span', { class: 'summary-line-name' }, line.name), line.sku ? h('span', { class: 'muted small' }, 'SKU ' + line.sku) : null),
              h('span', null, T.money(line.extendedSalePrice || 0, code)));
          })),
          h('dl', { class: 'totals' },
            h('div', null, h('dt', null, 'Subtotal'), h('dd', null, T.money(order.baseAmount || 0, code))),
            (order.coupons || []).map(function (c) { return h('div', { class: 'discount' }, h('dt', null, 'Coupon ' + c.code), h('dd', null, '−' + T.money(c.discountedAmount || 0, code))); }),
            h('div', null, h('dt', null, 'Shipping'), h('dd', null, T.money(order.shippingCostTotal || 0, code))),
            h('div', null, h('dt', null, 'Tax'), h('dd', null, T.money(order.taxTotal || 0, code))),
            h('div', { class: 'grand' }, h('dt', null, 'Order total'), h('dd', { 'data-test': 'order-total' }, T.money(order.orderAmount, code)))),
          billing.address1 ? h('div', { class: 'confirmation-address' }, h('h2', null, 'Billing address'), h('p', null, addressText(billing))) : null),
        h('div', { class: 'hero-actions' }, h('a', { class: 'button', href: '/', 'data-test': 'continue-shopping' }, 'Continue shopping')));
    });
  };
})();
