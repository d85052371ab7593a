import type {Models} from '../db/models';
import type {Logger} from '../logger';
import type {Metrics} from '../metrics';
import type {ShopsService} from '../shops';
import type {Numbering, CadenceRunner} from '../counting';
import type {TouchWriter} from '../touches/touches.service';
import type {JobQueue} from '../jobs';

/** What the webhook handlers need; built once in createApp. */
export interface IntakeDeps {
  models: Models;
  logger: Logger;
  metrics: Metrics;
  shops: ShopsService;
  numbering: Numbering;
  cadence: CadenceRunner;
  touches: TouchWriter;
  jobs: JobQueue;
  /** Deletes every stored Shopify session of a shop (app/uninstalled). */
  deleteSessions: (shop: string) => Promise<void>;
}
