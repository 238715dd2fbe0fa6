import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import {
  ACCOUNT_ROLES,
  AccountError,
  TandemError,
  USERNAME_PATTERN,
  type AccountRole,
  type ConsoleUser,
} from '../core/index.js';
import { appendAuditEvents, lockAudit } from './audit.js';
import type { AuditInput } from './records.js';
import type { Database, SessionsTable, UsersTable } from './schema.js';

/**
 * Console accounts, their sessions and the one-time setup tokens. Secrets (session ids, setup
 * tokens) are generated here and only their sha256 is stored, like API keys. Password hashes are
 * made by the caller (`src/server/passwords.ts`, async scrypt) and stored as given. Every change
 * to an account is appended to the audit chain in the same transaction; no event carries a
 * password or a hash.
 */

type Executor = Kysely<Database> | Transaction<Database>;

// base64url of 32 random bytes (43 characters).
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export interface UserCredentials {
  user: ConsoleUser;
  passwordHash: string;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: AccountRole;
  passwordHash: string;
}

export interface UserChanges {
  role?: AccountRole;
  displayName?: string;
  disabled?: boolean;
  passwordHash?: string;
}

export interface SessionRecord {
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function listUsers(db: Executor): Promise<ConsoleUser[]> {
  const rows = await db
    .selectFrom('users')
    .selectAll()
    .orderBy('created_at')
    .orderBy('username')
    .execute();
  return rows.map(userFromRow);
}

export async function getUser(db: Executor, id: string): Promise<ConsoleUser | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? userFromRow(row) : undefined;
}

/** The account and its password hash, for signing in; usernames are matched case-insensitively. */
export async function findCredentials(
  db: Executor,
  username: string,
): Promise<UserCredentials | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', normalizeUsername(username))
    .executeTakeFirst();
  return row ? { user: userFromRow(row), passwordHash: row.password_hash } : undefined;
}

export async function createUser(
  db: Kysely<Database>,
  user: NewUser,
  at: string,
  actor: string,
): Promise<ConsoleUser> {
  return db.transaction().execute(async (trx) => {
    await lockAudit(trx);
    return insertUser(trx, user, at, actor, 'user.created');
  });
}

/** A one-time setup token, valid for `ttlMs`; only its hash is stored. */
export async function createSetupToken(
  db: Kysely<Database>,
  at: string,
  ttlMs: number,
): Promise<{ token: string; expiresAt: string }> {
  const token = newSecret();
  const expiresAt = new Date(Date.parse(at) + ttlMs).toISOString();
  await db
    .insertInto('setup_tokens')
    .values({ token_hash: sha256Hex(token), created_at: at, expires_at: expiresAt, used_at: null })
    .execute();
  return { token, expiresAt };
}

/**
 * Creates the first admin with a setup token, in one transaction: refused once any account exists
 * (`setup_done`), or when the token is unknown, used or expired (`setup_token_invalid`). The token
 * is spent even if creating the account fails later for another reason.
 */
export async function completeSetup(
  db: Kysely<Database>,
  token: string,
  user: Omit<NewUser, 'role'>,
  at: string,
): Promise<ConsoleUser> {
  return db.transaction().execute(async (trx) => {
    await lockAudit(trx);
    if ((await countUsers(trx)) > 0)
      throw new AccountError('setup_done', 'setup is done: an account already exists; sign in');
    const row = SECRET_PATTERN.test(token)
      ? await trx
          .selectFrom('setup_tokens')
          .selectAll()
          .where('token_hash', '=', sha256Hex(token))
          .executeTakeFirst()
      : undefined;
    const presented = Buffer.from(sha256Hex(token), 'hex');
    const valid =
      row !== undefined &&
      timingSafeEqual(Buffer.from(row.token_hash, 'hex'), presented) &&
      row.used_at === null &&
      row.expires_at > at;
    if (!valid)
      throw new AccountError(
        'setup_token_invalid',
        'the setup link is invalid, expired or already used; restart `tandem serve` for a new one',
      );
    await trx
      .updateTable('setup_tokens')
      .set({ used_at: at })
      .where('token_hash', '=', row.token_hash)
      .execute();
    return insertUser(
      trx,
      { ...user, role: 'admin' },
      at,
      `user:${normalizeUsername(user.username)}`,
      'account.setup',
    );
  });
}

/**
 * Changes an account. Disabling it or changing its password ends its sessions. The last active
 * admin can be neither disabled nor given another role (`last_admin`), so the console can always
 * be administered.
 */
