/**
 * A few lines of client-side routing over the history API: the console has a handful of pages,
 * which does not justify a routing library.
 */
import { useEffect, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const CHANGE = 'tandem:navigate';

let navigations = 0;

/** Whether the page changed in place since the document loaded (focus then moves to the new page). */
export function hasNavigated(): boolean {
  return navigations > 0;
}

function subscribe(onChange: () => void): () => void {
  const onPop = () => {
    navigations += 1;
    onChange();
  };
  window.addEventListener('popstate', onPop);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onPop);
    window.removeEventListener(CHANGE, onChange);
  };
}

const currentPath = () => window.location.pathname;

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  navigations += 1;
  window.dispatchEvent(new Event(CHANGE));
}

export type Route =
  | { page: 'queue' }
  | { page: 'setup' }
  | { page: 'login' }
  | { page: 'conversation'; id: string }
  | { page: 'rating' }
  | { page: 'rating-item'; runId: string }
  | { page: 'raters'; runId: string }
  | { page: 'runs' }
  | { page: 'run'; id: string }
  | { page: 'compare' }
  | { page: 'demo-chat' }
  | { page: 'drafts' }
  | { page: 'not-found' };

export function matchRoute(path: string): Route {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (trimmed === '/' || trimmed === '/queue') return { page: 'queue' };
  if (trimmed === '/setup') return { page: 'setup' };
  if (trimmed === '/login') return { page: 'login' };
  const conversation = /^\/conversations\/([^/]+)$/.exec(trimmed);
  if (conversation?.[1]) return { page: 'conversation', id: decodeURIComponent(conversation[1]) };
  if (trimmed === '/rating') return { page: 'rating' };
  const raters = /^\/rating\/([^/]+)\/raters$/.exec(trimmed);
  if (raters?.[1]) return { page: 'raters', runId: decodeURIComponent(raters[1]) };
  const ratingItem = /^\/rating\/([^/]+)$/.exec(trimmed);
  if (ratingItem?.[1]) return { page: 'rating-item', runId: decodeURIComponent(ratingItem[1]) };
  if (trimmed === '/runs') return { page: 'runs' };
  if (trimmed === '/runs/compare') return { page: 'compare' };
  if (trimmed === '/demo-chat') return { page: 'demo-chat' };
  if (trimmed === '/drafts') return { page: 'drafts' };
  const run = /^\/runs\/([^/]+)$/.exec(trimmed);
  if (run?.[1]) return { page: 'run', id: decodeURIComponent(run[1]) };
  return { page: 'not-found' };
}

/** The query string, read fresh on every render (navigations re-render through `usePath`). */
export function useQuery(): URLSearchParams {
  useSyncExternalStore(subscribe, () => window.location.search);
  return new URLSearchParams(window.location.search);
}

export const ratingPath = (runId: string) => `/rating/${encodeURIComponent(runId)}`;
export const ratersPath = (runId: string) => `/rating/${encodeURIComponent(runId)}/raters`;
export const runPath = (id: string) => `/runs/${encodeURIComponent(id)}`;
export const comparePath = (a: string, b: string) =>
  `/runs/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;

export function conversationPath(id: string): string {
  return `/conversations/${encodeURIComponent(id)}`;
}

/** An ordinary link that navigates in place; modified clicks (new tab…) keep the browser's way. */
export function Link({
  href,
  onClick,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}

/** Redirects after render (navigating during render would update another component mid-render). */
export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
