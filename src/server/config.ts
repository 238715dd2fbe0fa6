/**
 * The `gateway:` section of `tandem.config.yaml`. The CLI's config loader validates it with the
 * rest of the file, so an error names the file and the field (`tandem.config.yaml:
 * gateway.limits.bodyBytes: …`). `resolveGatewaySettings` turns it, plus flags, into the one
 * settings object the server runs on, with every default filled in.
 */
import { z } from 'zod';
import { AREAS, type Area } from '../core/index.js';

/** 1 MiB: a long conversation in plain text is far below this. */
export const DEFAULT_BODY_BYTES = 1_048_576;
export const DEFAULT_MESSAGE_CHARS = 32_000;
export const DEFAULT_MESSAGES = 500;
export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 30_000;
// No region: an unconfigured deployment gives the international resources, never another country's.
export const DEFAULT_LOCALE = 'en';
export const DEFAULT_AREA: Area = 'individual';

const providerSpec = z
  .string()
  .min(1)
  .regex(
    /^[a-z]+(:.+)?$/,
    'a provider spec such as reference, openai:<model> or anthropic:<model>',
  );

const webhookSchema = z.strictObject({
  url: z.string().url('a URL such as https://hooks.example.org/tandem'),
  /** Environment variable holding the shared secret used to sign deliveries (never in the file). */
  secretEnv: z
    .string()
    .regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name')
    .optional(),
});

export const gatewayConfigSchema = z.strictObject({
  host: z.string().min(1).optional(),
  port: z.number().int().min(0).max(65_535).optional(),
  /** Policy file; default: the bundled `policies/` default. */
  policy: z.string().min(1).optional(),
  upstream: z
    .strictObject({
      /** Provider spec for requests whose model has no route. */
      default: providerSpec.optional(),
      /** Model name a client asks for → provider spec. */
      routes: z.record(z.string().min(1), providerSpec).optional(),
    })
    .optional(),
  area: z.enum(AREAS).optional(),
  locale: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 locale such as en-US or de')
    .optional(),
  /**
   * `true`: every request needs an API key. `false`: no keys (local development only).
   * Absent: keys are required as soon as one exists; with none, the server runs open but only
   * on a loopback address.
   */
  auth: z.boolean().optional(),
  limits: z
    .strictObject({
      bodyBytes: z
        .number()
        .int()
        .min(1024)
        .max(64 * 1_048_576)
        .optional(),
      messageChars: z.number().int().min(1).max(1_000_000).optional(),
      messages: z.number().int().min(1).max(10_000).optional(),
      /** Default for keys that have no rate of their own; absent: no limit for such keys. */
      ratePerMinute: z.number().int().min(1).max(1_000_000).optional(),
    })
    .optional(),
  shutdownTimeoutMs: z.number().int().min(0).max(600_000).optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  /**
   * Mark console session cookies `Secure` even when requests arrive over plain HTTP (TLS ends at a
   * proxy in front). Requests that arrive over HTTPS always get `Secure` cookies.
   */
  secureCookies: z.boolean().optional(),
  webhooks: z.array(webhookSchema).optional(),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
export type WebhookConfig = z.infer<typeof webhookSchema>;

export interface GatewayLimits {
  bodyBytes: number;
  messageChars: number;
  messages: number;
  ratePerMinute?: number;
}

/** Everything the HTTP layer needs, defaults applied. */
export interface GatewaySettings {
  host: string;
  port: number;
  area: Area;
  locale: string;
  limits: GatewayLimits;
  shutdownTimeoutMs: number;
  logLevel: NonNullable<GatewayConfig['logLevel']>;
  secureCookies?: boolean;
}

export function resolveGatewaySettings(
  config: GatewayConfig = {},
  flags: { host?: string; port?: number } = {},
): GatewaySettings {
  return {
    host: flags.host ?? config.host ?? DEFAULT_HOST,
    port: flags.port ?? config.port ?? DEFAULT_PORT,
    area: config.area ?? DEFAULT_AREA,
    locale: config.locale ?? DEFAULT_LOCALE,
    limits: {
      bodyBytes: config.limits?.bodyBytes ?? DEFAULT_BODY_BYTES,
      messageChars: config.limits?.messageChars ?? DEFAULT_MESSAGE_CHARS,
      messages: config.limits?.messages ?? DEFAULT_MESSAGES,
      ...(config.limits?.ratePerMinute !== undefined
        ? { ratePerMinute: config.limits.ratePerMinute }
        : {}),
    },
    shutdownTimeoutMs: config.shutdownTimeoutMs ?? DEFAULT_SHUTDOWN_TIMEOUT_MS,
    logLevel: config.logLevel ?? 'info',
    ...(config.secureCookies !== undefined ? { secureCookies: config.secureCookies } : {}),
  };
}

/** Loopback addresses: an open (no-auth) server is only reachable from this machine. */
export function isLoopbackHost(host: string): boolean {
  return (
    host === 'localhost' ||
    host === '::1' ||
    host === '[::1]' ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host === '::ffff:127.0.0.1'
  );
}

export type AuthMode = 'keys' | 'open';

/**
 * Decides whether API keys are required. Explicit config wins; otherwise keys are required once any
 * exists. An open server on a non-loopback address is refused unless `auth: false` says so
 * explicitly: people's conversations must not be reachable from the network by accident.
 */
export function decideAuth(
  configured: boolean | undefined,
  keysExist: boolean,
  host: string,
): { mode: AuthMode; warning?: string; refuse?: string } {
  if (configured === true) {
    return keysExist
      ? { mode: 'keys' }
      : {
          mode: 'keys',
          warning:
            'gateway.auth is true but no API key exists: every request will get 401. Create one with `tandem keys create --name <name>`.',
        };
  }
  if (configured === false) {
    return {
      mode: 'open',
      warning: isLoopbackHost(host)
        ? 'AUTH IS OFF (gateway.auth: false): anyone on this machine can use the gateway and the console API. For local development only.'
        : `AUTH IS OFF (gateway.auth: false) ON ${host}: ANYONE WHO CAN REACH THIS ADDRESS CAN READ CONVERSATIONS AND ESCALATIONS. Do not run this in production.`,
    };
  }
  if (keysExist) return { mode: 'keys' };
  if (!isLoopbackHost(host)) {
    return {
      mode: 'keys',
      refuse: `no API key exists and the gateway would listen on ${host} without authentication. Create a key with \`tandem keys create --name <name>\`, bind to 127.0.0.1, or set gateway.auth: false explicitly.`,
    };
  }
  return {
    mode: 'open',
    warning:
      'AUTH IS OFF: no API key exists yet, so the gateway accepts requests without a key on this machine only. Create one with `tandem keys create --name <name>` and restart to require keys.',
  };
}
