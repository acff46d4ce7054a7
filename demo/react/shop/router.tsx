// A tiny client-side router on the history API: the location as a nanostores atom, links that
// push instead of loading, and paths relative to the app's base (/react).
import { useStore } from '@nanostores/react';
import { atom } from 'nanostores';
import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';

/** Where the app is mounted. */
export const BASE = '/react';

/** The app's location: the path below BASE (always starting with `/`) and the query. */
export interface AppLocation {
  path: string;
  query: URLSearchParams;
}

const read = (url: { pathname: string; search: string }): AppLocation => ({
  path: url.pathname.startsWith(BASE) ? url.pathname.slice(BASE.length) || '/' : url.pathname,
  query: new URLSearchParams(url.search),
});

const $location = atom<AppLocation>({ path: '/', query: new URLSearchParams() });

/** Starts following the browser's location (main.tsx calls it once). */
export function startRouter(win: Window): () => void {
  const sync = () => $location.set(read(win.location));
  sync();
  win.addEventListener('popstate', sync);
  return () => win.removeEventListener('popstate', sync);
}

/** The href of an app path: `/cart` → `/react/cart`. */
export const href = (to: string): string => (to.startsWith(BASE) ? to : `${BASE}${to.startsWith('/') ? to : `/${to}`}`);

/** Goes to an app path without a page load; `replace` keeps the history entry (filters, pages). */
export function navigate(to: string, { replace = false, keepScroll = false } = {}): void {
  const url = new URL(href(to), location.origin);
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  $location.set(read(url));
  if (!keepScroll) window.scrollTo({ top: 0 });
}

/** The current app location. */
export function useLocation(): AppLocation {
  return useStore($location);
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; replace?: boolean; children?: ReactNode };

/** An anchor with a real href that navigates in the app on a plain left click. */
export function Link({ to, replace, onClick, children, ...rest }: LinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to, replace ? { replace } : {});
  };
  return (
    <a href={href(to)} onClick={follow} {...rest}>
      {children}
    </a>
  );
}
