export { Store, type ScenarioResults, type RunListRow } from './store.js';
export { resolveDatabaseLocation, DEFAULT_DATABASE, type DatabaseLocation } from './connection.js';
export type { Database } from './schema.js';
