import {describeError, selectedOrderIds, type HumanTouchClient} from './human-touch-api';

/** What a print action shows: the PDF to print, or why there is nothing to print. */
export type PrintSource =
  {src: string; expiresAt: string; orders: number} | {src: null; message: string};

export const MAX_ORDERS_PER_PRINT = 250;

/**
 * The print action's source for the selected orders: a signed link to their stickers (valid
 * minutes, for these orders and this shop only), or a message instead of an empty preview.
 */
export async function printSourceFor(
  client: HumanTouchClient,
  selected: readonly {id: string}[],
): Promise<PrintSource> {
  const orderIds = selectedOrderIds(selected);
  if (orderIds.length === 0)
    return {src: null, message: 'Select at least one order to print its stickers.'};
  if (orderIds.length > MAX_ORDERS_PER_PRINT)
    return {src: null, message: `Select at most ${MAX_ORDERS_PER_PRINT} orders at a time.`};
  try {
    const link = await client.printLink(orderIds);
    return {src: link.url, expiresAt: link.expiresAt, orders: orderIds.length};
  } catch (error) {
    return {src: null, message: describeError(error)};
  }
}
