// Product listings: the home page, category pages and search results, with faceted filters,
// sorting and cursor pagination. Filters live in the URL (shareable, Back works); changing one
// updates the page in place through the catalog stores, whose cache makes going back free.
(function () {
  'use strict';
  var T = window.Theme;
  var B = T.B;
  var h = T.h;
  var mount = T.mount;
  var PAGE_SIZE = 12;
  var SORTS = [
    ['FEATURED', 'Featured'], ['NEWEST', 'Newest'], ['BEST_SELLING', 'Best selling'], ['BEST_REVIEWED', 'Best reviewed'],
    ['A_TO_Z', 'Name: A to Z'], ['Z_TO_A', 'Name: Z to A'], ['LOWEST_PRICE', 'Price: low to high'], ['HIGHEST_PRICE', 'Price: high to low'],
  ];

  /** A product card for a grid. */
  function productCard(product) {
    var image = product.defaultImage;
    var prices = product.prices;
    var onSale = prices && prices.salePrice && prices.basePrice && prices.salePrice.value < prices.basePrice.value;
    return h('li', { class: 'card', 'data-test': 'product-card', 'data-product-id': product.entityId },
      h('a', { class: 'card-media', href: product.path, tabindex: '-1', 'aria-hidden': 'true' },
        image ? h('img', { src: image.url, alt: '', loading: 'lazy', width: 500, height: 500 }) : h('span', { class: 'image-placeholder' }),
        onSale ? h('span', { class: 'tag tag-sale' }, 'Sale') : null,
        product.inventory.isInStock ? null : h('span', { class: 'tag tag-muted' }, 'Out of stock')),
      h('div', { class: 'card-body' },
        product.brand ? h('span', { class: 'card-brand' }, product.brand.name) : h('span', { class: 'card-brand' }, '\u00a0'),
        h('a', { class: 'card-title', href: product.path, 'data-test': 'product-name' }, product.name),
        T.stars(product.reviewSummary),
        T.priceTag(prices, { 'data-test': 'card-price' })));
  }
  T.productCard = productCard;

  function skeletonGrid(count) {
    var items = [];
    for (var i = 0; i < count; i++) items.push(h('li', { class: 'card skeleton', 'aria-hidden': 'true' }, h('span', { class: 'card-media' }), h('span', { class: 'line' }), h('span', { class: 'line short' })));
    return h('ul', { class: 'grid' }, items);
  }

  // ---- the filters in the URL ----------------------------------------------------------------

  /** The search arguments a listing URL names: filters, sort and page. */
  function readArgs(url) {
    var p = url.searchParams;
    var args = {};
    var ids = function (name) { return p.getAll(name).map(Number).filter(function (n) { return Number.isInteger(n) && n > 0; }); };
    var brands = ids('brand');
    if (brands.length) args.brandEntityIds = brands;
    var categories = ids('category');
    if (categories.length) args.categoryEntityIds = categories;
    var attributes = {};
    p.forEach(function (value, key) {
      if (key.indexOf('attr_') === 0) (attributes[key.slice(5)] = attributes[key.slice(5)] || []).push(value);
    });
    var names = Object.keys(attributes);
    if (names.length) args.productAttributes = names.map(function (name) { return { attribute: name, values: attributes[name] }; });
    var min = parseFloat(p.get('min_price'));
    var max = parseFloat(p.get('max_price'));
    if (min >= 0 || max >= 0) {
      args.price = {};
      if (min >= 0) args.price.minPrice = min;
      if (max >= 0 && !(min > max)) args.price.maxPrice = max;
    }
    var rating = parseInt(p.get('rating'), 10);
    if (rating >= 1 && rating <= 5) args.rating = { minRating: rating };
    if (p.get('shipping') === 'free') args.isFreeShipping = true;
    if (p.get('featured') === '1') args.isFeatured = true;
    if (p.get('in_stock') === '1') args.hideOutOfStock = true;
    var sort = p.get('sort');
    if (SORTS.some(function (s) { return s[0] === sort; })) args.sort = sort;
    if (p.get('before')) {
      args.last = PAGE_SIZE;
      args.before = p.get('before');
    } else {
      args.first = PAGE_SIZE;
      if (p.get('after')) args.after = p.get('after');
    }
    return args;
  }

  /** The URL with `changes` applied (null deletes); any change of filter goes back to page 1. */
  function withParams(url, changes, keepPage) {
    var next = new URL(url.href);
    if (!keepPage) ['after', 'before', 'page'].forEach(function (k) { next.searchParams.delete(k); });
    Object.keys(changes).forEach(function (key) {
      var value = changes[key];
      if (value === null) next.searchParams.delete(key);
      else next.searchParams.set(key, value);
    });
    return next;
  }
  /** The URL with one value of a repeated parameter added or removed. */
  function toggled(url, key, value, on) {
    var next = withParams(url, {});
    var values = next.searchParams.getAll(key).filter(function (v) { return v !== value; });
    if (on) values.push(value);
    next.searchParams.delete(key);
    values.forEach(function (v) { next.searchParams.append(key, v); });
    return next;
  }

  // ---- the page --------------------------------------------------------------------------------

  var current; // { options, unsubscribe }

  /** Shows a listing in `main` and keeps it in step with the URL. */
  function showListing(options) {
    if (current) current.unsubscribe();
    var main = document.getElementById('main');
    var url = new URL(location.href);
    var args = readArgs(url);
    var store = options.categoryId
      ? B.createCategoryStore(T.catalog, options.categoryId, Object.assign({ searchSubCategories: true }, args))
      : B.createSearchStore(T.catalog, Object.assign(options.searchTerm ? { searchTerm: options.searchTerm } : {}, args, options.brandId ? { brandEntityIds: [options.brandId] } : {}));

    var results = h('section', { class: 'results', 'aria-label': 'Products' });
    var sidebar = h('aside', { class: 'sidebar', 'aria-label': 'Filters' });
    var header = h('header', { class: 'page-header' },
      options.crumbs ? breadcrumbs(options.crumbs) : null,
      h('h1', { 'data-test': 'page-title' }, options.title),
      options.description ? h('p', { class: 'lede' }, options.description) : null);
    mount(main, header, h('div', { class: 'listing' }, sidebar, results));
    T.setTitle(options.title);

    var unsubscribeTree = T.$tree.subscribe(function (value) {
      var tree = sidebar.querySelector('.side-tree');
      var fresh = categoryTree(value, options.categoryId);
      if (tree) tree.replaceWith(fresh);
      else sidebar.prepend(fresh);
    });
    var facetBox = h('div', { class: 'facets', 'data-test': 'facets' });
    sidebar.append(facetBox);

    var unsubscribe = store.subscribe(function (value) {
      var data = value.data;
      results.setAttribute('aria-busy', value.loading ? 'true' : 'false');
      if (data === undefined) {
        if (value.error) mount(results, T.errorState(value.error, function () { store.invalidate(); }));
        else mount(results, toolbar(url, args, null), skeletonGrid(8));
        return;
      }
      if (data === null) {
        mount(results, h('div', { class: 'empty-state' }, h('p', null, 'This category is no longer available.'), h('a', { class: 'button', href: '/' }, 'Back to the home page')));
        return;
      }
      var page = data.products;
      mount(facetBox, facets(options.brandId ? data.facets.filter(function (f) { return f.__typename !== 'BrandSearchFilter'; }) : data.facets, url, !options.categoryId));
      mount(results,
        toolbar(url, args, page),
        activeFilters(url, data.facets),
        page.items.length
          ? h('ul', { class: 'grid', 'data-test': 'product-grid' }, page.items.map(productCard))
          : h('div', { class: 'empty-state', 'data-test': 'no-results' },
            h('p', null, options.searchTerm ? 'No products match “' + options.searchTerm + '” with these filters.' : 'No products match these filters.'),
            hasFilters(url) ? h('a', { class: 'button button-secondary', href: clearedUrl(url).href, 'data-nav': 'listing' }, 'Clear all filters') : null),
        pager(url, page));
    });
    current = {
      options: options,
      unsubscribe: function () {
        unsubscribe();
        unsubscribeTree();
      },
    };
  }

  /** Moves to another listing URL in place (filters, sort, page). */
  function go(url) {
    history.pushState({ listing: true }, '', url.pathname + url.search);
    showListing(current.options);
    var results = document.querySelector('.listing');
    if (results && results.getBoundingClientRect().top < 0) results.scrollIntoView({ block: 'start' });
  }
  window.addEventListener('popstate', function () {
    if (current) showListing(current.options);
  });
  // Links inside a listing that only change its filters stay on the page.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-nav="listing"]');
    if (!link || !current || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    go(new URL(link.href));
  });

  function breadcrumbs(crumbs) {
    return h('nav', { class: 'breadcrumbs', 'aria-label': 'Breadcrumb' },
      h('ol', null, h('li', null, h('a', { href: '/' }, 'Shop')), crumbs.map(function (c, i) {
        return h('li', null, i === crumbs.length - 1 ? h('span', { 'aria-current': 'page' }, c.name) : h('a', { href: c.path }, c.name));
      })));
  }
  T.breadcrumbs = breadcrumbs;

  function categoryTree(value, currentId) {
    var box = h('nav', { class: 'side-tree', 'aria-label': 'Categories', 'data-test': 'category-tree' }, h('h2', { class: 'side-heading' }, 'Categories'));
    if (!value.data) {
      box.append(value.error ? h('p', { class: 'muted' }, 'Categories are unavailable right now.') : h('p', { class: 'muted' }, 'Loading…'));
      return box;
    }
    var contains = function (item) {
      return item.entityId === currentId || (item.children || []).some(contains);
    };
    var branch = function (items, depth) {
      return h('ul', { class: 'tree depth-' + depth }, items.map(function (item) {
        var children = item.children || [];
        var open = contains(item);
        return h('li', null,
          h('a', { href: item.path, class: item.entityId === currentId ? 'current' : null, 'aria-current': item.entityId === currentId ? 'page' : null, 'data-test': 'tree-category' },
            item.name, item.productCount ? h('span', { class: 'count' }, String(item.productCount)) : null),
          children.length && open ? branch(children, depth + 1) : null);
      }));
    };
    box.append(branch(value.data, 0));
    return box;
  }

  function toolbar(url, args, page) {
    var sort = url.searchParams.get('sort') || '';
    var count = page ? (page.totalItems != null ? page.totalItems + (page.totalItems === 1 ? ' product' : ' products') : '') : 'Loading products…';
    return h('div', { class: 'toolbar' },
      h('p', { class: 'result-count', 'data-test': 'result-count' }, count),
      h('label', { class: 'sort' }, 'Sort by ',
        h('select', {
          'data-test': 'sort',
          onchange: function (event) { go(withParams(url, { sort: event.target.value || null })); },
        }, h('option', { value: '' }, 'Relevance'), SORTS.map(function (s) {
          return h('option', { value: s[0], selected: s[0] === sort }, s[1]);
        }))));
  }

  function pager(url, page) {
    var info = page.pageInfo;
    var number = parseInt(url.searchParams.get('page'), 10) || 1;
    if (!info.hasNextPage && !info.hasPreviousPage) return null;
    return h('nav', { class: 'pager', 'aria-label': 'Pages' },
      info.hasPreviousPage && info.startCursor && number > 1
        ? h('a', { class: 'button button-secondary', rel: 'prev', 'data-nav': 'listing', 'data-test': 'prev-page',
          href: withParams(url, { before: info.startCursor, after: null, page: number - 1 > 1 ? String(number - 1) : null }, true).href }, '← Previous')
        : h('span'),
      h('span', { class: 'muted' }, h('span', { 'data-test': 'page-number' }, 'Page ' + number),
        page.totalItems ? ' · ' + range(number, page) : null),
      info.hasNextPage && info.endCursor
        ? h('a', { class: 'button button-secondary', rel: 'next', 'data-nav': 'listing', 'data-test': 'next-page',
          href: withParams(url, { after: info.endCursor, before: null, page: String(number + 1) }, true).href }, 'Next →')
        : h('span'));
  }

  /** "13–24 of 35" for page 2 of a listing. */
  function range(number, page) {
    var from = (number - 1) * PAGE_SIZE + 1;
    return from + '–' + (from + page.items.length - 1) + ' of ' + page.totalItems;
  }

  // ---- facets ------------------------------------------------------------------------------------

  var FILTER_KEYS = ['brand', 'category', 'min_price', 'max_price', 'rating', 'shipping', 'featured', 'in_stock'];
  function hasFilters(url) {
    var found = false;
    url.searchParams.forEach(function (_v, key) { if (FILTER_KEYS.indexOf(key) >= 0 || key.indexOf('attr_') === 0) found = true; });
    return found;
  }
  function clearedUrl(url) {
    var next = withParams(url, {});
    FILTER_KEYS.forEach(function (k) { next.searchParams.delete(k); });
    Array.from(next.searchParams.keys()).forEach(function (k) { if (k.indexOf('attr_') === 0) next.searchParams.delete(k); });
    return next;
  }

  function checkbox(label, count, checked, onToggle, test) {
    return h('li', null, h('label', { class: 'facet-option' },
      h('input', { type: 'checkbox', checked: checked, 'data-test': test, onchange: function (event) { onToggle(event.target.checked); } }),
      h('span', { class: 'facet-label' }, label),
      count != null ? h('span', { class: 'count', 'aria-label': count + ' products' }, String(count)) : null));
  }

  function group(title, open, body, test) {
    return h('details', { class: 'facet', open: open, 'data-test': test }, h('summary', null, title), body);
  }

  /** A list of facet values: the first few, the chosen ones, and a button for the rest. */
  var SHOWN = 6;
  function optionList(items, isChosen) {
    var list = h('ul', { class: 'facet-options' });
    var hidden = [];
    items.forEach(function (item, i) {
      if (i < SHOWN || isChosen(i)) list.append(item);
      else hidden.push(item);
    });
    if (!hidden.length) return list;
    var more = h('button', { type: 'button', class: 'link-button facet-more', 'aria-expanded': 'false' }, 'Show ' + hidden.length + ' more');
    more.addEventListener('click', function () {
      hidden.forEach(function (item) { list.append(item); });
      more.remove();
    });
    return [list, more];
  }

  /** The facet panel: what the store says can narrow this listing, with counts. */
  function facets(list, url, withCategories) {
    var p = url.searchParams;
    var out = [];
    list.forEach(function (facet) {
      switch (facet.__typename) {
        case 'CategorySearchFilter': {
          if (!withCategories) return;
          var cats = (facet.categories.edges || []).map(function (e) { return e.node; });
          if (!cats.length) return;
          out.push(group(facet.displayName, true, h('ul', { class: 'facet-options' }, cats.map(function (c) {
            return checkbox(c.name, c.productCount, p.getAll('category').indexOf(String(c.entityId)) >= 0,
              function (on) { go(toggled(url, 'category', String(c.entityId), on)); }, 'facet-category');
          })), 'facet-category'));
          return;
        }
        case 'BrandSearchFilter': {
          var brands = (facet.brands.edges || []).map(function (e) { return e.node; });
          if (!brands.length) return;
          var brandChosen = function (i) { return p.getAll('brand').indexOf(String(brands[i].entityId)) >= 0; };
          out.push(group(facet.displayName, true, optionList(brands.map(function (b, i) {
            return checkbox(b.name, b.productCount, brandChosen(i),
              function (on) { go(toggled(url, 'brand', String(b.entityId), on)); }, 'facet-brand');
          }), brandChosen), 'facet-brand'));
          return;
        }
        case 'ProductAttributeSearchFilter': {
          var key = 'attr_' + facet.filterKey;
          var values = (facet.attributes.edges || []).map(function (e) { return e.node; });
          if (!values.length) return;
          var chosen = p.getAll(key);
          var valueChosen = function (i) { return chosen.indexOf(values[i].value) >= 0; };
          out.push(group(facet.displayName, !facet.isCollapsedByDefault || chosen.length > 0, optionList(values.map(function (a, i) {
            return checkbox(a.value, a.productCount, valueChosen(i),
              function (on) { go(toggled(url, key, a.value, on)); }, 'facet-attribute');
          }), valueChosen), 'facet-attribute'));
          return;
        }
        case 'PriceSearchFilter': {
          var min = p.get('min_price') || '';
          var max = p.get('max_price') || '';
          var error = h('p', { class: 'field-error', role: 'alert', hidden: true });
          var form = h('form', {
            class: 'price-form', novalidate: true,
            onsubmit: function (event) {
              event.preventDefault();
              var lo = form.elements.min.value.trim();
              var hi = form.elements.max.value.trim();
              if ((lo && !(parseFloat(lo) >= 0)) || (hi && !(parseFloat(hi) >= 0)) || (lo && hi && parseFloat(lo) > parseFloat(hi))) {
                error.textContent = 'Enter a price range from low to high, e.g. 10 to 50.';
                error.hidden = false;
                return;
              }
              go(withParams(url, { min_price: lo || null, max_price: hi || null }));
            },
          },
          h('label', null, h('span', { class: 'visually-hidden' }, 'Minimum price'), h('input', { name: 'min', inputmode: 'decimal', placeholder: 'Min', value: min, 'data-test': 'price-min' })),
          h('span', { 'aria-hidden': 'true' }, '–'),
          h('label', null, h('span', { class: 'visually-hidden' }, 'Maximum price'), h('input', { name: 'max', inputmode: 'decimal', placeholder: 'Max', value: max, 'data-test': 'price-max' })),
          h('button', { type: 'submit', class: 'button button-small', 'data-test': 'price-apply' }, 'Apply'),
          error);
          out.push(group(facet.displayName, true, form, 'facet-price'));
          return;
        }
        case 'RatingSearchFilter': {
          var selected = p.get('rating');
          var ratings = (facet.ratings.edges || []).map(function (e) { return e.node; }).filter(function (r) { return Number(r.value) >= 2 && Number(r.value) <= 4; });
          if (!ratings.length) return;
          out.push(group(facet.displayName, selected !== null, h('ul', { class: 'facet-options' }, ratings.map(function (r) {
            return checkbox(r.value + ' stars & up', r.productCount, selected === r.value,
              function (on) { go(withParams(url, { rating: on ? r.value : null })); }, 'facet-rating');
          })), 'facet-rating'));
          return;
        }
        case 'OtherSearchFilter': {
          var items = [];
          if (facet.freeShipping) items.push(checkbox('Free shipping', facet.freeShipping.productCount, p.get('shipping') === 'free', function (on) { go(withParams(url, { shipping: on ? 'free' : null })); }, 'facet-free-shipping'));
          if (facet.isFeatured) items.push(checkbox('Featured', facet.isFeatured.productCount, p.get('featured') === '1', function (on) { go(withParams(url, { featured: on ? '1' : null })); }, 'facet-featured'));
          if (facet.isInStock) items.push(checkbox('In stock only', facet.isInStock.productCount, p.get('in_stock') === '1', function (on) { go(withParams(url, { in_stock: on ? '1' : null })); }, 'facet-in-stock'));
          if (items.length) out.push(group('Availability', !facet.isCollapsedByDefault || p.has('shipping') || p.has('featured') || p.has('in_stock'), h('ul', { class: 'facet-options' }, items), 'facet-other'));
          return;
        }
        default:
      }
    });
    return [h('h2', { class: 'side-heading' }, 'Filter by')].concat(out);
  }

  /** The filters in force, each removable. */
  function activeFilters(url, list) {
    var p = url.searchParams;
    var chips = [];
    var chip = function (label, next) {
      chips.push(h('li', null, h('a', { class: 'chip', href: next.href, 'data-nav': 'listing', 'data-test': 'active-filter' }, label, h('span', { 'aria-hidden': 'true' }, ' ×'), h('span', { class: 'visually-hidden' }, ' (remove)'))));
    };
    var nameOf = function (typename, field, id) {
      var facet = list.find(function (f) { return f.__typename === typename; });
      var node = facet && (facet[field].edges || []).map(function (e) { return e.node; }).find(function (n) { return String(n.entityId) === id; });
      return node ? node.name : '#' + id;
    };
    p.getAll('brand').forEach(function (id) { chip(nameOf('BrandSearchFilter', 'brands', id), toggled(url, 'brand', id, false)); });
    p.getAll('category').forEach(function (id) { chip(nameOf('CategorySearchFilter', 'categories', id), toggled(url, 'category', id, false)); });
    p.forEach(function (value, key) { if (key.indexOf('attr_') === 0) chip(key.slice(5) + ': ' + value, toggled(url, key, value, false)); });
    if (p.get('min_price') || p.get('max_price')) {
      chip('Price: ' + (p.get('min_price') ? T.money(parseFloat(p.get('min_price'))) : 'any') + ' – ' + (p.get('max_price') ? T.money(parseFloat(p.get('max_price'))) : 'any'),
        withParams(url, { min_price: null, max_price: null }));
    }
    if (p.get('rating')) chip(p.get('rating') + ' stars & up', withParams(url, { rating: null }));
    if (p.get('shipping')) chip('Free shipping', withParams(url, { shipping: null }));
    if (p.get('featured')) chip('Featured', withParams(url, { featured: null }));
    if (p.get('in_stock')) chip('In stock only', withParams(url, { in_stock: null }));
    if (!chips.length) return null;
    chips.push(h('li', null, h('a', { class: 'link-button', href: clearedUrl(url).href, 'data-nav': 'listing', 'data-test': 'clear-filters' }, 'Clear all')));
    return h('ul', { class: 'active-filters', 'aria-label': 'Filters in use' }, chips);
  }

  // ---- the pages ---------------------------------------------------------------------------------

  T.pages.category = function (node) {
    var crumbs = (node.breadcrumbs.edges || []).map(function (e) { return e.node; });
    showListing({
      categoryId: node.entityId,
      title: node.name,
      crumbs: crumbs,
      description: T.htmlToText(node.description),
    });
  };

  T.pages.search = function (page) {
    var term = (new URLSearchParams(location.search).get('search_query') || '').trim();
    var title = (page && page.title) || (term ? 'Results for “' + term + '”' : 'All products');
    showListing({
      searchTerm: term || undefined,
      brandId: page && page.brandId,
      title: title,
      crumbs: [{ name: page && page.title ? page.title : term ? 'Search' : 'All products', path: location.pathname }],
    });
  };

  T.pages.home = function () {
    var main = document.getElementById('main');
    T.setTitle('');
    var tiles = h('ul', { class: 'tiles' });
    var featured = h('div');
    var arrivals = h('div');
    mount(main,
      h('section', { class: 'hero' },
        h('div', { class: 'hero-text' },
          h('p', { class: 'eyebrow' }, 'Made to last'),
          h('h1', null, 'Well-made things for home and garden'),
          h('p', { class: 'lede' }, 'Towels, cookware, planters and tools from small makers, chosen to be used every day for years.'),
          h('div', { class: 'hero-actions' },
            h('a', { class: 'button button-large', href: '/search.php', 'data-test': 'shop-all' }, 'Shop all products'),
            h('a', { class: 'button button-secondary button-large', href: '/sale/' }, 'See the sale')))),
      h('section', { class: 'section' }, h('h2', { class: 'section-title' }, 'Shop by category'), tiles),
      h('section', { class: 'section' }, h('div', { class: 'section-head' }, h('h2', { class: 'section-title' }, 'Featured'), h('a', { href: '/search.php?featured=1' }, 'See all featured')), featured),
      h('section', { class: 'section' }, h('div', { class: 'section-head' }, h('h2', { class: 'section-title' }, 'New arrivals'), h('a', { href: '/search.php?sort=NEWEST' }, 'See all new')), arrivals));
    T.$tree.subscribe(function (value) {
      if (!value.data) {
        mount(tiles, value.error ? h('li', { class: 'muted' }, 'Categories are unavailable right now.') : null);
        return;
      }
      mount(tiles, value.data.map(function (root) {
        return h('li', null, h('a', { class: 'tile', href: root.path, 'data-test': 'category-tile' },
          root.image ? h('img', { src: root.image.url, alt: '', loading: 'lazy' }) : h('span', { class: 'image-placeholder' }),
          h('span', { class: 'tile-text' }, h('strong', null, root.name), h('span', null, T.htmlToText(root.description)))));
      }));
    });
    shelf(featured, B.createSearchStore(T.catalog, { isFeatured: true, first: 4 }));
    shelf(arrivals, B.createSearchStore(T.catalog, { sort: 'NEWEST', first: 10 }));
  };

  /** A row of products from a search store. */
  function shelf(box, store) {
    store.subscribe(function (value) {
      if (value.data) mount(box, h('ul', { class: 'grid', 'data-test': 'product-grid' }, value.data.products.items.map(productCard)));
      else if (value.error) mount(box, T.errorState(value.error, function () { store.invalidate(); }));
      else mount(box, skeletonGrid(4));
    });
  }
})();
