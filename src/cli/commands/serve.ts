import type { AddressInfo } from 'node:net';
import { Command, Option } from 'commander';
import { TandemError } from '../../core/index.js';
import { Guard } from '../../guard/index.js';
import { EscalationNotifier, type Webhook } from '../../guard/notifier.js';
import type { ProviderConfig } from '../../providers/index.js';
import { buildApp } from '../../server/app.js';
import { decideAuth, isLoopbackHost, resolveGatewaySettings } from '../../server/config.js';
import { createLogger } from '../../server/logging.js';
import type { TandemConfig } from '../config.js';
import { openStore, readConfig, type GlobalOptions } from '../context.js';
import { EXIT, integerOption } from '../shared.js';
import { seedDemoConversations } from '../demo-conversations.js';
import { DEMO_PASSWORD, seedDemoAccounts, setupTokenIfNeeded } from './users.js';

interface ServeOptions {
  port?: number;
  host?: string;
  policy?: string;
  demo?: boolean;
}

export function serveCommand(): Command {
  return new Command('serve')
    .description(
      'Run the SAFE-i gateway: an OpenAI-compatible server that guards every turn, plus the console API',
    )
    .addOption(
      new Option('--port <n>', 'port to listen on (0: any free port; default 8787)').argParser(
        integerOption('--port', 0, 65_535),
      ),
    )
    .option('--host <address>', 'address to listen on (default 127.0.0.1)')
    .option('--policy <file>', 'policy file (default: gateway.policy, else the bundled default)')
    .option(
      '--demo',
      `seed demo console accounts (demo-admin, demo-clinician, demo-rater, demo-auditor; password "${DEMO_PASSWORD}") and invented demo conversations; loopback only, never for real use`,
    )
    .action(async (options: ServeOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions & ServeOptions>();
      await serve(globals, options);
      process.exitCode = EXIT.ok;
    });
}

