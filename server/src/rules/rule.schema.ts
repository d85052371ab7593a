// The request schema lives in the shared contract; this re-export keeps the domain's imports.
export * from '@human-touch/contract/schemas';
