import type { MouseEvent, ReactNode } from 'react';
import { useAppStore } from '../state/store';
import { linkSearch, type LinkTarget } from '../state/urlLink';

/**
 * A real link to another view (it opens in a new tab, it can be copied) that, when followed in
 * place, changes the store instead of reloading. Features link to each other only through this.
 */
export function ViewLink({
  to,
  children,
  className,
  current,
}: {
  to: LinkTarget;
  children: ReactNode;
  className?: string;
  current?: boolean;
}) {
  // Only the link's own address, built when what it carries changes (see linkSearch).
  const search = useAppStore((s) => linkSearch(s, to));
  const href = `${window.location.pathname}${search}`;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    // Followed in place, the link leaves a page the address's hash opened (the translation status), as its href would.
    if (window.location.hash) {
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }
    useAppStore.getState().navigate(to);
  };
  return (
    <a href={href} onClick={onClick} className={className} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}
