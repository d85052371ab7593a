import type {RequestHandler} from 'express';
import type {Metrics} from '../metrics';

/** Request latency per matched route (never the raw path: ids would explode the label set). */
export function requestMetrics(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const end = metrics.httpDuration.startTimer();
    res.on('finish', () => {
      const route =
        (req.route?.path as string | undefined) ??
        (res.statusCode === 404 ? 'unmatched' : req.path.split('/').slice(0, 3).join('/'));
      end({method: req.method, route, status: String(res.statusCode)});
    });
    next();
  };
}
