import '@shopify/ui-extensions/preact';
import {render} from 'preact';
import {PrintStickers} from '../../shared/PrintStickers';

declare const shopify: import('@shopify/ui-extensions/admin.order-index.selection-print-action.render').Api;

/** The order list's Print menu for the selected orders: their stickers in one PDF. */
export default async () => {
  render(<PrintStickers api={shopify} />, document.body);
};
