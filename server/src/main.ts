import type {Server} from 'node:http';
import {loadConfig, ConfigError} from './config';
import {createLogger, type Logger} from './logger';
import {connectDb} from './db/connect';
import {syncIndexes} from './db/models';
import {createContainer, type Container} from './container';
import {createApp} from './app';
import {answerClientErrors} from './http/client-errors';

const SECRET_VARS = new Set(['SHOPIFY_API_SECRET', 'ENCRYPTION_KEY']);

/** The defaulted variables and their values, secrets shown only as "(local default)". */
function describeDefaults(config: Record<string, unknown>, names: string[]) {
  return Object.fromEntries(
    names.map((n) => [n, SECRET_VARS.has(n) ? '(local default)' : config[n]]),
  );
}

/** Stop accepting, let in-flight requests and the current job finish, then close the database. */
function gracefulShutdown(server: Server, c: Container, logger: Logger) {
  let closing = false;
  return async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({signal}, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    await c.worker.stop();
    await c.cadence.idle();
    await c.numbering.flush().catch(() => undefined);
    await c.shopify.sessionStorage.disconnect().catch(() => undefined);
    await c.conn.close();
    clearTimeout(force);
    process.exit(0);
  };
}

async function main() {
  const {config, defaulted} = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  if (defaulted.length)
    logger.info(
      {defaults: describeDefaults(config, defaulted)},
      'local mode: these variables took their documented defaults',
    );
  const conn = await connectDb(config.MONGODB_URI);
  const container = createContainer({config, logger, conn});
  await syncIndexes(container.models);
  const app = createApp(container);
  const server = answerClientErrors(
    app.listen(config.PORT, () => {
      logger.info({url: config.SHOPIFY_APP_URL, port: config.PORT}, 'Human Touch is listening');
    }),
  );
  if (config.RUN_WORKER) container.worker.start();
  const shutdown = gracefulShutdown(server, container, logger);
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('unhandledRejection', (reason) => logger.error({err: reason}, 'unhandled rejection'));
  process.on('uncaughtException', (error) => {
    logger.fatal({err: error}, 'uncaught exception');
    void shutdown('uncaughtException');
  });
}

main().catch((error) => {
  // Before the logger exists (bad config), stderr is the only voice we have.
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : (error?.stack ?? error)}\n`,
  );
  process.exit(1);
});
