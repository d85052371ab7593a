import {readFileSync} from 'node:fs';
import path from 'node:path';
import {ERROR_CODES} from '@human-touch/contract';
import {ROUTES, routeKey} from '@human-touch/contract/openapi';
import {
  staffMemberSchema,
  summarySchema,
  touchPageSchema,
  touchSchema,
} from '@human-touch/contract/schemas';
import {z} from 'zod';
import {renderOpenApi} from '../../scripts/openapi';
import {createApp} from '../src/app';
import {api, shopWithOrders} from './support/shop-flow';
import {routesOf} from './support/routes';
import {startTestApp, type TestApp} from './support/test-app';

const DOC = path.resolve(__dirname, '../../docs/openapi.json');
const shop = 'openapi-contract.myshopify.com';
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await shopWithOrders(app, shop, 20);
}, 180_000);
afterAll(() => app.close());

const asOpenApi = (p: string) => p.replace(/:([A-Za-z]+)/g, '{$1}');

describe('the OpenAPI document and the routers', () => {
  it('when the app is built, then every route it serves is in the route table and no other', () => {
    const served = [...new Set(routesOf(createApp(app.c)).map(routeKey))].sort();
    const documented = ROUTES.map(routeKey).sort();
    expect(documented).toEqual(served);
    expect(new Set(documented).size).toBe(documented.length);
  });

  it('when docs/openapi.json is read, then it has every route, at least 30 paths, and is current', () => {
    const doc = JSON.parse(readFileSync(DOC, 'utf8')) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const inDoc = Object.entries(doc.paths)
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
      .sort();
    const served = [...new Set(routesOf(createApp(app.c)).map(routeKey))]
      .map((k) => k.replace(/ (.*)$/, (_m, p: string) => ` ${asOpenApi(p)}`))
      .sort();
    expect(inDoc).toEqual(served);
    expect(Object.keys(doc.paths).length).toBeGreaterThanOrEqual(30);
    expect(readFileSync(DOC, 'utf8')).toBe(renderOpenApi());
  });

  it('when a route lists an error code, then the code is in the shared table', () => {
    for (const r of ROUTES)
      for (const code of r.errors ?? []) expect(ERROR_CODES).toHaveProperty(code);
  });
});

describe('the answers, checked against the contract schemas', () => {
  const strict = <T extends z.ZodType>(schema: T, body: unknown) => {
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
    return parsed.data;
  };

  it('when the panel lists touches and reads one, then both answers match the Touch schema', async () => {
    const page = await api(app, shop, 'GET', '/api/touches?limit=50');
    expect(page.status).toBe(200);
    const parsed = strict(touchPageSchema, page.body);
    expect(parsed.touches.length).toBeGreaterThan(0);
    const one = await api(app, shop, 'GET', `/api/touches/${parsed.touches[0]!.id}`);
    strict(z.object({touch: touchSchema}), one.body);
  });

  it('when the team and the summary are read, then they match the StaffMember and Summary schemas', async () => {
    expect((await api(app, shop, 'POST', '/api/staff', {name: 'Robin'})).status).toBe(201);
    strict(
      z.object({staff: z.array(staffMemberSchema)}),
      (await api(app, shop, 'GET', '/api/staff')).body,
    );
    strict(summarySchema, (await api(app, shop, 'GET', '/api/summary')).body);
  });

  it('when a request is refused, then the code is in the shared table', async () => {
    const res = await api(app, shop, 'PATCH', '/api/touches/000000000000000000000000', {
      status: 'nonsense',
    });
    expect(res.status).toBe(400);
    expect(ERROR_CODES).toHaveProperty(res.body.error.code);
  });
});
