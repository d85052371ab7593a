import {NotFoundError} from '../errors';
import type {ShopsService} from '../shops';
import {LinkRefusedError} from './errors';
import type {LinkSigner} from './links';
import type {LinkRequest} from './print.schema';
import type {PrintService} from './print.service';

type Deps = {signer: LinkSigner; shops: ShopsService; print: PrintService; appUrl: string};

/**
 * Short-lived signed links to a sticker PDF, for Shopify admin's print actions: the extension asks
 * for one (with its session token) and hands the URL to the admin, which fetches it without one.
 */
export function createPrintLinks({signer, shops, print, appUrl}: Deps) {
  /** Checks now that the orders print (404/422 otherwise), then signs the link. */
  async function create(shop: string, userId: string | null, r: LinkRequest) {
    const stock = r.stock ?? (await shops.ensureShop(shop)).labelStock;
    await print.plan(shop, {orderIds: r.orderIds, stock, reprint: true});
    const {token, expiresAt} = signer.sign({shop, orderIds: r.orderIds, stock, userId});
    return {url: `${appUrl}/print/links/${token}`, expiresAt: expiresAt.toISOString()};
  }

  /**
   * What a link prints: every sticker of its orders, printed before or not (the merchant asked for
   * this order's print explicitly). 403 for a link we did not sign, one changed or expired, one
   * opened for another shop (`shop` in the query), or a shop that is gone.
   */
  async function open(token: string, shopInQuery: unknown) {
    const grant = signer.verify(token);
    if (!grant || (shopInQuery !== undefined && shopInQuery !== grant.shop))
      throw new LinkRefusedError();
    const shop = await shops.getShop(grant.shop);
    if (!shop || shop.uninstalledAt) throw new LinkRefusedError();
    const plan = await print
      .plan(grant.shop, {orderIds: grant.orderIds, stock: grant.stock, reprint: true})
      .catch((error) => {
        throw error instanceof NotFoundError
          ? new LinkRefusedError('This print link is not valid for these orders')
          : error;
      });
    return {grant, plan};
  }

  return {create, open};
}

export type PrintLinks = ReturnType<typeof createPrintLinks>;