async function serve(globals: GlobalOptions, options: ServeOptions): Promise<void> {
  const config = readConfig(globals);
  const gatewayConfig = config.gateway ?? {};
  const settings = resolveGatewaySettings(gatewayConfig, {
    ...(options.host !== undefined ? { host: options.host } : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  if (options.demo && !isLoopbackHost(settings.host))
    throw new TandemError(
      'CONFIG_INVALID',
      `--demo seeds accounts with a published password: it only runs on a loopback address, not ${settings.host}`,
    );
  const logger = createLogger(settings.logLevel);
  // A server's commits must not stall on checkpoints: every request in flight would wait.
  const store = await openStore(globals, config, { backgroundCheckpoints: true });
  let closeStore = true;
  try {
    const keysExist = (await store.listApiKeys()).some((k) => !k.revokedAt);
    const auth = decideAuth(gatewayConfig.auth, keysExist, settings.host);
    if (auth.refuse) throw new TandemError('CONFIG_INVALID', auth.refuse);
    const demoAccounts = options.demo ? await seedDemoAccounts(store) : [];
    const demoConversations = options.demo ? await seedDemoConversations(store) : 0;
    const setupToken = await setupTokenIfNeeded(store);
    const webhooks = resolveWebhooks(gatewayConfig.webhooks ?? []);

    const guard = await Guard.create({
      store,
      ...((options.policy ?? gatewayConfig.policy)
        ? { policyFile: options.policy ?? gatewayConfig.policy }
        : {}),
      upstreams: {
        default: gatewayConfig.upstream?.default ?? 'reference',
        ...(gatewayConfig.upstream?.routes ? { routes: gatewayConfig.upstream.routes } : {}),
      },
      providerConfig: (spec) => providerSettings(spec, globals, config),
      defaults: { area: settings.area, locale: settings.locale },
      actor: 'gateway',
    });
    const notifier = new EscalationNotifier({ store, webhooks, logger });
    const app = await buildApp({
      guard,
      store,
      settings,
      auth: auth.mode,
      logger,
      processMetrics: true,
      // A primary-key lookup proves the database answers without scanning anything.
      readiness: async () => {
        await store.getConversation('readiness-probe');
      },
    });
    try {
      await app.listen({ port: settings.port, host: settings.host });
    } catch (error) {
      await app.close();
      const code = (error as { code?: string }).code;
      if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
        throw new TandemError(
          'CONFIG_INVALID',
          `cannot listen on ${settings.host}:${settings.port} (${code}); choose another --port or --host (gateway.port, gateway.host)`,
        );
      }
      throw error;
    }
    notifier.start();

    // Listening for SIGTERM and SIGINT before saying the gateway listens: whoever acts on that line
    // (a supervisor, a test) may stop it at once, and a signal with no handler yet kills the process
    // without closing the store.
    closeStore = false;
    const stopped = untilSignal(async (signal) => {
      process.stderr.write(
        `tandem: ${signal}: finishing requests in flight (up to ${settings.shutdownTimeoutMs} ms)…\n`,
      );
      // Past the timeout, connections still open are cut; the tracker has aborted their turns.
      const force = setTimeout(() => app.server.closeAllConnections(), settings.shutdownTimeoutMs);
      force.unref();
      try {
        await app.close();
      } finally {
        clearTimeout(force);
        await notifier.stop();
        await guard.close();
        await store.close();
      }
      process.stderr.write('tandem: gateway stopped\n');
    });

    const address = app.server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const url = `http://${host}:${address.port}`;
    // For people: stderr, so stdout stays pure JSON log lines for log shippers.
    if (auth.warning) process.stderr.write(`\n  WARNING: ${auth.warning}\n\n`);
    process.stderr.write(
      [
        `tandem gateway listening on ${url} (upstream ${gatewayConfig.upstream?.default ?? 'reference'}, auth ${auth.mode === 'keys' ? 'API keys' : 'OFF'})`,
        `  try: curl -s ${url}/v1/chat/completions -H 'content-type: application/json'${auth.mode === 'keys' ? " -H 'authorization: Bearer <key>'" : ''} -d '{"model":"tandem","messages":[{"role":"user","content":"hi, rough week"}]}'`,
        '',
      ].join('\n'),
    );
    if (!setupToken)
      process.stderr.write(`  console: sign in with an account at ${url}/ (tandem users list)\n`);
    if (!youngGenerationSet())
      process.stderr.write(
        "  latency: Node's default young generation; NODE_OPTIONS=--max-semi-space-size=64 (what `npm start` sets) lowers the triage's tail latency (docs/operations.md)\n",
      );
    if (setupToken)
      process.stderr.write(
        `\n  first start: open ${url}/setup#token=${setupToken} within 24 h to create the admin account\n\n`,
      );
    if (demoAccounts.length > 0)
      process.stderr.write(
        [
          '',
          '  ==== DEMO ACCOUNTS — not for real use ====',
          ...demoAccounts.map((u) => `  ${u.username.padEnd(16)} ${u.role}`),
          `  password for all of them: ${DEMO_PASSWORD}`,
          ...(demoConversations > 0
            ? [
                `  ${demoConversations} invented demo conversations (ids demo-…) seeded through the guard`,
              ]
            : []),
          `  sign in at ${url}/`,
          '  ==========================================',
          '',
          '',
        ].join('\n'),
      );

    await stopped;
  } finally {
    if (closeStore) await store.close();
  }
}

/** Resolves when the first SIGTERM or SIGINT has been handled; a second one exits at once. */
function untilSignal(onSignal: (signal: NodeJS.Signals) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    let stopping = false;
    const handler = (signal: NodeJS.Signals) => {
      if (stopping) {
        process.stderr.write(`tandem: ${signal} again: exiting without waiting\n`);
        process.exit(EXIT.interrupted);
      }
      stopping = true;
      onSignal(signal).then(
        () => {
          process.off('SIGTERM', handler);
          process.off('SIGINT', handler);
          resolve();
        },
        (error: unknown) => {
          process.off('SIGTERM', handler);
          process.off('SIGINT', handler);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    };
    process.on('SIGTERM', handler);
    process.on('SIGINT', handler);
  });
}

function resolveWebhooks(configured: Array<{ url: string; secretEnv?: string }>): Webhook[] {
  return configured.map((w) => {
    if (!w.secretEnv) return { url: w.url };
    const secret = process.env[w.secretEnv];
    if (!secret) {
      throw new TandemError(
        'CONFIG_INVALID',
        `gateway.webhooks: ${w.url} names the secret variable ${w.secretEnv}, which is not set`,
      );
    }
    return { url: w.url, secret };
  });
}

/** Base URL, key, timeout and retries for a network upstream, from config, env and flags. */
function providerSettings(
  spec: string,
  globals: GlobalOptions,
  config: TandemConfig,
): ProviderConfig {
  const kind = spec.split(':', 1)[0];
  const settings = kind === 'openai' || kind === 'anthropic' ? config.providers?.[kind] : undefined;
  const apiKey = settings?.apiKeyEnv ? process.env[settings.apiKeyEnv] : undefined;
  const timeoutMs = globals.timeout ?? settings?.timeoutMs;
  return {
    ...(settings?.baseUrl ? { baseUrl: settings.baseUrl } : {}),
    ...(apiKey ? { apiKey } : {}),
    ...(settings?.maxRetries !== undefined ? { maxRetries: settings.maxRetries } : {}),
    ...(settings?.concurrency !== undefined ? { concurrency: settings.concurrency } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(settings?.streamIdleTimeoutMs !== undefined
      ? { streamIdleTimeoutMs: settings.streamIdleTimeoutMs }
      : {}),
  };
}

/** Whether this process was started with a young-generation size (docs/operations.md, Latency). */
function youngGenerationSet(): boolean {
  const flag = /--max-semi-space-size\b/u;
  return (
    process.execArgv.some((arg) => flag.test(arg)) || flag.test(process.env.NODE_OPTIONS ?? '')
  );
}
