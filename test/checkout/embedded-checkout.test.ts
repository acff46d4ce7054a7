// @vitest-environment happy-dom
// embedCheckout's frame and message handling, with the frame's window stood in for: only messages
// from that window and the checkout's origin count, bad shapes are ignored, one-time events fire
// once, sizing follows iframe-resizer's messages, and destroy/abort leave nothing behind.
import nodeConsole from 'node:console';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { embedCheckout, type EmbedCheckoutOptions } from '../../src/checkout/embedded-checkout';
import { AbortError, createStorefront, InvalidArgumentError, NotFoundError, TimeoutError } from '../../src/index';

const STORE = 'https://shop.example.com';
const URL_ = `${STORE}/cart.php?embedded=1&action=loadInCheckout&id=c1&token=${'a'.repeat(64)}`;
const storefront = createStorefront({ storeUrl: STORE, token: 'storefront-token' });

let container: HTMLElement;
// happy-dom loads no frame and says so on console.error for every iframe; the frame's window is stood in for.
// happy-dom prints through Node's console, not the window's.
const consoleError = nodeConsole.error.bind(nodeConsole);
beforeEach(() => {
  vi.spyOn(nodeConsole, 'error').mockImplementation((...args) => {
    if (!String(args[0]).includes('Iframe page loading is disabled')) consoleError(...args);
  });
  document.body.innerHTML = '<div id="checkout"></div>';
  container = document.getElementById('checkout')!;
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Embeds with a stand-in for the frame's window, and a way to post as anyone. */
function embed(options: Partial<EmbedCheckoutOptions> = {}) {
  const callbacks = { onLoad: vi.fn(), onComplete: vi.fn(), onError: vi.fn() };
  const checkout = embedCheckout(storefront, { url: URL_, container, ...callbacks, ...options } as EmbedCheckoutOptions);
  const frameWindow = { postMessage: vi.fn() };
  Object.defineProperty(checkout.iframe, 'contentWindow', { value: frameWindow, configurable: true });
  const events: unknown[] = [];
  checkout.events.listen((event) => events.push(event));
  const post = (data: unknown, { origin = STORE, source = frameWindow as unknown }: { origin?: string; source?: unknown } = {}) =>
    dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
  return { checkout, frameWindow, events, post, ...callbacks };
}

describe('embedCheckout: the frame', () => {
  it('appends a sandboxed, payment-enabled iframe on the checkout URL to the container', () => {
    const { checkout } = embed();
    const { iframe } = checkout;
    expect(iframe.parentElement).toBe(container);
    expect(iframe.getAttribute('src')).toBe(URL_);
    expect(iframe.getAttribute('sandbox')!.split(' ').sort()).toEqual([
      'allow-forms', 'allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin', 'allow-scripts',
      'allow-top-navigation-by-user-activation',
    ]);
    expect(iframe.getAttribute('allow')).toBe('payment');
    expect(iframe.title).toBe('Checkout');
    checkout.destroy();
  });

  it('finds the container by selector, and refuses one that is not there', () => {
    embed({ container: '#checkout' }).checkout.destroy();
    embed({ container: 'div' }).checkout.destroy();
    for (const bad of ['#missing', 'checkout', '<<', 42 as unknown as string]) {
      const error = (() => { try { embed({ container: bad }); } catch (e) { return e; } })() as InvalidArgumentError;
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.argument).toBe('container');
    }
    expect(container.children).toHaveLength(0);
  });

  it('refuses a URL that is not absolute http(s) before touching the page', () => {
    for (const url of ['/cart.php?id=1', 'javascript:alert(1)', 'not a url']) {
      expect(() => embed({ url })).toThrow(InvalidArgumentError);
    }
    expect(container.children).toHaveLength(0);
  });
});

describe('embedCheckout: messages', () => {
  it('hears checkout-sdk events from its frame and checkout origin, and calls back', async () => {
    const { checkout, post, events, onLoad, onComplete, onError } = embed();
    post({ type: 'FRAME_LOADED', payload: { contentId: 'checkout-app' } });
    post({ type: 'CHECKOUT_LOADED' });
    await checkout.loaded;
    expect(onLoad).toHaveBeenCalledTimes(1);
    post({ type: 'CHECKOUT_ERROR', payload: { message: 'Card declined', type: 'payment', subtype: 'declined' } });
    post({ type: 'CHECKOUT_COMPLETE' });
    expect(onError).toHaveBeenCalledWith({ message: 'Card declined', type: 'payment', subtype: 'declined' });
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(events).toEqual([
      { type: 'FRAME_LOADED', contentId: 'checkout-app' },
      { type: 'CHECKOUT_LOADED' },
      { type: 'CHECKOUT_ERROR', error: { message: 'Card declined', type: 'payment', subtype: 'declined' } },
      { type: 'CHECKOUT_COMPLETE' },
    ]);
    checkout.destroy();
  });

  it('hears the www. host of the checkout origin, as checkout-sdk does', () => {
    const { checkout, post, onLoad } = embed();
    post({ type: 'CHECKOUT_LOADED' }, { origin: 'https://www.shop.example.com' });
    expect(onLoad).toHaveBeenCalledTimes(1);
    checkout.destroy();
  });

  it('ignores messages from another origin or another window', () => {
    const { checkout, post, events, onComplete } = embed();
    post({ type: 'CHECKOUT_COMPLETE' }, { origin: 'https://evil.example' });
    post({ type: 'CHECKOUT_COMPLETE' }, { origin: 'http://shop.example.com' });
    post({ type: 'CHECKOUT_COMPLETE' }, { source: window });
    post({ type: 'CHECKOUT_COMPLETE' }, { source: { postMessage() {} } });
    post({ type: 'CHECKOUT_COMPLETE' }, { source: null });
    expect(onComplete).not.toHaveBeenCalled();
    expect(events).toEqual([]);
    checkout.destroy();
  });

  it('ignores malformed data', () => {
    const { checkout, post, events, onError } = embed();
    for (const data of [null, undefined, 7, 'CHECKOUT_COMPLETE', [], {}, { type: 'checkout_complete' }, { type: 'NOPE' },
      { type: { toString: () => 'CHECKOUT_COMPLETE' } }, { type: 'CHECKOUT_ERROR' }, { type: 'CHECKOUT_ERROR', payload: { message: 42 } },
      { type: 'FRAME_ERROR', payload: 'boom' }, '[iFrameSizer]other:300:100:init', '[iFrameSizer]bc-checkout-1:-5:1:init']) {
      post(data);
    }
    expect(events).toEqual([]);
    expect(onError).not.toHaveBeenCalled();
    // Extra fields are dropped, wrong-typed optional ones too.
    post({ type: 'CHECKOUT_ERROR', payload: { message: 'x', type: 3, stack: 'secret', subtype: 'y' } });
    expect(onError).toHaveBeenCalledWith({ message: 'x', subtype: 'y' });
    checkout.destroy();
  });

  it('calls onLoad and onComplete once however often the frame repeats them; errors every time', () => {
    const { checkout, post, events, onLoad, onComplete, onError } = embed();
    for (let i = 0; i < 3; i++) {
      post({ type: 'CHECKOUT_LOADED' });
      post({ type: 'CHECKOUT_COMPLETE' });
      post({ type: 'CHECKOUT_ERROR', payload: { message: 'again' } });
    }
    expect([onLoad.mock.calls.length, onComplete.mock.calls.length, onError.mock.calls.length]).toEqual([1, 1, 3]);
    expect(events).toHaveLength(5);
    checkout.destroy();
  });

  it('starts iframe-resizer on FRAME_LOADED and sizes the frame from its height messages', () => {
    const { checkout, post, frameWindow } = embed();
    post({ type: 'FRAME_LOADED', payload: { contentId: 'checkout-app' } });
    expect(frameWindow.postMessage).toHaveBeenCalledTimes(1);
    const [init, target] = frameWindow.postMessage.mock.calls[0]!;
    expect(target).toBe(STORE);
    const fields = String(init).split(':');
    expect(fields[0]).toMatch(/^\[iFrameSizer\]bc-checkout-\d+$/);
    expect(fields[2]).toBe('false'); // sizeWidth: how the frame tells an init message
    expect(fields[8]).toBe('taggedElement');
    const id = fields[0]!.slice('[iFrameSizer]'.length);
    post(`[iFrameSizer]${id}:742:600:init`);
    expect(checkout.iframe.style.height).toBe('742px');
    post(`[iFrameSizer]${id}:901.5:600:resizeObserver`);
    expect(checkout.iframe.style.height).toBe('901.5px');
    post(`[iFrameSizer]${id}:1200:600:resize`, { origin: 'https://evil.example' });
    post(`[iFrameSizer]${id}:abc:600:resize`);
    expect(checkout.iframe.style.height).toBe('901.5px');
    checkout.destroy();
  });

  it('rejects loaded with NotFoundError on FRAME_ERROR (an expired link)', async () => {
    const { checkout, post } = embed();
    post({ type: 'FRAME_ERROR', payload: { message: 'Cart not found' } });
    const error = await checkout.loaded.catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.cause).toEqual({ message: 'Cart not found' });
    checkout.destroy();
  });

  it('rejects loaded with TimeoutError when the frame never says it loaded', async () => {
    vi.useFakeTimers();
    const { checkout } = embed({ timeoutMs: 5_000 });
    vi.advanceTimersByTime(5_000);
    await expect(checkout.loaded).rejects.toBeInstanceOf(TimeoutError);
    checkout.destroy();
  });
});