export async function updateUser(
  db: Kysely<Database>,
  id: string,
  changes: UserChanges,
  at: string,
  actor: string,
): Promise<ConsoleUser> {
  return db.transaction().execute(async (trx) => {
    await lockAudit(trx);
    const row = await trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AccountError('user_not_found', `no account with id "${id}"`);
    const before = userFromRow(row);
    const role = changes.role ?? before.role;
    const disabled = changes.disabled ?? before.disabled;
    const losesAdmin =
      before.role === 'admin' && !before.disabled && (role !== 'admin' || disabled);
    if (losesAdmin && (await countActiveAdmins(trx)) <= 1)
      throw new AccountError(
        'last_admin',
        `${before.username} is the last active admin: make another account admin first`,
      );

    const events: AuditInput[] = [];
    const subject = { userId: id, username: before.username };
    if (role !== before.role)
      events.push({
        actor,
        type: 'user.role_changed',
        payload: { ...subject, from: before.role, to: role },
      });
    const displayName = changes.displayName?.trim() ?? before.displayName;
    if (displayName !== before.displayName)
      events.push({ actor, type: 'user.renamed', payload: subject });
    if (disabled !== before.disabled)
      events.push({ actor, type: disabled ? 'user.disabled' : 'user.enabled', payload: subject });
    if (changes.passwordHash !== undefined)
      events.push({ actor, type: 'user.password_changed', payload: subject });
    if (events.length === 0) return before;

    await trx
      .updateTable('users')
      .set({
        role,
        display_name: displayName,
        disabled_at: disabled ? (row.disabled_at ?? at) : null,
        ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
    if ((disabled && !before.disabled) || changes.passwordHash !== undefined)
      await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await appendAuditEvents(trx, events, at);
    return { ...before, role, displayName, disabled };
  });
}

/** Starts a session; returns the id for the cookie (never stored) and the CSRF token. */
export async function createSession(
  db: Kysely<Database>,
  userId: string,
  at: string,
  expiresAt: string,
): Promise<{ sessionId: string; session: SessionRecord }> {
  const sessionId = newSecret();
  const session: SessionRecord = {
    userId,
    csrfToken: newSecret(),
    createdAt: at,
    expiresAt,
    lastSeenAt: at,
  };
  // Sweeping ended sessions here keeps the table small without a timer.
  await db.deleteFrom('sessions').where('expires_at', '<=', at).execute();
  await db
    .insertInto('sessions')
    .values({
      id_hash: sha256Hex(sessionId),
      user_id: userId,
      csrf_token: session.csrfToken,
      created_at: at,
      expires_at: expiresAt,
      last_seen_at: at,
    })
    .execute();
  return { sessionId, session };
}

export async function findSession(
  db: Executor,
  sessionId: string,
): Promise<{ session: SessionRecord; user: ConsoleUser } | undefined> {
  if (!SECRET_PATTERN.test(sessionId)) return undefined;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select([
      'sessions.id_hash',
      'sessions.user_id',
      'sessions.csrf_token',
      'sessions.created_at as session_created_at',
      'sessions.expires_at',
      'sessions.last_seen_at',
    ])
    .where('sessions.id_hash', '=', sha256Hex(sessionId))
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    session: sessionFromRow({ ...row, created_at: row.session_created_at }),
    user: userFromRow(row),
  };
}

export async function touchSession(db: Executor, sessionId: string, at: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: at })
    .where('id_hash', '=', sha256Hex(sessionId))
    .execute();
}

export async function deleteSession(db: Executor, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', sha256Hex(sessionId)).execute();
}

export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

async function insertUser(
  trx: Transaction<Database>,
  user: NewUser,
  at: string,
  actor: string,
  eventType: string,
): Promise<ConsoleUser> {
  const username = normalizeUsername(user.username);
  if (!USERNAME_PATTERN.test(username))
    throw new TandemError(
      'INPUT_INVALID',
      'a username is 1–64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
    );
  if (!(ACCOUNT_ROLES as readonly string[]).includes(user.role))
    throw new TandemError('INPUT_INVALID', `role must be one of ${ACCOUNT_ROLES.join(', ')}`);
  const displayName = user.displayName.trim() || username;
  const taken = await trx
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirst();
  if (taken) throw new AccountError('username_taken', `the username "${username}" is taken`);
  const row: Selectable<UsersTable> = {
    id: `usr_${randomUUID().replace(/-/g, '').slice(0, 16)}`,
    username,
    display_name: displayName,
    role: user.role,
    password_hash: user.passwordHash,
    created_at: at,
    updated_at: at,
    disabled_at: null,
  };
  await trx.insertInto('users').values(row).execute();
  await appendAuditEvents(
    trx,
    [{ actor, type: eventType, payload: { userId: row.id, username, role: user.role } }],
    at,
  );
  return userFromRow(row);
}

async function countActiveAdmins(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

function userFromRow(r: Selectable<UsersTable>): ConsoleUser {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role as AccountRole,
    createdAt: r.created_at,
    disabled: r.disabled_at !== null,
  };
}

function sessionFromRow(r: Selectable<SessionsTable>): SessionRecord {
  return {
    userId: r.user_id,
    csrfToken: r.csrf_token,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastSeenAt: r.last_seen_at,
  };
}
