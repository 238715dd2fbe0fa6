import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { TandemError } from '../core/index.js';
import { appendAuditEvents, lockAudit } from './audit.js';
import { API_KEY_SCOPES, type ApiKeyRecord, type ApiKeyScope } from './records.js';
import type { ApiKeysTable, Database } from './schema.js';

export const API_KEY_PREFIX = 'tdm_';
// `tdm_` + base64url of 32 random bytes (43 characters, no padding).
const SECRET_PATTERN = /^tdm_[A-Za-z0-9_-]{43}$/;
const SHOWN_PREFIX = API_KEY_PREFIX.length + 6;

function secretHash(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

export async function createApiKey(
  db: Kysely<Database>,
  opts: {
    name: string;
    ratePerMinute?: number;
    scopes?: readonly ApiKeyScope[];
    at: string;
    actor?: string;
  },
): Promise<{ key: ApiKeyRecord; secret: string }> {
  const name = opts.name.trim();
  if (name === '') throw new TandemError('KEY_INVALID', 'an API key needs a non-empty name');
  if (
    opts.ratePerMinute !== undefined &&
    (!Number.isInteger(opts.ratePerMinute) || opts.ratePerMinute < 1)
  )
    throw new TandemError(
      'KEY_INVALID',
      `ratePerMinute must be a positive integer, got ${opts.ratePerMinute}`,
    );
  const scopes: string[] = [...new Set<string>(opts.scopes ?? ['gateway'])];
  const unknownScope = scopes.find((s) => !(API_KEY_SCOPES as readonly string[]).includes(s));
  if (scopes.length === 0 || unknownScope !== undefined)
    throw new TandemError(
      'KEY_INVALID',
      `scopes must be one or more of ${API_KEY_SCOPES.join(', ')}, got ${unknownScope ?? 'none'}`,
    );
  const secret = API_KEY_PREFIX + randomBytes(32).toString('base64url');
  const row: Selectable<ApiKeysTable> = {
    id: `key_${randomUUID().replace(/-/g, '').slice(0, 16)}`,
    name,
    secret_hash: secretHash(secret).toString('hex'),
    prefix: secret.slice(0, SHOWN_PREFIX),
    rate_per_minute: opts.ratePerMinute ?? null,
    scopes: JSON.stringify(scopes),
    created_at: opts.at,
    revoked_at: null,
  };
  await db.transaction().execute(async (trx) => {
    await lockAudit(trx);
    await trx.insertInto('api_keys').values(row).execute();
    await appendAuditEvents(
      trx,
      [
        {
          actor: opts.actor ?? 'admin',
          type: 'key.created',
          payload: { keyId: row.id, ratePerMinute: row.rate_per_minute, scopes },
        },
      ],
      opts.at,
    );
  });
  return { key: keyFromRow(row), secret };
}

/**
 * The active key with this secret. The lookup goes through the index on the secret's sha256 (a
 * hash of 256 random bits reveals nothing through timing); the final comparison of hashes is
 * constant-time all the same.
 */
export async function findApiKeyBySecret(
  db: Kysely<Database>,
  secret: string,
): Promise<ApiKeyRecord | undefined> {
  if (!SECRET_PATTERN.test(secret)) return undefined;
  const presented = secretHash(secret);
  const row = await db
    .selectFrom('api_keys')
    .selectAll()
    .where('secret_hash', '=', presented.toString('hex'))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const stored = Buffer.from(row.secret_hash, 'hex');
  return stored.length === presented.length && timingSafeEqual(stored, presented)
    ? keyFromRow(row)
    : undefined;
}

export async function listApiKeys(db: Kysely<Database>): Promise<ApiKeyRecord[]> {
  const rows = await db
    .selectFrom('api_keys')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(keyFromRow);
}

/** Revokes a key at once; revoking it again keeps the first revocation time. */
export async function revokeApiKey(
  db: Kysely<Database>,
  id: string,
  at: string,
  actor = 'admin',
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockAudit(trx);
    const row = await trx
      .selectFrom('api_keys')
      .select(['id', 'revoked_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new TandemError('KEY_INVALID', `no API key "${id}"; see \`tandem keys list\``);
    if (row.revoked_at !== null) return;
    await trx.updateTable('api_keys').set({ revoked_at: at }).where('id', '=', id).execute();
    await appendAuditEvents(trx, [{ actor, type: 'key.revoked', payload: { keyId: id } }], at);
  });
}

function keyFromRow(r: Selectable<ApiKeysTable>): ApiKeyRecord {
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    ...(r.rate_per_minute === null ? {} : { ratePerMinute: r.rate_per_minute }),
    scopes: (JSON.parse(r.scopes) as string[]).filter((s): s is ApiKeyScope =>
      (API_KEY_SCOPES as readonly string[]).includes(s),
    ),
    createdAt: r.created_at,
    ...(r.revoked_at === null ? {} : { revokedAt: r.revoked_at }),
  };
}
