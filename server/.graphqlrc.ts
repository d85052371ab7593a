import {ApiType, shopifyApiProject} from '@shopify/api-codegen-preset';

/**
 * GraphQL codegen for the Admin API operations (`npm run codegen`). The schema is Shopify's
 * published one for the pinned version, written by scripts/codegen.ts from @shopify/dev-mcp
 * to src/admin-api/types/admin-2026-10.schema.json (git-ignored), which the preset uses
 * instead of downloading it. Keep apiVersion equal to API_VERSION (a test checks).
 */
export default {
  projects: {
    default: shopifyApiProject({
      apiType: ApiType.Admin,
      apiVersion: '2026-10',
      documents: ['./src/**/*.queries.ts', './src/admin-api/queries.ts'],
      outputDir: './src/admin-api/types',
    }),
  },
};
