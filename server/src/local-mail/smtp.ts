import {mkdirSync, writeFileSync} from 'node:fs';
import {randomBytes} from 'node:crypto';
import path from 'node:path';
import type {AddressInfo} from 'node:net';
import {SMTPServer} from 'smtp-server';

export interface LocalSmtpOptions {
  /** Where received messages are written, one `.eml` file each. */
  dir: string;
  port?: number;
  host?: string;
}

/**
 * A real SMTP server for local mode and tests (`npm run dev` starts it): it accepts every message
 * and keeps it as an .eml file, so anyone can read exactly what a customer would receive
 * (the panel's Outbox). Nothing is relayed. `failNext` makes it refuse messages the way real servers
 * do: 4xx (try again later) or 5xx (permanent).
 */
export async function startLocalSmtp({dir, port = 0, host = '127.0.0.1'}: LocalSmtpOptions) {
  mkdirSync(dir, {recursive: true});
  const refusals: {code: number; message: string}[] = [];
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 25 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const refusal = refusals.shift();
        if (refusal)
          return callback(Object.assign(new Error(refusal.message), {responseCode: refusal.code}));
        const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
        writeFileSync(path.join(dir, name), Buffer.concat(chunks));
        received++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.server.address() as AddressInfo;
  return {
    url: `smtp://${host}:${address.port}`,
    dir,
    get received() {
      return received;
    },
    failNext(code: number, message: string, times = 1) {
      for (let i = 0; i < times; i++) refusals.push({code, message});
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type LocalSmtp = Awaited<ReturnType<typeof startLocalSmtp>>;
