import type {TouchKind} from '../cadence/types';

export type Arm = 'touched' | 'held_out' | 'untouched';
/** One customer entering one comparison: at their first fired touch of that kind (or, for `overall`, their first fired touch of any kind; untouched: their first counted order, kind null). */
export interface CohortEntry {
  customerGid: string;
  arm: Arm;
  kind: TouchKind | null;
  indexAt: Date;
  indexOrderGid: string;
}
/** A counted order of a customer; revenue already net of refunds (0 when cancelled), in the shop's currency. */
export interface CustomerOrder {
  customerGid: string;
  orderGid: string;
  at: Date;
  revenue: number;
  cancelled?: boolean;
  /** A point-of-sale order (the shop may count these without touching them). */
  pos?: boolean;
}
export type WindowDays = 30 | 60 | 90 | 180;
