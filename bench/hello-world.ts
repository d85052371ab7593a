/** The baseline: a bare Express 5 app that acknowledges a POST, on the same machine and Node. */
import express from 'express';

const app = express();
app.post('/api/webhooks', express.raw({type: () => true, limit: '10mb'}), (_req, res) => {
  res.json({ok: true});
});
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
});
