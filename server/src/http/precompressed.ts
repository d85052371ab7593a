import {existsSync} from 'node:fs';
import path from 'node:path';
import type {RequestHandler} from 'express';

/** The encodings the build writes beside each asset (web/vite.config.ts), best first. */
const ENCODINGS = [
  {name: 'br', ext: '.br'},
  {name: 'gzip', ext: '.gz'},
] as const;

/**
 * Serves `<asset>.br` or `<asset>.gz` when the browser accepts it, with Content-Encoding, the
 * asset's own Content-Type and `Vary: Accept-Encoding` (caches must not hand brotli to a browser
 * that asked for none). Anything else falls through to express.static.
 */
export function precompressed(dir: string): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = path.join(dir, path.normalize(req.path).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(dir + path.sep)) return next();
    res.vary('Accept-Encoding');
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const encoding = ENCODINGS.find(
      (e) => new RegExp(`\\b${e.name}\\b`).test(accepted) && existsSync(file + e.ext),
    );
    if (!encoding) return next();
    res.type(path.extname(file));
    res.set('Content-Encoding', encoding.name);
    res.sendFile(file + encoding.ext, {immutable: true, maxAge: '1y', headers: {}}, (error) => {
      if (error) next(error);
    });
  };
}
