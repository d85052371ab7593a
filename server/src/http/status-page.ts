import type {RequestHandler} from 'express';
import type {Config} from '../config';

/** Until the Polaris panel lands (issue #4), `/` says what is running and where. */
export function statusPage(config: Config): RequestHandler {
  return (_req, res) => {
    res.type('html')
      .send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Human Touch</title></head>
<body style="font-family:system-ui;max-width:40rem;margin:3rem auto;line-height:1.5">
<h1>Human Touch</h1><p>Software picks the moment; a person does the touch.</p>
<p>The server is running at ${config.SHOPIFY_APP_URL}. Webhooks: <code>POST /api/webhooks</code>.
Health: <a href="/healthz">/healthz</a>, <a href="/readyz">/readyz</a>, <a href="/metrics">/metrics</a>.</p>
</body></html>`);
  };
}
