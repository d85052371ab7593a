/**
 * The contract shared by the server, the panel and the admin extensions, imported by name
 * (`@human-touch/contract`). This entry has no dependencies, so the panel and the extensions
 * bundle only what they use; the zod schemas are under `@human-touch/contract/schemas`.
 */
export * from './kinds';
export * from './errors';
export * from './be-human/similarity';
export {PROMPTS} from './be-human/prompts';
