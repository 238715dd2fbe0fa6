/**
 * Prometheus metrics for one gateway instance. Each app owns its own `Registry` (tests build many
 * apps in one process, and the default global registry would throw on the second one). Labels are
 * closed sets (route patterns, actions, levels, error codes) so cardinality stays bounded.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { GuardOutcome } from '../core/index.js';

export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'route' | 'method' | 'status'>;
  private readonly duration: Histogram<'route' | 'method'>;
  private readonly actions: Counter<'action'>;
  private readonly levels: Counter<'level'>;
  private readonly escalations: Counter;
  private readonly upstreamLatency: Histogram<'provider'>;
  private readonly upstreamErrors: Counter<'code'>;
  private readonly rateLimited: Counter;
  private readonly authFailures: Counter;

  constructor(options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'tandem_requests_total',
      help: 'HTTP requests by route pattern, method and status',
      labelNames: ['route', 'method', 'status'],
      registers,
    });
    this.duration = new Histogram({
      name: 'tandem_request_duration_seconds',
      help: 'Time from request received to response finished (streams: to the last byte)',
      labelNames: ['route', 'method'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    });
    this.actions = new Counter({
      name: 'tandem_actions_total',
      help: 'Guard actions on answered turns (pass, guide, amend, replace, block, human)',
      labelNames: ['action'],
      registers,
    });
    this.levels = new Counter({
      name: 'tandem_triage_levels_total',
      help: 'Triage level of answered turns',
      labelNames: ['level'],
      registers,
    });
    this.escalations = new Counter({
      name: 'tandem_escalations_total',
      help: 'Turns that escalated to a human',
      registers,
    });
    this.upstreamLatency = new Histogram({
      name: 'tandem_upstream_latency_seconds',
      help: 'Latency of upstream model calls',
      labelNames: ['provider'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120],
      registers,
    });
    this.upstreamErrors = new Counter({
      name: 'tandem_upstream_errors_total',
      help: 'Upstream calls that failed (the guard fell back to the reference responder)',
      labelNames: ['code'],
      registers,
    });
    this.rateLimited = new Counter({
      name: 'tandem_rate_limited_total',
      help: 'Requests refused by the per-key rate limit',
      registers,
    });
    this.authFailures = new Counter({
      name: 'tandem_auth_failures_total',
      help: 'Requests refused for a missing, unknown, revoked or out-of-scope key',
      registers,
    });
  }

  observeRequest(route: string, method: string, status: number, seconds: number): void {
    this.requests.inc({ route, method, status: String(status) });
    this.duration.observe({ route, method }, seconds);
  }

  observeOutcome(outcome: GuardOutcome): void {
    this.actions.inc({ action: outcome.action });
    this.levels.inc({ level: outcome.triage.level });
    if (outcome.escalate && outcome.escalationId) this.escalations.inc();
    const upstream = outcome.upstream;
    if (upstream.latencyMs !== undefined && upstream.provider) {
      this.upstreamLatency.observe(
        { provider: providerKind(upstream.provider) },
        upstream.latencyMs / 1000,
      );
    }
    if (upstream.error) this.upstreamErrors.inc({ code: upstream.error.code });
  }

  observeRateLimited(): void {
    this.rateLimited.inc();
  }

  observeAuthFailure(): void {
    this.authFailures.inc();
  }

  contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}

/** `openai:gpt-4o-mini` → `openai`: the model name would be an unbounded label. */
function providerKind(spec: string): string {
  const colon = spec.indexOf(':');
  return colon < 0 ? spec : spec.slice(0, colon);
}
