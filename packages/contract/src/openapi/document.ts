import {z} from 'zod';
import {ERROR_CODES, type ErrorCode} from '../errors';
import {
  errorBodySchema,
  giftCardSchema,
  stageRecordSchema,
  staffMemberSchema,
  touchSchema,
} from '../schemas/responses';
import {ROUTES, routeKey, type RouteDoc} from './routes';

/** Request schemas that still live beside their route in the server, keyed `METHOD /path`. */
export type ExtraSchemas = Record<string, {query?: z.ZodType; body?: z.ZodType}>;

const COMMON_ERRORS = ['bad_request', 'validation_failed', 'unauthorized', 'not_found'] as const;
const SECURITY: Record<RouteDoc['auth'], object[]> = {
  session: [{sessionToken: []}],
  webhook_hmac: [{webhookHmac: []}],
  signed_link: [],
  none: [],
};

const pascal = (s: string) =>
  s
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
const componentName = (r: RouteDoc, part: string) =>
  `${pascal(r.method)}${pascal(r.path.replace(/:([A-Za-z]+)/g, 'by $1')) || 'Root'}${part}`;
const openApiPath = (p: string) => p.replace(/:([A-Za-z]+)/g, '{$1}');
const ref = (name: string) => ({$ref: `#/components/schemas/${name}`});

/** Named JSON Schemas of a registry, as OpenAPI 3.1 components (JSON Schema 2020-12). */
function components(registry: z.core.$ZodRegistry<{id: string}>, io: 'input' | 'output') {
  const {schemas} = z.toJSONSchema(registry, {
    io,
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  }) as {schemas: Record<string, Record<string, unknown>>};
  for (const s of Object.values(schemas)) {
    delete s.$schema;
    delete s.$id;
  }
  return schemas;
}

function queryParameters(schema: z.ZodType) {
  const json = z.toJSONSchema(schema, {io: 'input', unrepresentable: 'any'}) as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: s,
  }));
}

/** The OpenAPI 3.1 document of every route in ROUTES. */
export function buildOpenApiDocument(extra: ExtraSchemas = {}, version = '0.1.0') {
  const requests = z.registry<{id: string}>();
  const responses = z.registry<{id: string}>();
  // Shared shapes are components of their own, referenced wherever they appear.
  responses.add(errorBodySchema, {id: 'Error'});
  responses.add(touchSchema, {id: 'Touch'});
  responses.add(stageRecordSchema, {id: 'StageRecord'});
  responses.add(staffMemberSchema, {id: 'StaffMember'});
  responses.add(giftCardSchema, {id: 'GiftCard'});
  const named = (registry: z.core.$ZodRegistry<{id: string}>, schema: z.ZodType, id: string) => {
    if (!registry.has(schema)) registry.add(schema, {id});
    return registry.get(schema)!.id;
  };
  const paths: Record<string, Record<string, unknown>> = {};
  const unknownExtra = Object.keys(extra).filter((k) => !ROUTES.some((r) => routeKey(r) === k));
  if (unknownExtra.length)
    throw new Error(`schemas for unknown routes: ${unknownExtra.join(', ')}`);

  for (const r of ROUTES) {
    const more = extra[routeKey(r)] ?? {};
    const body = r.body ?? more.body;
    const query = r.query ?? more.query;
    const params = [...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: {type: 'string'},
    }));
    let requestBody: object | undefined;
    if (body && 'contentType' in body && !(body instanceof z.ZodType))
      requestBody = {
        required: true,
        description: body.description,
        content: {[body.contentType]: {schema: {}}},
      };
    else if (body) {
      const name = named(requests, body as z.ZodType, componentName(r, 'Request'));
      requestBody = {required: true, content: {'application/json': {schema: ref(name)}}};
    }
    const ok: Record<string, unknown> = {description: r.response.description};
    if (r.response.schema) {
      const name = named(responses, r.response.schema, componentName(r, 'Response'));
      ok.content = {'application/json': {schema: ref(name)}};
    } else if (r.response.contentType) ok.content = {[r.response.contentType]: {}};
    const codes = [
      ...new Set<ErrorCode>([...(r.auth === 'none' ? [] : COMMON_ERRORS), ...(r.errors ?? [])]),
    ];
    const byStatus = new Map<number, ErrorCode[]>();
    for (const code of codes) {
      const {status} = ERROR_CODES[code];
      byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
    }
    const errors = Object.fromEntries(
      [...byStatus].map(([status, list]) => [
        String(status),
        {
          description: list.map((c) => `\`${c}\`: ${ERROR_CODES[c].meaning}`).join(' '),
          content: {'application/json': {schema: ref('Error')}},
        },
      ]),
    );
    (paths[openApiPath(r.path)] ??= {})[r.method] = {
      tags: [r.tag],
      summary: r.summary,
      operationId: componentName(r, ''),
      security: SECURITY[r.auth],
      parameters: [...params, ...(query ? queryParameters(query) : [])],
      ...(requestBody ? {requestBody} : {}),
      responses: {[String(r.response.status)]: ok, ...errors},
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Human Touch',
      version,
      description:
        'The JSON API of the Human Touch app: the panel, the admin extensions and Shopify ' +
        '(webhooks) call it. Generated from @human-touch/contract by `npm run openapi`; ' +
        'docs/API.md has the longer prose. Every refusal is `{ "error": { "code", "message" } }` ' +
        'with a code from the shared table.',
    },
    servers: [{url: '/', description: 'The app (SHOPIFY_APP_URL)'}],
    components: {
      securitySchemes: {
        sessionToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            "App Bridge's session token: HS256 signed with SHOPIFY_API_SECRET, aud = " +
            'SHOPIFY_API_KEY, dest = https://{shop}. The shop comes only from the verified token.',
        },
        webhookHmac: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Shopify-Hmac-Sha256',
          description: 'Base64 HMAC-SHA256 of the raw body with SHOPIFY_API_SECRET',
        },
      },
      schemas: {...components(requests, 'input'), ...components(responses, 'output')},
    },
    paths,
  };
}
