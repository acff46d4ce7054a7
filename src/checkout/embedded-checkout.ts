import type { Storefront } from '../config/types';
import { AbortError } from '../errors/abort-error';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { NotFoundError } from '../errors/not-found-error';
import type { StorefrontError } from '../errors/storefront-error';
import { TimeoutError } from '../errors/timeout-error';
import { getCheckoutUrls } from './checkout-urls';

/** An error the checkout frame reported, as checkout-sdk's embedded checkout sends it. */
export interface EmbeddedCheckoutErrorInfo {
  message: string;
  type?: string;
  subtype?: string;
}

/**
 * The messages BigCommerce's embedded checkout posts to the framing page (checkout-sdk's
 * `EmbeddedCheckoutEventType`). `CHECKOUT_COMPLETE` carries no order id.
 */
export type EmbeddedCheckoutEvent =
  | { type: 'FRAME_LOADED'; contentId?: string }
  | { type: 'FRAME_ERROR'; error: EmbeddedCheckoutErrorInfo }
  | { type: 'CHECKOUT_LOADED' }
  | { type: 'CHECKOUT_COMPLETE' }
  | { type: 'CHECKOUT_ERROR'; error: EmbeddedCheckoutErrorInfo }
  | { type: 'SIGNED_OUT' };

/** Options of {@link embedCheckout}: the cart (or a ready embedded checkout URL) and where to put it. */
export type EmbedCheckoutOptions = ({ cartId: string; url?: undefined } | { url: string; cartId?: undefined }) & {
  /** The element to append the frame to, or a CSS selector for it (`'#checkout'`). */
  container: HTMLElement | string;
  /** The checkout inside the frame is ready for the shopper. */
  onLoad?: () => void;
  /** The shopper placed the order (once). */
  onComplete?: () => void;
  /** The checkout reported an error the shopper may recover from (a declined card). */
  onError?: (error: EmbeddedCheckoutErrorInfo) => void;
  /** Destroys the checkout when it fires. */
  signal?: AbortSignal;
  /** How long the frame may take to say it loaded before `loaded` rejects (default 60 000 ms). */
  timeoutMs?: number;
};

/** A checkout shown in a frame of this page. */
export interface EmbeddedCheckout {
  readonly iframe: HTMLIFrameElement;
  /**
   * Resolves when the checkout has loaded; rejects with NotFoundError when the store could not
   * show it (no such cart, an expired link), TimeoutError, AbortError after `destroy`, or the
   * errors of `getCheckoutUrls`.
   */
  readonly loaded: Promise<void>;
  /** Every event from the frame, in order; returns the unsubscribe. */
  readonly events: { listen(listener: (event: EmbeddedCheckoutEvent) => void): () => void };
  /** Removes the frame and the message listener; no callback runs after it. */
  destroy(): void;
}

const OPERATION = 'embedCheckout';
const TYPES = ['FRAME_LOADED', 'FRAME_ERROR', 'CHECKOUT_LOADED', 'CHECKOUT_COMPLETE', 'CHECKOUT_ERROR', 'SIGNED_OUT'];
// What a checkout page needs from its frame: its forms and scripts on its own origin, payment
// providers' popups (3-D Secure, wallets), and leaving the site only when the shopper clicks.
const SANDBOX = 'allow-forms allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';
// iframe-resizer's (v3) message prefix: the embedded checkout sizes its frame with it.
const SIZER = '[iFrameSizer]';
let frames = 0;

const errorInfo = (payload: any): EmbeddedCheckoutErrorInfo | undefined =>
  typeof payload?.message === 'string'
    ? { message: payload.message, ...(typeof payload.type === 'string' && { type: payload.type }), ...(typeof payload.subtype === 'string' && { subtype: payload.subtype }) }
    : undefined;

/** A checked copy of a message's data, or undefined for anything not shaped like the protocol. */
function readEvent(data: any): EmbeddedCheckoutEvent | undefined {
  const type = data?.type;
  if (!TYPES.includes(type)) return undefined;
  if (type === 'FRAME_ERROR' || type === 'CHECKOUT_ERROR') {
    const error = errorInfo(data.payload);
    return error && { type, error };
  }
  const contentId = data.payload?.contentId;
  return type === 'FRAME_LOADED' && typeof contentId === 'string' ? { type, contentId } : { type };
}

/**
 * Shows the store's checkout for a cart inside this page (Embedded Checkout): appends a
 * sandboxed iframe, listens only to messages from that frame on the checkout's origin, sizes the
 * frame to its content, and calls back on load, errors and completion.
 * @throws {InvalidArgumentError} without a DOM (SSR), for a container not found, or a bad `url`
 * @example
 * ```ts
 * const checkout = embedCheckout(storefront, { cartId, container: '#checkout', onComplete: () => showThanks() });
 * await checkout.loaded;
 * ```
 */
