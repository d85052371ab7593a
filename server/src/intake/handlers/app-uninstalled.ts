import type {IntakeDeps} from '../deps';
import type {TopicHandler} from '../types';

/** app/uninstalled: drop the shop's sessions and stop acting on its order webhooks. Data stays until shop/redact. */
export function appUninstalledHandler(deps: IntakeDeps): TopicHandler<null> {
  return {
    parse: () => null,
    subject: () => null,
    ignoreWhenUninstalled: false,
    async process({shop}) {
      await deps.deleteSessions(shop);
      await deps.shops.markUninstalled(shop);
    },
  };
}
