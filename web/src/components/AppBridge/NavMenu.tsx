import type {MouseEvent} from 'react';

/** One page in the nav. */
export interface NavItem {
  id: string;
  label: string;
}

export interface NavMenuProps {
  /** The pages, the first one the app's home. */
  items: NavItem[];
  /** Opens a page inside the panel (no reload). */
  onOpen: (id: string) => void;
}

/** The page's URL in the panel's own routing: `/?page=<id>`, home at `/`. */
export const pageHref = (id: string, home: string): string =>
  id === home ? '/' : `/?page=${encodeURIComponent(id)}`;

/**
 * The admin's own navigation for the panel's pages (App Bridge `ui-nav-menu`): the admin draws
 * it beside the app and, when a link is chosen, clicks the link here, which the panel routes.
 * https://shopify.dev/docs/api/app-bridge-library/web-components/ui-nav-menu
 */
export function NavMenu({items, onOpen}: NavMenuProps) {
  const home = items[0]?.id ?? '';
  const click = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onOpen(id);
  };
  return (
    <ui-nav-menu>
      {items.map((item) => (
        <a
          key={item.id}
          href={pageHref(item.id, home)}
          rel={item.id === home ? 'home' : undefined}
          onClick={click(item.id)}
        >
          {item.label}
        </a>
      ))}
    </ui-nav-menu>
  );
}
