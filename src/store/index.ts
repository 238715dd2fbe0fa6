export { Store, type ScenarioResults, type RunListRow, type StoreOptions } from './store.js';
export { resolveDatabaseLocation, DEFAULT_DATABASE, type DatabaseLocation } from './connection.js';
export type { Database } from './schema.js';
export type { AuditQuery } from './audit.js';
export {
  canonicalJson,
  eventHash,
  payloadHash,
  verifyChain,
  GENESIS_HASH,
  type ChainRow,
} from './audit-chain.js';
export { ContentCipher } from './crypto.js';
export { API_KEY_PREFIX } from './api-keys.js';
export {
  normalizeUsername,
  type NewUser,
  type SessionRecord,
  type UserChanges,
  type UserCredentials,
} from './accounts.js';
export { NOTIFICATION_LEASE_MS } from './notifications.js';
export type { NewDraft } from './drafts.js';
export {
  API_KEY_SCOPES,
  AUDIT_PROBLEM_KINDS,
  NOTIFICATION_TYPES,
  type ApiKeyRecord,
  type ApiKeyScope,
  type AuditInput,
  type AuditProblem,
  type AuditProblemKind,
  type AuditVerification,
  type ConversationRecord,
  type Notification,
  type NotificationStatus,
  type NotificationType,
  type StoredMessage,
  type TurnEscalation,
  type TurnRecord,
  type TurnSummary,
  type TurnWriteResult,
} from './records.js';