describe('embedCheckout: teardown', () => {
  it('destroy removes the frame and the listener; nothing is called after it', async () => {
    const removed = vi.spyOn(window, 'removeEventListener');
    const { checkout, post, events, onLoad, onComplete } = embed();
    checkout.destroy();
    expect(container.children).toHaveLength(0);
    expect(removed).toHaveBeenCalledWith('message', expect.any(Function));
    post({ type: 'CHECKOUT_LOADED' });
    post({ type: 'CHECKOUT_COMPLETE' });
    expect([onLoad.mock.calls.length, onComplete.mock.calls.length, events.length]).toEqual([0, 0, 0]);
    await expect(checkout.loaded).rejects.toBeInstanceOf(AbortError);
    checkout.destroy(); // twice is fine
    removed.mockRestore();
  });

  it('the signal destroys it, and an aborted one leaves no frame', async () => {
    const controller = new AbortController();
    const { checkout, onLoad, post } = embed({ signal: controller.signal });
    controller.abort(new Error('left the page'));
    expect(checkout.iframe.isConnected).toBe(false);
    post({ type: 'CHECKOUT_LOADED' });
    expect(onLoad).not.toHaveBeenCalled();
    const error = await checkout.loaded.catch((e) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.cause).toEqual(new Error('left the page'));
    const early = embed({ signal: AbortSignal.abort() }).checkout;
    expect(early.iframe.isConnected).toBe(false);
    await expect(early.loaded).rejects.toBeInstanceOf(AbortError);
  });

  it('with a cartId, asks the store for the embedded URL first; a refusal rejects loaded', async () => {
    const answers = [
      { data: { cart: { createCartRedirectUrls: { redirectUrls: { redirectedCheckoutUrl: `${STORE}/r`, embeddedCheckoutUrl: URL_ }, errors: [] } } } },
      { data: { cart: { createCartRedirectUrls: { redirectUrls: null, errors: [{ __typename: 'NotFoundError', message: 'Cart x was not found.' }] } } } },
    ];
    const fetch = vi.fn(async () => Response.json(answers.shift()));
    const sf = createStorefront({ storeUrl: STORE, token: 't', fetch });
    const ok = embedCheckout(sf, { cartId: 'c1', container });
    expect(ok.iframe.getAttribute('src')).toBeNull();
    await vi.waitFor(() => expect(ok.iframe.getAttribute('src')).toBe(URL_));
    ok.destroy();
    const refused = embedCheckout(sf, { cartId: 'x', container });
    await expect(refused.loaded).rejects.toBeInstanceOf(NotFoundError);
    refused.destroy();
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
