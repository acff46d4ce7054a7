// Signing in and the account page. The shop's server checks the password and signs a Customer
// Login URL (POST /demo-api/login); the browser goes there, the store signs the shopper in and
// sends them on. Who is signed in always comes from the store's current.jwt, verified by the
// shop's server (/demo-api/verify-customer), never from anything the page says.
(function () {
  'use strict';
  var T = window.Theme;
  var B = T.B;
  var h = T.h;
  var mount = T.mount;
  var PENDING = T.LOGIN_PENDING;

  /** Where to go after signing in: a path on this shop only. */
  function redirectTarget() {
    var to = new URLSearchParams(location.search).get('redirect') || '/account.php';
    return /^\/(?!\/)/.test(to) ? to : '/account.php';
  }

  T.pages.login = function () {
    var main = document.getElementById('main');
    T.setTitle('Sign in');
    var refused = false;
    try {
      refused = !!sessionStorage.getItem(PENDING);
      sessionStorage.removeItem(PENDING);
    } catch (e) { /* storage blocked */ }

    var email = h('input', { id: 'login-email', type: 'email', name: 'email', autocomplete: 'username', inputmode: 'email', 'data-test': 'login-email', 'aria-describedby': 'login-email-error' });
    var password = h('input', { id: 'login-password', type: 'password', name: 'password', autocomplete: 'current-password', 'data-test': 'login-password', 'aria-describedby': 'login-password-error' });
    var emailError = h('p', { class: 'field-error', id: 'login-email-error', hidden: true });
    var passwordError = h('p', { class: 'field-error', id: 'login-password-error', hidden: true });
    var formError = h('div', { role: 'alert', 'data-test': 'login-error' });
    var submit = h('button', { type: 'submit', class: 'button button-large button-block', 'data-test': 'login-submit' }, 'Sign in');
    if (refused) mount(formError, h('div', { class: 'notice notice-error' }, h('p', null, 'Your sign-in attempt was not successful. Please try again.')));

    var fieldError = function (input, box, message) {
      box.textContent = message || '';
      box.hidden = !message;
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    };
    var form = h('form', {
      class: 'login-form', novalidate: true, 'data-test': 'login-form',
      onsubmit: function (event) {
        event.preventDefault();
        mount(formError, null);
        var e = email.value.trim();
        var badEmail = !e ? 'Please enter your email.' : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e) ? null : 'Enter an email like name@example.com.';
        var badPassword = password.value ? null : 'Please enter your password.';
        fieldError(email, emailError, badEmail);
        fieldError(password, passwordError, badPassword);
        if (badEmail || badPassword) {
          (badEmail ? email : password).focus();
          return;
        }
        submit.disabled = true;
        submit.textContent = 'Signing in…';
        var again = function (message) {
          submit.disabled = false;
          submit.textContent = 'Sign in';
          mount(formError, h('div', { class: 'notice notice-error' }, h('p', null, message)));
        };
        fetch('/demo-api/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify({ email: e, password: password.value, redirectTo: redirectTarget() }),
        }).then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (body) {
            if (response.ok && typeof body.url === 'string') {
              try { sessionStorage.setItem(PENDING, '1'); } catch (x) { /* the store still signs in */ }
              location.href = body.url;
            } else if (response.status === 401) {
              again('That email and password do not match an account. Please check them and try again.');
              password.value = '';
              password.focus();
            } else {
              again('The shop is busy, try again in a moment.');
            }
          });
        }, function () {
          again('We could not reach the shop. Check your connection and try again.');
        });
      },
    },
    formError,
    h('div', { class: 'field' }, h('label', { for: 'login-email' }, 'Email'), email, emailError),
    h('div', { class: 'field' }, h('label', { for: 'login-password' }, 'Password'), password, passwordError),
    submit);

    mount(main, h('div', { class: 'auth-page' },
      h('section', { class: 'auth-card' },
        h('h1', { 'data-test': 'page-title' }, 'Sign in'),
        h('p', { class: 'muted' }, 'Sign in to check out faster and see your saved addresses.'),
        form,
        h('p', { class: 'muted small demo-hint' }, 'Demo accounts: jane@example.com / correct horse battery, sam@example.co.uk / allotment 42')),
      h('section', { class: 'auth-aside' },
        h('h2', null, 'New here?'),
        h('p', null, 'You can check out as a guest: we only need your email and address.'),
        h('a', { class: 'button button-secondary', href: '/search.php' }, 'Continue shopping'))));
    T.onCustomer(function (state) {
      if (state.status === 'customer') {
        mount(formError, h('div', { class: 'notice' }, h('p', null, 'You are signed in as ' + state.customer.email + '. '), h('a', { href: '/account.php' }, 'Go to your account')));
      }
    });
  };

  T.pages.account = function () {
    var main = document.getElementById('main');
    T.setTitle('Your account');
    var box = h('div', { class: 'account-page' });
    mount(main, h('header', { class: 'page-header' }, h('h1', { 'data-test': 'page-title' }, 'Your account')), box);
    var show = function (state) {
      if (state.status === 'loading') {
        mount(box, T.loading('Checking who is signed in…'));
      } else if (state.status === 'error') {
        mount(box, T.errorState(state.error, function () { T.$customer.refresh(); }));
      } else if (state.status === 'guest') {
        mount(box, h('div', { class: 'empty-state' }, h('p', null, 'Sign in to see your account.'), h('a', { class: 'button', href: '/login.php', 'data-test': 'account-sign-in' }, 'Sign in')));
      } else {
        var customer = state.customer;
        var profile = h('div', { class: 'account-card', 'data-test': 'account-profile' },
          h('h2', null, 'Profile'), h('p', null, h('strong', { 'data-test': 'account-email' }, customer.email)), h('p', { class: 'muted small' }, 'Customer #' + customer.id));
        var addresses = h('div', { class: 'account-card' }, h('h2', null, 'Saved addresses'), T.loading('Loading…'));
        mount(box, h('div', { class: 'account-grid' }, profile, addresses),
          h('div', { class: 'form-actions' },
            h('a', { class: 'button', href: '/search.php' }, 'Continue shopping'),
            h('button', { type: 'button', class: 'button button-secondary', 'data-test': 'account-sign-out', onclick: T.signOut }, 'Sign out')));
        B.getCustomer(T.storefront).then(function (p) {
          if (!p) return;
          profile.insertBefore(h('p', { class: 'account-name', 'data-test': 'account-name' }, [p.firstName, p.lastName].filter(Boolean).join(' ')), profile.children[1]);
          if (p.storeCredit && p.storeCredit[0] && p.storeCredit[0].value) profile.append(h('p', null, 'Store credit: ' + T.money(p.storeCredit[0].value, p.storeCredit[0].currencyCode)));
        }, function () {});
        B.getCustomerAddresses(T.storefront).then(function (list) {
          mount(addresses, h('h2', null, 'Saved addresses'), list && list.length ? h('ul', { class: 'plain' }, list.map(function (a) {
            return h('li', { class: 'saved-address' }, [a.firstName + ' ' + a.lastName, a.company, a.address1, a.address2, [a.city, a.stateOrProvince, a.postalCode].filter(Boolean).join(' '), a.country].filter(Boolean).join(', '));
          })) : h('p', { class: 'muted' }, 'No saved addresses yet.'));
        }, function (error) {
          mount(addresses, h('h2', null, 'Saved addresses'), T.errorState(error, null));
        });
      }
    };
    T.onCustomer(show);
  };
})();
