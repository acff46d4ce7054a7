// Which page this is, from the URL, as Stencil picks a template: the shop's own pages by their
// fixed paths, anything else through the store's routes (a product, category or brand URL).
(function () {
  'use strict';
  var T = window.Theme;
  var B = T.B;
  var h = T.h;
  var mount = T.mount;
  var path = location.pathname;
  var main = document.getElementById('main');

  function notFound() {
    T.setTitle('Page not found');
    mount(main, h('div', { class: 'empty-state big', 'data-test': 'not-found' },
      h('h1', null, 'We could not find that page'),
      h('p', null, 'The link may be old, or the product is no longer sold.'),
      h('div', { class: 'hero-actions' }, h('a', { class: 'button', href: '/' }, 'Go to the home page'), h('a', { class: 'button button-secondary', href: '/search.php' }, 'Browse all products'))));
  }

  /** A storefront URL: ask the store what lives there, then show that page. */
  function routed() {
    mount(main, T.loading('Loading…'));
    var $route = B.createRouteStore(T.catalog, path);
    var off = $route.subscribe(function (value) {
      if (value.data === undefined) {
        if (value.error) mount(main, T.errorState(value.error, function () { $route.invalidate(); }));
        return;
      }
      setTimeout(function () { off(); });
      var route = value.data;
      var node = route.node;
      if (!node && route.redirect && route.redirect.to && route.redirect.to.path) {
        location.replace(route.redirect.to.path);
        return;
      }
      if (!node) return notFound();
      switch (node.__typename) {
        case 'Product': return T.pages.product(node);
        case 'Category': return T.pages.category(node);
        case 'Brand': return brand(node);
        default:
          T.setTitle(node.name || '');
          mount(main, h('article', { class: 'content-page' }, h('h1', null, node.name || ''), h('p', null, T.htmlToText(node.htmlBody || node.description || ''))));
      }
    });
  }

  /** A brand page: its products, through search (so it has facets and pages too). */
  function brand(node) {
    T.pages.search({ title: node.name, brandId: node.entityId });
  }

  var order = /^\/checkout\/order-confirmation\/(\d+)\/?$/.exec(path);
  if (path === '/') T.pages.home();
  else if (path === '/search.php') T.pages.search();
  else if (path === '/cart.php') T.pages.cart();
  else if (path === '/checkout' || path === '/checkout/') T.pages.checkout();
  else if (order) T.pages.orderConfirmation(Number(order[1]));
  else if (path === '/login.php') T.pages.login();
  else if (path === '/account.php') T.pages.account();
  else routed();
})();
