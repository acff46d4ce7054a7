// The product page: gallery, options and variants (price, SKU, stock and image follow the choice
// at once, from the variants the page already has), quantity and add to cart. Clicks are never
// held back: the cart store queues them, so five quick clicks are five units in few requests.
(function () {
  'use strict';
  var T = window.Theme;
  var h = T.h;
  var mount = T.mount;

  var nodes = function (connection) { return ((connection && connection.edges) || []).map(function (e) { return e.node; }); };

  T.pages.product = function (product) {
    var main = document.getElementById('main');
    T.setTitle(product.name);
    var options = nodes(product.productOptions);
    var variantOptions = options.filter(function (o) { return o.isVariantOption && o.__typename === 'MultipleChoiceOption'; });
    var variants = nodes(product.variants);
    var images = nodes(product.images);
    var chosen = new Map(); // option id -> value id (variant options and multiple-choice modifiers)
    var modifierInputs = new Map(); // option id -> () => value or undefined
    options.forEach(function (option) {
      if (option.__typename !== 'MultipleChoiceOption') return;
      var preset = nodes(option.values).find(function (v) { return v.isSelected; }) || nodes(option.values).find(function (v) { return v.isDefault; });
      if (preset) chosen.set(option.entityId, preset.entityId);
    });

    /** The variant matching the chosen values of every variant option (undefined while one is open). */
    function variantFor(selection) {
      if (!variantOptions.length) return null;
      if (!variantOptions.every(function (o) { return selection.has(o.entityId); })) return undefined;
      return variants.find(function (v) {
        return nodes(v.options).every(function (o) {
          var value = nodes(o.values)[0];
          return !selection.has(o.entityId) || (value && selection.get(o.entityId) === value.entityId);
        });
      });
    }

    // ---- layout ----
    var crumbNode = nodes(product.categories)[0];
    var crumbs = crumbNode ? nodes(crumbNode.breadcrumbs) : [];
    var mainImage = h('img', { class: 'gallery-main', alt: '', width: 1000, height: 1000, 'data-test': 'product-image' });
    var thumbs = images.length > 1 ? h('ul', { class: 'thumbs' }, images.map(function (image, i) {
      return h('li', null, h('button', {
        type: 'button', class: 'thumb', 'aria-label': 'Show image ' + (i + 1),
        onclick: function () { showImage(image); },
      }, h('img', { src: image.url, alt: '', width: 80, height: 80 })));
    })) : null;
    var price = h('div', { class: 'product-price', 'data-test': 'product-price', 'aria-live': 'polite' });
    var sku = h('span', { 'data-test': 'product-sku' });
    var stock = h('p', { class: 'stock', 'data-test': 'product-stock' });
    var quantity = h('input', {
      id: 'quantity', type: 'number', inputmode: 'numeric', min: product.minPurchaseQuantity || 1,
      max: product.maxPurchaseQuantity || null, value: String(product.minPurchaseQuantity || 1), 'data-test': 'quantity',
    });
    var addButton = h('button', { type: 'submit', class: 'button button-large add-to-cart', 'data-test': 'add-to-cart' }, 'Add to cart');
    var status = h('div', { class: 'add-status', role: 'status', 'data-test': 'add-status' });
    var form = h('form', { class: 'product-form', novalidate: true, onsubmit: onAdd },
      options.map(optionField),
      h('div', { class: 'buy-row' },
        h('div', { class: 'quantity' },
          h('label', { for: 'quantity' }, 'Quantity'),
          h('div', { class: 'stepper' },
            h('button', { type: 'button', class: 'stepper-button', 'aria-label': 'One fewer', onclick: function () { step(-1); } }, '−'),
            quantity,
            h('button', { type: 'button', class: 'stepper-button', 'aria-label': 'One more', onclick: function () { step(1); } }, '+'))),
        addButton),
      status);
    var description = T.htmlToText(product.description) || product.plainTextDescription;
    var specs = nodes(product.customFields);
    mount(main,
      T.breadcrumbs(crumbs.concat([{ name: product.name, path: product.path }])),
      h('article', { class: 'product', 'data-test': 'product-page', 'data-product-id': product.entityId },
        h('div', { class: 'gallery' }, mainImage, thumbs),
        h('div', { class: 'product-info' },
          product.brand ? h('a', { class: 'product-brand', href: product.brand.path }, product.brand.name) : null,
          h('h1', { class: 'product-title', 'data-test': 'product-title' }, product.name),
          T.stars(product.reviewSummary),
          price,
          h('p', { class: 'sku' }, 'SKU ', sku),
          stock,
          form,
          product.availabilityV2 && product.availabilityV2.description ? h('p', { class: 'muted ships' }, product.availabilityV2.description) : null,
          description ? h('section', { class: 'description' }, h('h2', null, 'About this product'), h('p', null, description)) : null,
          specs.length ? h('section', { class: 'specs' }, h('h2', null, 'Details'), h('dl', null, specs.map(function (f) {
            return [h('dt', null, f.name), h('dd', null, f.value)];
          }))) : null)));

    function showImage(image) {
      var fallback = product.defaultImage || images[0];
      var shown = image || fallback;
      if (shown) {
        mainImage.src = shown.url;
        mainImage.alt = shown.altText || '';
      }
    }
    function step(by) {
      var n = (parseInt(quantity.value, 10) || 0) + by;
      var min = product.minPurchaseQuantity || 1;
      quantity.value = String(Math.max(min, product.maxPurchaseQuantity ? Math.min(product.maxPurchaseQuantity, n) : n));
    }

    // ---- options ----
    function optionField(option) {
      var id = 'option-' + option.entityId;
      var legend = [option.displayName, option.isRequired ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null];
      switch (option.__typename) {
        case 'MultipleChoiceOption': {
          var values = nodes(option.values);
          var selectedLabel = h('span', { class: 'option-current', 'data-test': 'option-current' });
          if (option.displayStyle === 'DropdownList') {
            var select = h('select', {
              id: id, 'data-test': 'option-select', 'data-option-id': option.entityId,
              onchange: function () { choose(option.entityId, Number(select.value) || undefined); },
            }, h('option', { value: '' }, 'Choose ' + option.displayName.toLowerCase()), values.map(function (v) {
              return h('option', { value: v.entityId, selected: chosen.get(option.entityId) === v.entityId }, v.label);
            }));
            return h('div', { class: 'option' }, h('label', { for: id, class: 'option-label' }, legend), select);
          }
          var swatch = option.displayStyle === 'Swatch';
          return h('fieldset', { class: 'option', 'data-option-id': option.entityId },
            h('legend', { class: 'option-label' }, legend, ': ', selectedLabel),
            h('div', { class: swatch ? 'swatches' : 'pills' }, values.map(function (v) {
              var input = h('input', {
                type: 'radio', name: id, value: v.entityId, id: id + '-' + v.entityId, class: 'visually-hidden',
                checked: chosen.get(option.entityId) === v.entityId,
                onchange: function () { choose(option.entityId, v.entityId); },
              });
              var face = swatch
                ? h('span', { class: 'swatch-face', style: v.hexColors && v.hexColors[0] ? 'background:' + safeColor(v.hexColors[0]) : null })
                : h('span', { class: 'pill-face' }, v.label);
              return h('label', { class: swatch ? 'swatch' : 'pill', for: id + '-' + v.entityId, title: v.label, 'data-test': 'option-value', 'data-label': v.label }, input, face,
                swatch ? h('span', { class: 'visually-hidden' }, v.label) : null);
            })));
        }
        case 'CheckboxOption': {
          var box = h('input', { type: 'checkbox', id: id, checked: option.checkedByDefault, 'data-test': 'option-checkbox' });
          modifierInputs.set(option.entityId, function () { return box.checked ? option.checkedOptionValueEntityId : option.uncheckedOptionValueEntityId; });
          return h('div', { class: 'option option-check' }, h('label', { for: id }, box, ' ', option.label || option.displayName));
        }
        case 'TextFieldOption':
        case 'MultiLineTextFieldOption': {
          var multi = option.__typename === 'MultiLineTextFieldOption';
          var text = h(multi ? 'textarea' : 'input', {
            id: id, maxlength: option.maxLength || null, rows: multi ? String(option.maxLines || 3) : null,
            value: option.defaultValue || '', 'data-test': 'option-text', 'aria-describedby': id + '-error',
          });
          modifierInputs.set(option.entityId, function () { return text.value.trim() || undefined; });
          return h('div', { class: 'option' }, h('label', { for: id, class: 'option-label' }, legend), text,
            h('p', { class: 'field-error', id: id + '-error', hidden: true }));
        }
        case 'NumberFieldOption': {
          var number = h('input', { id: id, type: 'number', min: option.lowest, max: option.highest, value: option.defaultNumber != null ? String(option.defaultNumber) : '', 'data-test': 'option-number' });
          modifierInputs.set(option.entityId, function () { return number.value === '' ? undefined : Number(number.value); });
          return h('div', { class: 'option' }, h('label', { for: id, class: 'option-label' }, legend), number);
        }
        case 'DateFieldOption': {
          var date = h('input', { id: id, type: 'date', min: option.earliest ? option.earliest.slice(0, 10) : null, max: option.latest ? option.latest.slice(0, 10) : null, 'data-test': 'option-date' });
          modifierInputs.set(option.entityId, function () { return date.value || undefined; });
          return h('div', { class: 'option' }, h('label', { for: id, class: 'option-label' }, legend), date);
        }
        case 'FileUploadFieldOption':
          return h('div', { class: 'option' }, h('p', { class: 'option-label' }, option.displayName), h('p', { class: 'muted' }, 'Email us your file after you order and we will add it.'));
        default:
          return null;
      }
    }
    function safeColor(value) {
      return /^#[0-9a-f]{3,8}$/i.test(value) ? value : 'transparent';
    }

    function choose(optionId, valueId) {
      if (valueId === undefined) chosen.delete(optionId);
      else chosen.set(optionId, valueId);
      status.replaceChildren();
      update();
    }

    /** Shows the price, SKU, stock and image of the current choice. */
    function update() {
      var variant = variantFor(chosen);
      var source = variant || product;
      mount(price, T.priceTag(variant ? variant.prices : product.prices, null, !!variant));
      sku.textContent = (variant && variant.sku) || product.sku;
      var inStock = variant === undefined ? product.inventory.isInStock : source.inventory.isInStock && (!variant || variant.isPurchasable);
      var left = source.inventory.aggregated && source.inventory.aggregated.availableToSell;
      if (variant === undefined && variantOptions.length) {
        stock.className = 'stock';
        stock.textContent = 'Choose ' + variantOptions.filter(function (o) { return !chosen.has(o.entityId); }).map(function (o) { return o.displayName.toLowerCase(); }).join(' and ');
      } else if (variantOptions.length && !variant) {
        stock.className = 'stock stock-out';
        stock.textContent = 'This combination is not available';
        inStock = false;
      } else if (inStock) {
        stock.className = 'stock stock-in';
        stock.textContent = left != null && left <= 5 ? 'In stock: only ' + left + ' left' : 'In stock';
      } else {
        stock.className = 'stock stock-out';
        stock.textContent = 'Out of stock';
      }
      showImage(variant && variant.defaultImage);
      var ready = variant !== undefined || !variantOptions.length;
      addButton.disabled = !ready || !inStock;
      addButton.textContent = !ready ? 'Choose options' : inStock ? 'Add to cart' : 'Out of stock';
      // Current labels and sold-out marks on the values.
      options.forEach(function (option) {
        if (option.__typename !== 'MultipleChoiceOption') return;
        var field = form.querySelector('[data-option-id="' + option.entityId + '"]');
        if (!field) return;
        var current = field.querySelector('[data-test="option-current"]');
        var value = nodes(option.values).find(function (v) { return v.entityId === chosen.get(option.entityId); });
        if (current) current.textContent = value ? value.label : '';
        if (!option.isVariantOption) return;
        field.querySelectorAll('input[type="radio"]').forEach(function (input) {
          var trial = new Map(chosen);
          trial.set(option.entityId, Number(input.value));
          var other = variantFor(trial);
          var soldOut = other !== undefined && (!other || !other.inventory.isInStock);
          input.parentElement.classList.toggle('sold-out', soldOut);
          input.setAttribute('aria-description', soldOut ? 'Out of stock' : '');
        });
      });
    }

    // ---- add to cart ----
    var out = 0; // adds not answered yet
    function onAdd(event) {
      event.preventDefault();
      var qty = parseInt(quantity.value, 10);
      var min = product.minPurchaseQuantity || 1;
      if (!(qty >= min) || (product.maxPurchaseQuantity && qty > product.maxPurchaseQuantity)) {
        mount(status, h('p', { class: 'field-error', role: 'alert' }, product.maxPurchaseQuantity
          ? 'Choose a quantity from ' + min + ' to ' + product.maxPurchaseQuantity + '.'
          : 'Choose a quantity of ' + min + ' or more.'));
        return;
      }
      var line = { productId: product.entityId, quantity: qty };
      var variant = variantFor(chosen);
      if (variant) line.variantId = variant.entityId;
      var selections = [];
      var missing = null;
      options.forEach(function (option) {
        if (option.isVariantOption) return;
        var value = option.__typename === 'MultipleChoiceOption' ? chosen.get(option.entityId) : modifierInputs.has(option.entityId) ? modifierInputs.get(option.entityId)() : undefined;
        if (value !== undefined) selections.push({ optionId: option.entityId, optionValue: value });
        else if (option.isRequired && option.__typename !== 'FileUploadFieldOption') missing = missing || option;
      });
      if (missing) {
        mount(status, h('p', { class: 'field-error', role: 'alert' }, 'Please fill in “' + missing.displayName + '”.'));
        return;
      }
      if (selections.length) line.optionSelections = selections;
      out++;
      mount(status, h('p', { class: 'muted' }, 'Adding to your cart…'));
      T.$cart.add(line).then(function () {
        if (--out === 0) {
          mount(status, h('p', { class: 'added', 'data-test': 'added' }, '✓ Added to your cart. ',
            h('a', { href: '/cart.php', 'data-test': 'added-view-cart' }, 'View cart'), ' or ',
            h('button', { type: 'button', class: 'link-button', onclick: T.openMiniCart }, 'keep shopping')));
        }
      }, function (error) {
        out--;
        var about = T.describeError(error);
        mount(status, h('div', { class: 'notice notice-error', role: 'alert', 'data-test': 'add-error' },
          h('p', { class: 'notice-title' }, about.busy ? about.title : 'We could not add this to your cart'),
          h('p', null, about.busy ? about.text : (error && error.title) || about.text)));
      });
    }

    update();
  };
})();
