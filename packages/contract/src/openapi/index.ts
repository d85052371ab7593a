/** The route table and the OpenAPI document built from it (`@human-touch/contract/openapi`). */
export * from './routes';
export * from './document';
