/** Zod schemas of the API's requests and responses (types are inferred from them). */
export * from './rule';
export * from './staff';
export * from './touches';
export * from './responses';
export * from './plain-text';
