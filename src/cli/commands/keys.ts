import { Command } from 'commander';
import { TandemError } from '../../core/index.js';
import { API_KEY_SCOPES, type ApiKeyScope } from '../../store/index.js';
import { openStore, readConfig, type GlobalOptions } from '../context.js';
import { table } from '../output.js';
import { integerOption, listOption } from '../shared.js';

export function keysCommand(): Command {
  const keys = new Command('keys')
    .description('API keys for client apps of the gateway')
    // Subcommands inherit this: usage errors become exit status 2 via main(), not exit 1.
    .exitOverride();

  keys
    .command('create')
    .description('Create a key; its secret is printed once and never stored')
    .requiredOption('--name <name>', 'what the key is for (e.g. the client app)')
    .option(
      '--rate <per-minute>',
      'requests per minute allowed for this key',
      integerOption('--rate', 1, 1_000_000),
    )
    .option(
      '--scope <scope>',
      `what the key may call: ${API_KEY_SCOPES.join(' or ')} (repeat or comma-separate; default gateway)`,
      listOption,
    )
    .option('--json', 'print JSON')
    .action(async function (this: Command) {
      const options = this.optsWithGlobals<
        GlobalOptions & { name: string; rate?: number; scope?: string[]; json?: boolean }
      >();
      const scopes = parseScopes(options.scope);
      const store = await openStore(options, readConfig(options));
      try {
        const { key, secret } = await store.createApiKey({
          name: options.name,
          ...(options.rate === undefined ? {} : { ratePerMinute: options.rate }),
          ...(scopes ? { scopes } : {}),
          at: new Date().toISOString(),
          actor: 'cli',
        });
        if (options.json)
          return void process.stdout.write(`${JSON.stringify({ ...key, secret }, null, 2)}\n`);
        process.stdout.write(
          `Created API key ${key.id} (${key.name}, ${key.scopes.join(' + ')}${key.ratePerMinute ? `, ${key.ratePerMinute}/min` : ''}).\n\n` +
            `  ${secret}\n\n` +
            'Copy it now: this secret is not shown again and cannot be recovered (only its hash is stored).\n' +
            'Clients send it as: Authorization: Bearer <secret>\n',
        );
      } finally {
        await store.close();
      }
    });

  keys
    .command('list')
    .description('All keys (never their secrets)')
    .option('--json', 'print JSON')
    .action(async function (this: Command) {
      const options = this.optsWithGlobals<GlobalOptions & { json?: boolean }>();
      const store = await openStore(options, readConfig(options));
      try {
        const list = await store.listApiKeys();
        if (options.json) return void process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        if (list.length === 0)
          return void process.stdout.write(
            'No API keys. Create one with: npx tandem keys create --name <app>\n',
          );
        const rows = [['id', 'name', 'secret starts', 'scopes', 'rate/min', 'created', 'status']];
        for (const k of list)
          rows.push([
            k.id,
            k.name,
            `${k.prefix}…`,
            k.scopes.join(','),
            k.ratePerMinute === undefined ? 'default' : String(k.ratePerMinute),
            k.createdAt.slice(0, 19).replace('T', ' '),
            k.revokedAt ? `revoked ${k.revokedAt.slice(0, 19).replace('T', ' ')}` : 'active',
          ]);
        process.stdout.write(`${table(rows)}\n`);
      } finally {
        await store.close();
      }
    });

  keys
    .command('revoke')
    .description('Revoke a key at once (requests with it get 401)')
    .argument('<id>', 'key id, as shown by `tandem keys list`')
    .action(async function (this: Command, id: string) {
      const options = this.optsWithGlobals<GlobalOptions>();
      const store = await openStore(options, readConfig(options));
      try {
        await store.revokeApiKey(id, new Date().toISOString(), 'cli');
        process.stdout.write(`Revoked API key ${id}.\n`);
      } finally {
        await store.close();
      }
    });

  return keys;
}

function parseScopes(values: string[] | undefined): ApiKeyScope[] | undefined {
  if (values === undefined) return undefined;
  for (const value of values) {
    if (!(API_KEY_SCOPES as readonly string[]).includes(value))
      throw new TandemError(
        'KEY_INVALID',
        `--scope: expected ${API_KEY_SCOPES.join(' or ')}, got "${value}"`,
      );
  }
  return values as ApiKeyScope[];
}
