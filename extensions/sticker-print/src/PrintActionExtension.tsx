import '@shopify/ui-extensions/preact';
import {render} from 'preact';
import {PrintStickers} from '../../shared/PrintStickers';

declare const shopify: import('@shopify/ui-extensions/admin.order-details.print-action.render').Api;

/** The order page's Print menu: this order's stickers. */
export default async () => {
  render(<PrintStickers api={shopify} />, document.body);
};
