/**
 * Writes docs/openapi.json from the shared contract (packages/contract, the route table) and the
 * request schemas that still sit beside their routes. `--check` fails when the file on disk differs
 * from what would be written (CI's drift check).
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {buildOpenApiDocument, type ExtraSchemas} from '@human-touch/contract/openapi';
import {issueGiftCardSchema} from '../server/src/gifts/issue';
import {emailInputSchema} from '../server/src/email/emails.service';
import {insightsQuerySchema, teamQuerySchema} from '../server/src/insights/insights.routes';
import {
  fitSchema,
  linkSchema,
  stickersSchema,
  testSheetQuery,
} from '../server/src/print/print.schema';
import {queueQuerySchema} from '../server/src/print/queue';
import {reorderSchema} from '../server/src/rules/rules.routes';
import {simulateSchema} from '../server/src/rules/simulate.routes';
import {settingsPatchSchema} from '../server/src/shops/settings.routes';
import {meSchema} from '../server/src/staff/me';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'docs', 'openapi.json');

const extra: ExtraSchemas = {
  'POST /api/rules/reorder': {body: reorderSchema},
  'POST /api/rules/simulate': {body: simulateSchema},
  'PATCH /api/settings': {body: settingsPatchSchema},
  'PUT /api/staff/me': {body: meSchema},
  'POST /api/touches/:id/gift-card': {body: issueGiftCardSchema},
  'POST /api/touches/:id/email': {body: emailInputSchema},
  'POST /api/touches/:id/email/preview': {body: emailInputSchema},
  'POST /api/print/stickers': {body: stickersSchema},
  'POST /api/print/fit': {body: fitSchema},
  'POST /api/print/links': {body: linkSchema},
  'GET /api/print/test-sheet': {query: testSheetQuery},
  'GET /api/print/queue': {query: queueQuerySchema},
  'GET /api/insights': {query: insightsQuerySchema},
  'GET /api/insights/team': {query: teamQuerySchema},
};

export function renderOpenApi(): string {
  const {version} = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  return `${JSON.stringify(buildOpenApiDocument(extra, version), null, 2)}\n`;
}

function main() {
  const text = renderOpenApi();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUT, 'utf8');
    } catch {
      // missing: reported as drift below
    }
    if (current !== text) {
      console.error('docs/openapi.json is out of date with the contract: run `npm run openapi`');
      process.exit(1);
    }
    console.log('docs/openapi.json is up to date');
    return;
  }
  writeFileSync(OUT, text);
  const paths = Object.keys((JSON.parse(text) as {paths: object}).paths).length;
  console.log(`wrote docs/openapi.json (${paths} paths)`);
}

if (require.main === module) main();
