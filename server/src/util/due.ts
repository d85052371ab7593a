/**
 * When a touch is due: before the parcel ships, a day after the order unless the shop says
 * otherwise. Pure arithmetic shared by intake, the cadence batch and the touches domain, so none
 * of them imports another for it.
 */
export const DEFAULT_DUE_WITHIN_HOURS = 24;

export const dueAfter = (orderCreatedAt: Date, hours = DEFAULT_DUE_WITHIN_HOURS) =>
  new Date(orderCreatedAt.getTime() + hours * 3_600_000);
