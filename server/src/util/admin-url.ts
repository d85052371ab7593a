/**
 * The Shopify admin page of a resource, from its GID: `shopify://admin/orders/<id>` opens the order
 * in the admin around an embedded app (and in a new tab elsewhere). Null for a GID it cannot read.
 */
export function adminUrl(gid: string): string | null {
  const m = /^gid:\/\/shopify\/(Order|Customer|Product)\/(\d+)$/.exec(gid);
  if (!m) return null;
  const path = {Order: 'orders', Customer: 'customers', Product: 'products'}[m[1] as 'Order'];
  return `shopify://admin/${path}/${m[2]}`;
}
