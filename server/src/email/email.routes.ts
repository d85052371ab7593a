import {Router} from 'express';
import {parseWith} from '../util/parse-json';
import {NotFoundError} from '../errors';
import {createMailbox} from '../local-mail/mailbox';
import {emailInputSchema, type Emails} from './emails.service';

/** Writing and sending a touch's personal email. */
export function emailRouter({emails}: {emails: Emails}): Router {
  const router = Router();
  router.post('/api/touches/:id/email/preview', async (req, res) => {
    res
      .set('Cache-Control', 'no-store')
      .json(
        await emails.preview(
          res.locals.shop,
          String(req.params.id),
          parseWith(emailInputSchema, req.body ?? {}),
        ),
      );
  });
  router.post('/api/touches/:id/email', async (req, res) => {
    res
      .status(202)
      .json(
        await emails.queue(
          res.locals.shop,
          String(req.params.id),
          parseWith(emailInputSchema, req.body ?? {}),
          res.locals.userId ?? null,
        ),
      );
  });
  return router;
}

/**
 * Local mode only: what the local SMTP server received, so anyone can read exactly what a customer
 * would get. Without LOCAL_MAIL_DIR (production) these routes answer 404.
 */
export function outboxRouter({mailDir}: {mailDir: string | undefined}): Router {
  const router = Router();
  if (!mailDir) return router;
  const mailbox = createMailbox(mailDir);
  router.get('/api/dev/outbox', async (_req, res) => {
    res.json({messages: await mailbox.list()});
  });
  router.get('/api/dev/outbox/:id', async (req, res) => {
    const message = await mailbox.read(String(req.params.id));
    if (!message) throw new NotFoundError('No such message');
    res.json(message);
  });
  return router;
}
