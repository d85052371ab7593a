import type {Server} from 'node:http';
import type {Duplex} from 'node:stream';

/**
 * Requests Node's HTTP parser refuses before Express sees them (headers over 16 KiB, a malformed
 * request line) get the same `{ error: { code, message } }` body as every other refusal, instead of
 * Node's bare status line. As in Node's own handler, nothing is written once a response on that
 * connection has begun, and the connection is closed: after a parse error it cannot be reused.
 */
export function answerClientErrors(server: Server): Server {
  server.on(
    'clientError',
    (
      error: NodeJS.ErrnoException,
      socket: Duplex & {_httpMessage?: {headersSent?: boolean} | null},
    ) => {
      if (error.code !== 'ECONNRESET' && socket.writable && !socket._httpMessage?.headersSent) {
        const [status, reason, code, message] =
          error.code === 'HPE_HEADER_OVERFLOW'
            ? [
                431,
                'Request Header Fields Too Large',
                'headers_too_large',
                'Request headers (including the URL) are over 16 KiB',
              ]
            : error.code === 'HPE_HEADERS_TIMEOUT' || error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
              ? [408, 'Request Timeout', 'request_timeout', 'The request took too long to arrive']
              : [
                  400,
                  'Bad Request',
                  'malformed_request',
                  'The request could not be parsed as HTTP',
                ];
        const body = JSON.stringify({error: {code, message}});
        socket.write(
          `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      }
      socket.destroy(error);
    },
  );
  return server;
}
