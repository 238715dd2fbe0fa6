import { Command } from 'commander';
import {
  ACCOUNT_ROLES,
  AccountError,
  DEMO_USERNAME_PREFIX,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  TandemError,
  USERNAME_PATTERN,
  type AccountRole,
  type ConsoleUser,
} from '../../core/index.js';
import { hashPassword } from '../../server/passwords.js';
import { normalizeUsername, type Store } from '../../store/index.js';
import { openStore, readConfig, type GlobalOptions } from '../context.js';
import { table } from '../output.js';

/** Setup links are valid this long after `tandem serve` prints them. */
export const SETUP_TOKEN_TTL_MS = 24 * 60 * 60_000;

/** The password of every demo account: printed in the banner, never for real use. */
export const DEMO_PASSWORD = 'tandem-demo-only';
const DEMO_ROLES: readonly AccountRole[] = ['admin', 'clinician', 'rater', 'auditor'];

export function usersCommand(): Command {
  const users = new Command('users')
    .description('Accounts for the clinician console (admin, clinician, rater, auditor)')
    .exitOverride();

  users
    .command('create')
    .description('Create an account; the password is read from stdin (at least 12 characters)')
    .requiredOption('--username <name>', 'sign-in name (lower-case letters, digits, . _ -)')
    .requiredOption('--role <role>', `one of ${ACCOUNT_ROLES.join(', ')}`)
    .option('--display-name <name>', 'the name shown in the console (default: the username)')
    .option('--password-stdin', 'read the password from stdin (the default; for scripts)')
    .option('--json', 'print JSON')
    .action(async function (this: Command) {
      const options = this.optsWithGlobals<
        GlobalOptions & { username: string; role: string; displayName?: string; json?: boolean }
      >();
      const username = normalizeUsername(options.username);
      if (!USERNAME_PATTERN.test(username))
        throw new TandemError(
          'INPUT_INVALID',
          '--username: 1–64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
        );
      const role = parseRole(options.role);
      const password = await readPassword();
      checkPassword(password);
      const store = await openStore(options, readConfig(options));
      try {
        const user = await store.createUser(
          {
            username,
            displayName: options.displayName ?? username,
            role,
            passwordHash: await hashPassword(password),
          },
          new Date().toISOString(),
          'cli',
        );
        if (options.json) return void process.stdout.write(`${JSON.stringify(user, null, 2)}\n`);
        process.stdout.write(`Created ${user.role} account ${user.username} (${user.id}).\n`);
      } finally {
        await store.close();
      }
    });

  users
    .command('list')
    .description('All console accounts (never their passwords)')
    .option('--json', 'print JSON')
    .action(async function (this: Command) {
      const options = this.optsWithGlobals<GlobalOptions & { json?: boolean }>();
      const store = await openStore(options, readConfig(options));
      try {
        const list = await store.listUsers();
        if (options.json) return void process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        if (list.length === 0)
          return void process.stdout.write(
            'No accounts. `tandem serve` prints a setup link for the first admin, or: tandem users create --username <name> --role admin\n',
          );
        const rows = [['username', 'name', 'role', 'created', 'status']];
        for (const u of list)
          rows.push([
            u.username,
            u.displayName,
            u.role,
            u.createdAt.slice(0, 19).replace('T', ' '),
            u.disabled ? 'disabled' : 'active',
          ]);
        process.stdout.write(`${table(rows)}\n`);
      } finally {
        await store.close();
      }
    });

  users
    .command('disable')
    .description('Disable an account at once (its sessions end; the last active admin cannot be)')
    .argument('<username>', 'as shown by `tandem users list`')
    .action(async function (this: Command, username: string) {
      const options = this.optsWithGlobals<GlobalOptions>();
      const store = await openStore(options, readConfig(options));
      try {
        const found = await store.findCredentials(username);
        if (!found)
          throw new AccountError(
            'user_not_found',
            `no account "${normalizeUsername(username)}"; see \`tandem users list\``,
          );
        await store.updateUser(found.user.id, { disabled: true }, new Date().toISOString(), 'cli');
        process.stdout.write(`Disabled ${found.user.username}; their sessions have ended.\n`);
      } finally {
        await store.close();
      }
    });

  return users;
}

/**
 * When no account exists, a one-time setup token (only its hash is stored); undefined once the
 * first admin exists.
 */
export async function setupTokenIfNeeded(store: Store): Promise<string | undefined> {
  if (await store.hasUsers()) return undefined;
  const { token } = await store.createSetupToken(new Date().toISOString(), SETUP_TOKEN_TTL_MS);
  return token;
}

/** Creates the demo accounts that do not exist yet; returns all of them. */
export async function seedDemoAccounts(store: Store): Promise<ConsoleUser[]> {
  const seeded: ConsoleUser[] = [];
  let passwordHash: string | undefined;
  for (const role of DEMO_ROLES) {
    const username = `${DEMO_USERNAME_PREFIX}${role}`;
    const existing = await store.findCredentials(username);
    if (existing) {
      seeded.push(existing.user);
      continue;
    }
    passwordHash ??= await hashPassword(DEMO_PASSWORD);
    seeded.push(
      await store.createUser(
        { username, displayName: `Demo ${role} (not for real use)`, role, passwordHash },
        new Date().toISOString(),
        'cli:demo',
      ),
    );
  }
  return seeded;
}

function parseRole(value: string): AccountRole {
  if (!(ACCOUNT_ROLES as readonly string[]).includes(value))
    throw new TandemError(
      'INPUT_INVALID',
      `--role: expected one of ${ACCOUNT_ROLES.join(', ')}, got "${value}"`,
    );
  return value as AccountRole;
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH)
    throw new TandemError(
      'INPUT_INVALID',
      `the password must be ${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} characters (got ${password.length})`,
    );
}

/** The first line of stdin; on a terminal, typed without echo. */
async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (stdin.isTTY) return promptHidden('Password (not shown): ');
  let text = '';
  for await (const chunk of stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/, 1)[0] ?? '';
}

function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new TandemError('INPUT_INVALID', 'cancelled'));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}
