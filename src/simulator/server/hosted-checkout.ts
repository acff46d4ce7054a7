import { priceCart, toMajor } from '../rest/pricing';
import { placeOrder } from '../rest/orders';
import { restStore } from '../rest/store';
import type { SimCart } from '../rest/types';
import { CART_LINK_PATH, cartOfLink } from './cart-links';
import { escapeXml } from './images';
import { restErrorBody, sendJson, sendRaw } from './respond';
import type { RouteContext, SimRoute } from './route';
import { shopperSession } from './session';
import { redirect } from './session-login-token';

/** The hosted checkout page a redirect URL lands on. */
export const CHECKOUT_PATH = '/checkout';
/** The checkout page an embedded checkout URL lands on (shown in the headless site's iframe). */
export const EMBEDDED_CHECKOUT_PATH = '/embedded-checkout';
/** Where the hosted pages' "Place order" button posts (same origin, session cookie). */
export const PLACE_ORDER_PATH = '/checkout/place-order';

/**
 * Events the embedded page posts to `window.parent`, as checkout-sdk's embedded checkout messenger
 * posts them (`EmbeddedCheckoutEventType`): `{ type: 'FRAME_LOADED', payload: { contentId } }`,
 * `{ type: 'CHECKOUT_LOADED' }`, `{ type: 'CHECKOUT_COMPLETE' }` (no order id: the real one sends
 * none), `{ type: 'CHECKOUT_ERROR', payload: { message } }`, and `{ type: 'FRAME_ERROR', payload:
 * { message } }` when there is no checkout to show (posted to any origin, as the real one does).
 */
export const EMBEDDED_CHECKOUT_EVENTS = ['FRAME_LOADED', 'FRAME_ERROR', 'CHECKOUT_LOADED', 'CHECKOUT_COMPLETE', 'CHECKOUT_ERROR'] as const;

/** The element the embedded page's content lives in, named in FRAME_LOADED for iframe-resizer's tagged-element sizing. */
export const CHECKOUT_CONTENT_ID = 'checkout-app';

const HTML_HEADERS = { 'Cache-Control': 'no-store' };

function sessionCart(ctx: RouteContext): SimCart | undefined {
  // An embedded checkout runs in a cross-site frame, where browsers keep no SameSite=Lax cookie:
  // it names its cart by the link's id and token instead of the session.
  const linked = ctx.url.searchParams.has('token') ? cartOfLink(ctx.state, ctx.url.searchParams.get('id'), ctx.url.searchParams.get('token')) : undefined;
  if (linked) return linked;
  const session = shopperSession(ctx);
  const cart = session?.cartId === undefined ? undefined : restStore(ctx.state).carts.get(session.cartId);
  return cart && cart.ownerSession === session?.id ? cart : undefined;
}

function summary(ctx: RouteContext, cart: SimCart | undefined): string {
  if (!cart) return '<p id="empty">Your cart is empty.</p>';
  const totals = priceCart(ctx.state, cart);
  const money = (minor: number): string => `${escapeXml(totals.currency.code)} ${toMajor(minor, totals.decimals).toFixed(totals.decimals)}`;
  const rows = totals.lines.map((l) => `<li>${l.line.quantity} × ${escapeXml(l.product.name)}: ${money(l.extendedSale)}</li>`);
  return `<ul id="items">${rows.join('')}</ul><p>Total: <output id="total">${money(totals.grandTotal)}</output></p>`;
}

// The page's own script: posts to the parent frame (embedded) or shows the outcome (hosted).
// The target origin is the embedding page's, read from the referrer (the real store knows its
// channel's site URL), never '*' with a known parent; FRAME_ERROR goes to any origin, as the real
// one's does, since without a cart the store cannot tell which site framed it.
// Sizing speaks iframe-resizer v3's content side, which the real page bundles: the framing page
// sends "[iFrameSizer]{id}:...:{sizeWidth}:..." once the frame loaded, and the page answers
// "[iFrameSizer]{id}:{height}:{width}:{trigger}" then and whenever its size changes.
function pageScript(embedded: boolean, hasCart: boolean): string {
  return `<script>
const embedded = ${embedded};
const target = document.referrer ? new URL(document.referrer).origin : '*';
const post = (type, payload, to = target) => { if (embedded && window.parent !== window) window.parent.postMessage(payload ? { type, payload } : { type }, to); };
const status = document.getElementById('status');
const content = document.getElementById(${JSON.stringify(CHECKOUT_CONTENT_ID)});
let sizer;
const size = (trigger) => { if (sizer) window.parent.postMessage('[iFrameSizer]' + sizer + ':' + Math.ceil(content.getBoundingClientRect().bottom) + ':' + Math.ceil(document.documentElement.scrollWidth) + ':' + trigger, '*'); };
addEventListener('message', (event) => {
  const parts = typeof event.data === 'string' && event.source === window.parent && event.data.startsWith('[iFrameSizer]') ? event.data.slice(13).split(':') : [];
  if (sizer !== undefined || (parts[2] !== 'true' && parts[2] !== 'false')) return;
  sizer = parts[0];
  size('init');
  new ResizeObserver(() => size('resizeObserver')).observe(content);
});
if (${hasCart}) { post('FRAME_LOADED', { contentId: ${JSON.stringify(CHECKOUT_CONTENT_ID)} }); post('CHECKOUT_LOADED'); }
else post('FRAME_ERROR', { message: 'There is no checkout for this link.' }, '*');
document.getElementById('place-order')?.addEventListener('click', async () => {
  const res = await fetch(${JSON.stringify(PLACE_ORDER_PATH)} + location.search, { method: 'POST', credentials: 'same-origin' });
  const body = await res.json();
  if (res.ok) { status.textContent = 'Order ' + body.orderId + ' placed.'; post('CHECKOUT_COMPLETE'); }
  else { status.textContent = body.detail || body.title; post('CHECKOUT_ERROR', { message: body.detail || body.title }); }
});
</script>`;
}

