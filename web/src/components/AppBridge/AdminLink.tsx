import type {ReactNode} from 'react';
import {Link} from '@shopify/polaris';

/** The number at the end of an Admin GID (`gid://shopify/Order/123` → `123`), or null. */
export const gidNumber = (gid: string | null | undefined): string | null =>
  gid?.match(/^gid:\/\/shopify\/\w+\/(\d+)$/)?.[1] ?? null;

/** `shopify://admin/orders/<id>`: App Bridge opens it as the admin's own order page. */
export const adminOrderUrl = (orderGid: string): string | null => {
  const id = gidNumber(orderGid);
  return id ? `shopify://admin/orders/${id}` : null;
};

export const adminCustomerUrl = (customerGid: string): string | null => {
  const id = gidNumber(customerGid);
  return id ? `shopify://admin/customers/${id}` : null;
};

export interface AdminLinkProps {
  /** An order or customer GID. */
  gid: string | null | undefined;
  children: ReactNode;
}

/**
 * A link that opens the order or customer in Shopify admin; plain text when the id is not an
 * Admin GID. https://shopify.dev/docs/api/app-home/apis/navigation
 */
export function AdminLink({gid, children}: AdminLinkProps) {
  const url = gid ? (/\/Customer\//.test(gid) ? adminCustomerUrl(gid) : adminOrderUrl(gid)) : null;
  if (!url) return <>{children}</>;
  // A row that opens on click (the queue's) must not take the click meant for the admin.
  return (
    <span onClick={(event) => event.stopPropagation()}>
      <Link url={url} removeUnderline>
        {children}
      </Link>
    </span>
  );
}
