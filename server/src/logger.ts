import pino, {type Logger} from 'pino';

export type {Logger};

/**
 * Structured logs. Redaction is a second line of defence: code never passes secrets,
 * tokens or gift card codes to the logger in the first place.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: {app: 'human-touch'},
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers["x-shopify-hmac-sha256"]',
          '*.accessToken',
          '*.code',
          '*.email',
          'accessToken',
          'code',
          'email',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