function checkoutPage(ctx: RouteContext, embedded: boolean): void {
  const cart = sessionCart(ctx);
  const button = cart ? '<button id="place-order" type="button">Place order</button>' : '';
  const html =
    `<!doctype html><meta charset="utf-8"><title>Checkout</title><main id="${CHECKOUT_CONTENT_ID}"><h1>Checkout</h1>` +
    `${summary(ctx, cart)}${button}<p id="status" role="status"></p></main>${pageScript(embedded, cart !== undefined)}`;
  sendRaw(ctx.res, 200, html, 'text/html', HTML_HEADERS);
}

/**
 * `GET /cart.php?action=loadInCheckout&id=…&token=…[&embedded=1]` (what `createCartRedirectUrls`
 * answers): loads the cart into this browser's session (made if needed), signs its customer in
 * (the docs' "session sync"), and redirects to the hosted or embedded checkout. `action=load`
 * lands on the cart page (`/cart.php`). A link whose token was not issued for the cart answers 403.
 */
function loadCart(ctx: RouteContext): void {
  const { url } = ctx;
  const action = url.searchParams.get('action');
  if (action !== 'load' && action !== 'loadInCheckout') {
    sendRaw(ctx.res, 200, `<!doctype html><meta charset="utf-8"><title>Cart</title><h1>Cart</h1>${summary(ctx, sessionCart(ctx))}`, 'text/html', HTML_HEADERS);
    return;
  }
  const cart = cartOfLink(ctx.state, url.searchParams.get('id'), url.searchParams.get('token'));
  if (!cart) {
    sendRaw(ctx.res, 403, '<!doctype html><title>Cart link</title><p>This cart link is not valid.</p>', 'text/html', HTML_HEADERS);
    return;
  }
  const session = shopperSession(ctx, true);
  cart.ownerSession = session.id;
  session.cartId = cart.id;
  if (cart.customerId !== undefined) session.customerId = cart.customerId;
  if (action === 'load') redirect(ctx, CART_LINK_PATH);
  else if (url.searchParams.get('embedded') !== '1') redirect(ctx, CHECKOUT_PATH);
  else {
    const link = new URLSearchParams({ id: cart.id, token: url.searchParams.get('token') ?? '' });
    redirect(ctx, `${EMBEDDED_CHECKOUT_PATH}?${link}`);
  }
}

/**
 * `POST /checkout/place-order[?id=…&token=…]`: places the session's (or the linked) checkout as an
 * order (`{ orderId }`), or says what is missing (422).
 */
function placeSessionOrder(ctx: RouteContext): void {
  const cart = sessionCart(ctx);
  if (!cart) {
    sendJson(ctx.res, 404, restErrorBody(404, 'This browser has no cart.'));
    return;
  }
  try {
    sendJson(ctx.res, 200, { orderId: placeOrder(ctx.state, cart.id) });
  } catch (error) {
    const detail = (error as Error).message.replace(/^placeOrder: checkout \S+ /, 'The checkout ');
    sendJson(ctx.res, 422, { status: 422, title: 'The checkout is not ready', detail });
  }
}

/**
 * The store's own pages behind cart redirect URLs: `/cart.php`, the hosted `/checkout`, the
 * `/embedded-checkout` a headless site frames, and their place-order call. Same origin only.
 * The embedded page sends no X-Frame-Options, so any page may frame it (as the real one allows
 * the channel's sites); it only posts outcome events to its parent.
 */
export const hostedCheckoutRoute: SimRoute = {
  name: 'hosted-checkout',
  matches: (pathname) => [CART_LINK_PATH, CHECKOUT_PATH, EMBEDDED_CHECKOUT_PATH, PLACE_ORDER_PATH].includes(pathname),
  cors: 'same-origin',
  // The link's `token` query value is redacted in the request log like every secret-looking key.
  async handle(ctx) {
    const { pathname } = ctx.url;
    const method = pathname === PLACE_ORDER_PATH ? 'POST' : 'GET';
    if (ctx.method !== method) {
      sendJson(ctx.res, 405, restErrorBody(405), { Allow: method });
      return;
    }
    if (pathname === CART_LINK_PATH) loadCart(ctx);
    else if (pathname === PLACE_ORDER_PATH) placeSessionOrder(ctx);
    else checkoutPage(ctx, pathname === EMBEDDED_CHECKOUT_PATH);
  },
};