export function embedCheckout(storefront: Storefront, options: EmbedCheckoutOptions): EmbeddedCheckout {
  const doc = globalThis.document;
  if (!doc) throw new InvalidArgumentError(OPERATION, 'container', 'needs a browser page');
  const { container, signal, timeoutMs = 60_000 } = options;
  let parent: Element | null = null;
  try {
    parent = typeof container === 'string' ? doc.querySelector(container) : container;
  } catch {}
  if (!parent?.appendChild) throw new InvalidArgumentError(OPERATION, 'container', 'is not an element');
  if (options.url !== undefined) origin(options.url);

  const iframe = doc.createElement('iframe');
  iframe.setAttribute('sandbox', SANDBOX);
  iframe.setAttribute('allow', 'payment');
  iframe.title = 'Checkout';
  iframe.style.cssText = 'border:0;width:100%';
  const id = `bc-checkout-${++frames}`;
  const listeners = new Set<(event: EmbeddedCheckoutEvent) => void>();
  const seen = new Set<string>();
  let origins: string[] = [];
  let live = true;
  let settle!: (error?: StorefrontError) => void;
  const loaded = new Promise<void>((resolve, reject) => {
    settle = (error) => {
      clearTimeout(timer);
      error ? reject(error) : resolve();
    };
  });
  // `loaded` may go unawaited; its rejection is reported through it, not as an unhandled one.
  loaded.catch(() => {});
  const timer = setTimeout(() => settle(new TimeoutError(OPERATION, timeoutMs)), timeoutMs);

  const onMessage = (message: MessageEvent): void => {
    if (!live || message.source !== iframe.contentWindow || !origins.includes(message.origin)) return;
    const { data } = message;
    if (typeof data === 'string') {
      // `[iFrameSizer]{id}:{height}:{width}:{trigger}` from the frame's iframe-resizer.
      const size = data.startsWith(SIZER) ? data.slice(SIZER.length).split(':') : [];
      const height = Number(size[1]);
      if (size[0] === id && height >= 0 && height < 1e5) iframe.style.height = `${height}px`;
      return;
    }
    const event = readEvent(data);
    if (!event) return;
    const once = event.type !== 'CHECKOUT_ERROR';
    if (event.type === 'FRAME_LOADED') {
      // Start the frame's iframe-resizer as checkout-sdk does: sized by the tagged content element
      // when the frame names one, else by its lowest element.
      const method = event.contentId ? 'taggedElement' : 'lowestElement';
      iframe.contentWindow?.postMessage(`${SIZER}${id}:8:false:false:32:true:true:null:${method}:null:null:0:false:parent:scroll`, message.origin);
    }
    if (once && seen.has(event.type)) return;
    seen.add(event.type);
    for (const listener of [...listeners]) listener(event);
    if (event.type === 'CHECKOUT_LOADED') {
      settle();
      options.onLoad?.();
    } else if (event.type === 'FRAME_ERROR') settle(new NotFoundError(OPERATION, 'no checkout to show', { cause: event.error }));
    else if (event.type === 'CHECKOUT_COMPLETE') options.onComplete?.();
    else if (event.type === 'CHECKOUT_ERROR') options.onError?.(event.error);
  };

  const destroy = (): void => {
    if (!live) return;
    live = false;
    removeEventListener('message', onMessage);
    signal?.removeEventListener('abort', destroy);
    iframe.remove();
    settle(new AbortError(OPERATION, 'destroyed', { cause: signal?.reason }));
  };

  const show = (url: string): void => {
    if (!live) return;
    const { protocol, host } = new URL(origin(url));
    // checkout-sdk also hears the www. host the store may redirect the frame to.
    origins = [`${protocol}//${host}`, `${protocol}//www.${host}`];
    iframe.src = url;
  };

  addEventListener('message', onMessage);
  signal?.addEventListener('abort', destroy);
  parent.appendChild(iframe);
  if (signal?.aborted) destroy();
  else if (options.url !== undefined) show(options.url);
  else getCheckoutUrls(storefront, options.cartId, { signal }).then(({ embeddedCheckoutUrl }) => show(embeddedCheckoutUrl), settle);

  return { iframe, loaded, destroy, events: { listen: (listener) => (listeners.add(listener), () => listeners.delete(listener)) } };
}

/** The origin of an absolute http(s) URL. */
function origin(url: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {}
  if (!parsed || !/^https?:$/.test(parsed.protocol)) throw new InvalidArgumentError(OPERATION, 'url', 'must be an http(s) URL');
  return parsed.origin;
}
