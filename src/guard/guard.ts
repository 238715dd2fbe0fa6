/**
 * The SAFE-i pipeline for one turn: triage → policy → upstream → output checks → amend/replace →
 * escalate → audit (DESIGN.md). Every step's decision is kept in the `GuardOutcome`, and the turn,
 * its escalation and its audit events are stored in one transaction before the person sees a word.
 *
 * Failure is safe by construction: if the upstream fails, times out or answers with nothing, the
 * reply comes from the protocol (or the triage-aware reference responder), never an error page.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  isTandemError,
  TandemError,
  RISK_LEVELS,
  type Area,
  type ChatMessage,
  type ConditionSignal,
  type GuardAction,
  type GuardOutcome,
  type GuardRequest,
  type OutputCheck,
  type PolicyDecision,
  type Provider,
  type ProtocolId,
  type Triage,
  type UpstreamOutcome,
} from '../core/index.js';
import { loadCrisisDirectory, type CrisisDirectory } from '../nlp/crisis-directory.js';
import { composeReply, ReferenceResponder, type ProviderConfig } from '../providers/index.js';
import type { ConversationRecord, NewDraft, Store } from '../store/index.js';
import { triageConversation, type RiskState, detectConditions } from '../triage/index.js';
import {
  actionable,
  amendReply,
  failed,
  runOutputChecks,
  type OutputCheckContext,
} from './output-checks.js';
import { decide, loadPolicy, repliesNeedApproval, slaDueAt, type Policy } from './policy.js';
import { GENERAL_GUIDANCE, getProtocol, protocolReply } from './protocols.js';
import { holdingMessage, joinCounselorMessages, reviewingMessage } from './takeover.js';
import { Upstreams, type UpstreamSettings } from './upstreams.js';
import { streamTurn, type GuardStreamEvent } from './streaming.js';

export interface GuardOptions {
  store: Store;
  /** A loaded policy, or the file to load (default `policies/default.yaml`). */
  policy?: Policy;
  policyFile?: string;
  upstreams?: UpstreamSettings;
  /** Settings for a network upstream, by provider spec. */
  providerConfig?: (spec: string) => ProviderConfig;
  /** Ready-made providers by spec (replay, tests); they win over `upstreams` specs. */
  providers?: Record<string, Provider>;
  defaults?: { area?: Area; locale?: string };
  directory?: CrisisDirectory;
  clock?: () => Date;
  /** `gateway` for the HTTP server, `replay` for `tandem guard replay`. */
  actor?: string;
}

/** Everything decided before any reply text exists. */
export interface TurnPlan {
  conversationId: string;
  conversation: ConversationRecord | undefined;
  request: GuardRequest;
  area: Area;
  locale: string;
  at: Date;
  triage: Triage;
  riskState: RiskState;
  conditions: ConditionSignal[];
  decision: PolicyDecision;
  protocol: ProtocolId | undefined;
  checkContext: Omit<OutputCheckContext, 'reply'>;
}

/** How the reply came to be, for the outcome and the store. */
export interface TurnResult {
  action: GuardAction;
  response: string;
  protocol: ProtocolId | undefined;
  checks: OutputCheck[];
  upstream: UpstreamOutcome;
  /** Counsellor messages (seqs) this reply hands over; marked delivered when the turn commits. */
  deliver?: number[];
  /** The model's reply held for a clinician's approval instead of being sent. */
  draft?: NewDraft;
}

const DEFAULT_AREA: Area = 'individual';
const DEFAULT_LOCALE = 'en';

export class Guard {
  readonly policy: Policy;
  readonly #store: Store;
  readonly #upstreams: Upstreams;
  readonly #defaults: { area: Area; locale: string };
  readonly #directory: CrisisDirectory;
  readonly #clock: () => Date;
  readonly #actor: string;

  private constructor(options: GuardOptions, policy: Policy, upstreams: Upstreams) {
    this.policy = policy;
    this.#store = options.store;
    this.#upstreams = upstreams;
    this.#defaults = {
      area: options.defaults?.area ?? DEFAULT_AREA,
      locale: options.defaults?.locale ?? DEFAULT_LOCALE,
    };
    this.#directory = options.directory ?? loadCrisisDirectory();
    this.#clock = options.clock ?? (() => new Date());
    this.#actor = options.actor ?? 'gateway';
  }

  /** Loads the policy and builds every configured upstream; throws on a bad policy or spec. */
  static async create(options: GuardOptions): Promise<Guard> {
    const policy = options.policy ?? loadPolicy(options.policyFile);
    const directory = options.directory ?? loadCrisisDirectory();
    const upstreams = new Upstreams(
      options.upstreams ?? { default: 'reference' },
      options.providerConfig,
      {
        reference: new ReferenceResponder({ crisisDirectory: directory }),
        ...options.providers,
      },
    );
    return new Guard({ ...options, directory }, policy, upstreams);
  }

  models(): string[] {
    return this.#upstreams.models();
  }

  async close(): Promise<void> {
    // The store belongs to whoever opened it; upstream providers hold no open resources.
  }

  /** One turn, non-streaming. */
  async respond(request: GuardRequest, signal?: AbortSignal): Promise<GuardOutcome> {
    const plan = await this.plan(request);
    const result = await this.produce(plan, signal);
    return this.commit(plan, result);
  }

  /**
   * One turn decided but not kept: triage, policy, the upstream call, checks and repair run as for
   * a real turn, but nothing is stored and nobody is paged (`escalate` says what a real turn would
   * have done). Always a fresh conversation, so it can never touch a real person's. For the
   * console's demo chat.
   */
  async preview(request: GuardRequest, signal?: AbortSignal): Promise<GuardOutcome> {
    const { conversationId: _ignored, ...fresh } = request;
    const plan = await this.plan(fresh);
    const result = await this.produce(plan, signal);
    return {
      conversationId: plan.conversationId,
      action: result.action,
      response: result.response,
      ...(result.protocol ? { protocol: result.protocol } : {}),
      escalate: plan.decision.escalate,
      triage: plan.triage,
      conditions: plan.conditions,
      decision: plan.decision,
      checks: result.checks,
      upstream: result.upstream,
    };
  }

  /**
   * One turn, streaming: `delta` events then one `outcome` event. At moderate risk or above (or
   * whenever the policy escalates or does not simply pass) the reply is held until every check
   * has passed; otherwise it streams sentence by sentence behind the stream checker.
   */
  stream(request: GuardRequest, signal?: AbortSignal): AsyncIterable<GuardStreamEvent> {
    return streamTurn(this, request, signal);
  }

  /**
   * The reply when the turn cannot be handled normally (the store is unreachable, say): triaged
   * without the conversation's stored state, answered from the protocol or the reference
   * responder, never from the upstream, and not stored. A person at risk still gets a safe reply
   * with resources; the caller logs the failure, and the escalation the policy asked for could not
   * be written (`escalate` is true, `escalationId` absent).
   */
  unstoredReply(request: GuardRequest, error: unknown): GuardOutcome {
    const locale = request.locale ?? this.#defaults.locale;
    const area = request.area ?? this.#defaults.area;
    const { triage, state } = triageConversation(request.messages, { lang: locale });
    const conditions = detectConditions(request.messages);
    const decision = decide(this.policy, { triage, conditions, area });
    const conversationId = request.conversationId ?? randomUUID();
    const plan: TurnPlan = {
      conversationId,
      conversation: undefined,
      request,
      area,
      locale,
      at: this.#clock(),
      triage,
      riskState: state,
      conditions,
      decision,
      protocol: decision.protocol,
      checkContext: {
        messages: request.messages,
        triage,
        conditions,
        locale,
        requires: { crisisResources: false, emergencyFirst: false, professionalSupport: false },
        forbiddenChecks: [],
      },
    };
    return {
      conversationId,
      action: 'replace',
      response: this.safeReply(plan, decision.protocol),
      ...(decision.protocol ? { protocol: decision.protocol } : {}),
      escalate: decision.escalate,
      triage,
      conditions,
      decision,
      checks: [],
      upstream: { error: describeError(error) },
    };
  }

  // ------------------------------------------------------------------------------------------
  // The steps. Public to the streaming module, which runs the same steps in another order.

  /** @internal Triage, conditions and the policy decision for the turn. */
  async plan(request: GuardRequest): Promise<TurnPlan> {
    const conversationId = request.conversationId ?? randomUUID();
    const conversation = await this.#store.getConversation(conversationId);
    if (conversation?.clientId !== undefined && conversation.clientId !== request.clientId) {
      // Another app's conversation: its person's words, risk and counsellor messages are not ours
      // to continue. Said as "not found" so ids cannot be probed.
      throw new TandemError(
        'CONVERSATION_NOT_FOUND',
        `conversation ${conversationId} was not found for this client; start a new conversation id`,
      );
    }
    const area = request.area ?? conversation?.area ?? this.#defaults.area;
    const locale = request.locale ?? conversation?.locale ?? this.#defaults.locale;
    const previous = (conversation?.riskState ?? undefined) as RiskState | undefined;
    const { triage, state } = triageConversation(request.messages, {
      ...(previous ? { previous } : {}),
      lang: locale,
    });
    const conditions = detectConditions(request.messages);
    const decision = decide(this.policy, { triage, conditions, area });
    const protocol = decision.protocol;
    const requirements = protocol ? getProtocol(protocol) : undefined;
    return {
      conversationId,
      conversation,
      request,
      area,
      locale,
      at: this.#clock(),
      triage,
      riskState: state,
      conditions,
      decision,
      protocol,
      checkContext: {
        messages: request.messages,
        triage,
        conditions,
        locale,
        directory: this.#directory,
        requires: requirements?.requires ?? {
          crisisResources: false,
          emergencyFirst: false,
          professionalSupport: false,
        },
        forbiddenChecks: requirements?.forbiddenChecks ?? [],
        ...(protocol ? { protocol } : {}),
      },
    };
  }

  /**
   * Whether the turn goes through people rather than straight from the model: a takeover, approved
   * replies waiting for delivery, or an area whose replies need approval.
   */
  viaPeople(plan: TurnPlan): boolean {
    return (
      plan.conversation?.takeover !== undefined ||
      plan.conversation?.awaitingDelivery === true ||
      repliesNeedApproval(this.policy, plan.area)
    );
  }

  /** @internal The reply: a counsellor's, the protocol's, or the upstream's after checks. */
  async produce(plan: TurnPlan, signal?: AbortSignal): Promise<TurnResult> {
    const human = await this.humanReply(plan);
    if (human && plan.conversation?.takeover) return human;
    if (!repliesNeedApproval(this.policy, plan.area)) return human ?? this.modelReply(plan, signal);
    if (RISK_LEVELS.indexOf(plan.triage.level) >= RISK_LEVELS.indexOf('high')) {
      // Nobody at high or imminent risk waits for a review: the protocol's reviewed words go out
      // now (and the turn escalates); anything approved waits for the next turn.
      return {
        action: 'replace',
        response: this.safeReply(plan, plan.protocol),
        protocol: plan.protocol,
        checks: [],
        upstream: {},
      };
    }
    // Co-created drafts: the model's reply waits for a clinician; the person gets what was
    // approved for them, or a note that a person reviews replies here.
    const drafted =
      newUserPositions(plan).size > 0 ? await this.modelReply(plan, signal) : undefined;
    return {
      action: 'human',
      response: human?.deliver ? human.response : reviewingMessage(plan.locale, this.#directory),
      protocol: plan.protocol,
      checks: drafted?.checks ?? [],
      upstream: drafted?.upstream ?? {},
      ...(human?.deliver ? { deliver: human.deliver } : {}),
      ...(drafted
        ? {
            draft: {
              text: drafted.response,
              action: drafted.action,
              ...(drafted.protocol ? { protocol: drafted.protocol } : {}),
              failedChecks: failed(drafted.checks).map((c) => c.name),
            },
          }
        : {}),
    };
  }

  /** @internal The model's reply after checks and repair, or the protocol's when the policy says so. */
  async modelReply(plan: TurnPlan, signal?: AbortSignal): Promise<TurnResult> {
    const { decision } = plan;
    if (decision.action === 'block' || decision.action === 'replace') {
      return {
        action: decision.action,
        response: this.safeReply(plan, decision.protocol),
        protocol: decision.protocol,
        checks: [],
        upstream: {},
      };
    }
    const { spec, provider } = this.upstreamFor(plan);
    const messages = this.upstreamMessages(plan);
    let text: string;
    let upstream: UpstreamOutcome;
    try {
      const generation = await provider.generate(
        messages,
        {
          locale: plan.locale,
          ...(plan.request.temperature !== undefined
            ? { temperature: plan.request.temperature }
            : {}),
          ...(plan.request.maxTokens !== undefined ? { maxTokens: plan.request.maxTokens } : {}),
        },
        signal,
      );
      text = generation.text;
      upstream = { provider: spec, model: generation.model, latencyMs: generation.latencyMs };
    } catch (error) {
      if (signal?.aborted) throw error;
      return this.fallback(plan, spec, error);
    }
    if (text.trim() === '') {
      return this.fallback(plan, spec, {
        code: 'PROVIDER_MALFORMED',
        message: 'the upstream reply was empty',
      });
    }
    return this.checkAndRepair(plan, text, upstream);
  }

  /** @internal Output checks on a complete upstream reply, then amend or replace on failure. */
  checkAndRepair(plan: TurnPlan, text: string, upstream: UpstreamOutcome): TurnResult {
    const context: OutputCheckContext = { ...plan.checkContext, reply: text };
    const checks = runOutputChecks(context);
    // Minor findings (e.g. "committed suicide" wording) are audited, never acted on.
    const failures = actionable(checks);
    const unchanged: GuardAction = plan.decision.action === 'guide' ? 'guide' : 'pass';
    if (failures.length === 0) {
      return { action: unchanged, response: text, protocol: plan.protocol, checks, upstream };
    }
    const amended = amendReply(context, checks);
    if (amended) {
      return {
        action: 'amend',
        response: amended.reply,
        protocol: plan.protocol,
        checks,
        upstream,
      };
    }
    const protocol = plan.protocol ?? protocolForFailure(failures);
    return {
      action: 'replace',
      response: this.safeReply(plan, protocol),
      protocol,
      checks,
      upstream,
    };
  }

  /** @internal The reply when the upstream cannot be used: the protocol's, or the reference's. */
  fallback(plan: TurnPlan, spec: string, error: unknown): TurnResult {
    return {
      action: 'replace',
      response: this.safeReply(plan, plan.protocol),
      protocol: plan.protocol,
      checks: [],
      upstream: { provider: spec, error: describeError(error) },
    };
  }

  /** @internal The protocol's reply, or the triage-aware reference responder's. */
  safeReply(plan: TurnPlan, protocol: ProtocolId | undefined): string {
    const seed = seedOf(plan.conversationId, plan.request.messages.length);
    if (protocol) {
      return protocolReply(protocol, plan.request.messages, {
        locale: plan.locale,
        seed,
        directory: this.#directory,
      });
    }
    return composeReply(
      plan.request.messages,
      { locale: plan.locale, seed },
      this.#directory,
      plan.conditions,
    );
  }

  /** @internal The upstream that serves the request's model. */
  upstreamFor(plan: TurnPlan): { spec: string; provider: Provider } {
    return this.#upstreams.providerFor(plan.request.model);
  }

  /** @internal The conversation sent upstream, with the protocol's guidance when the policy guides. */
  upstreamMessages(plan: TurnPlan): ChatMessage[] {
    // Counsellor turns are the deployment's own staff speaking; upstreams know only assistants.
    const messages: ChatMessage[] = plan.request.messages.map((m) =>
      m.role === 'counselor' ? { role: 'assistant', content: m.content } : m,
    );
    const added: ChatMessage[] = [];
    const note = plan.conversation?.takeover ? undefined : plan.conversation?.handover?.note;
    if (note !== undefined) added.push({ role: 'system', content: handoverGuidance(note) });
    if (plan.decision.action === 'guide' || plan.decision.action === 'amend') {
      added.push({
        role: 'system',
        content: plan.protocol ? getProtocol(plan.protocol).guidance : GENERAL_GUIDANCE,
      });
    }
    if (added.length === 0) return messages;
    // Guidance goes just before the person's last message, where models weigh it most.
    return [...messages.slice(0, -1), ...added, ...messages.slice(-1)];
  }

  /** @internal When a person holds the conversation, their messages (or a holding note) answer. */
  async humanReply(plan: TurnPlan): Promise<TurnResult | undefined> {
    const takeover = plan.conversation?.takeover;
    if (!takeover && !plan.conversation?.awaitingDelivery) return undefined;
    const pending = await this.#store.undeliveredCounselorMessages(plan.conversationId);
    // Approved replies already went out with a concurrent request: nothing for a person to say.
    if (pending.length === 0 && !takeover) return undefined;
    const response =
      pending.length > 0
        ? joinCounselorMessages(pending.map((m) => m.content))
        : holdingMessage(plan.locale, this.#directory);
    return {
      action: 'human',
      response,
      protocol: plan.protocol,
      checks: [],
      upstream: {},
      ...(pending.length > 0 ? { deliver: pending.map((m) => m.seq) } : {}),
    };
  }

  /**
   * @internal Stores the turn, its escalation and audit events in one transaction. When a
   * concurrent request of the same conversation delivered the counsellor's messages first, the
   * reply is recomposed from what is still undelivered (or the holding message), so each message
   * reaches the person exactly once.
   */
  async commit(plan: TurnPlan, result: TurnResult): Promise<GuardOutcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#commitOnce(plan, result);
      } catch (error) {
        if (!isTandemError(error, 'DELIVERY_CONFLICT') || attempt >= 3) throw error;
        const retried = await this.humanReply(plan);
        if (retried) {
          // Keep the draft of the person's new message: only the delivery changed.
          result = { ...retried, ...(result.draft ? { draft: result.draft } : {}) };
        } else {
          // Another request already carried what was waiting, and nobody holds the conversation.
          const { deliver: _carried, ...rest } = result;
          result = repliesNeedApproval(this.policy, plan.area)
            ? { ...rest, response: reviewingMessage(plan.locale, this.#directory) }
            : await this.modelReply(plan);
        }
      }
    }
  }

  async #commitOnce(plan: TurnPlan, result: TurnResult): Promise<GuardOutcome> {
    const { triage, decision } = plan;
    const at = plan.at.toISOString();
    // A person holding the conversation is already with them; a held draft still pages as usual.
    const escalate =
      decision.escalate && !(result.action === 'human' && plan.conversation?.takeover);
    const dueAt = escalate ? slaDueAt(this.policy, triage.level, plan.at) : undefined;
    const failures = failed(result.checks);
    const actor = plan.request.clientId ? `key:${plan.request.clientId}` : this.#actor;
    const recorded = await this.#store.recordTurn({
      conversationId: plan.conversationId,
      ...(plan.request.clientId ? { clientId: plan.request.clientId } : {}),
      area: plan.area,
      locale: plan.locale,
      at,
      riskState: plan.riskState,
      messages: [
        ...newUserMessages(plan),
        // A counsellor's delivered messages are already stored as theirs, and during a takeover
        // the holding note is not part of the conversation.
        ...((result.deliver?.length ?? 0) > 0 ||
        (result.action === 'human' && plan.conversation?.takeover)
          ? []
          : [{ role: 'assistant' as const, content: result.response, action: result.action }]),
      ],
      summary: {
        action: result.action,
        level: triage.level,
        cssrs: triage.cssrs,
        categories: triage.categories,
        failedChecks: failures.map((c) => c.name),
        ...(result.protocol ? { protocol: result.protocol } : {}),
        ...(result.upstream.provider ? { upstream: result.upstream.provider } : {}),
        ...(result.upstream.error ? { upstreamError: result.upstream.error.code } : {}),
      },
      ...(escalate
        ? {
            escalation: {
              level: triage.level,
              categories: triage.categories,
              reasons: decision.reasons,
              // A policy that escalates a level without an SLA still gets a due time: one hour.
              slaDueAt: dueAt ?? new Date(plan.at.getTime() + 3_600_000).toISOString(),
            },
          }
        : {}),
      audit: auditEvents(plan, result, actor),
      ...(result.deliver ? { deliver: result.deliver } : {}),
      ...(result.draft ? { draft: result.draft } : {}),
    });
    return {
      conversationId: plan.conversationId,
      action: result.action,
      response: result.response,
      ...(result.protocol ? { protocol: result.protocol } : {}),
      escalate,
      ...(recorded.escalationId ? { escalationId: recorded.escalationId } : {}),
      triage,
      conditions: plan.conditions,
      decision,
      checks: result.checks,
      upstream: result.upstream,
    };
  }
}

/** The person's messages this turn: all of them the first time, then those since the last reply. */
function newUserMessages(plan: TurnPlan): Array<{ role: 'user'; content: string }> {
  return [...newUserPositions(plan).keys()].map((index) => ({
    role: 'user' as const,
    content: plan.request.messages[index]!.content,
  }));
}

/**
 * Where each of the person's new messages lands among the messages this turn stores: request
 * index → position (the stored seq is the turn's first seq plus the position).
 */
function newUserPositions(plan: TurnPlan): Map<number, number> {
  const messages = plan.request.messages;
  let start = 0;
  if (plan.conversation && plan.conversation.messageCount > 0) {
    start = messages.length;
    while (start > 0 && messages[start - 1]?.role === 'user') start -= 1;
  }
  const positions = new Map<number, number>();
  for (let index = start; index < messages.length; index++) {
    if (messages[index]?.role === 'user') positions.set(index, positions.size);
  }
  return positions;
}

/** Audit payloads carry decisions, ids, spans and hashes — never what anyone wrote. */
function auditEvents(
  plan: TurnPlan,
  result: TurnResult,
  actor: string,
): Array<{ actor: string; type: string; payload: unknown }> {
  const { triage, decision } = plan;
  const positions = newUserPositions(plan);
  // `turnMessage` places a signal among the turn's stored messages, so the console can highlight
  // it in the conversation (seq = the turn's first seq + turnMessage) without storing any text here.
  const placed = (message: number) => {
    const position = positions.get(message);
    return position === undefined ? {} : { turnMessage: position };
  };
  return [
    {
      actor,
      type: 'triage',
      payload: {
        level: triage.level,
        cssrs: triage.cssrs,
        categories: triage.categories,
        confidence: triage.confidence,
        signals: triage.signals
          .filter((s) => s.scopedOut === undefined)
          .map((s) => ({
            id: s.id,
            category: s.category,
            message: s.message,
            ...placed(s.message),
            start: s.span.start,
            end: s.span.end,
          })),
        conditions: plan.conditions.map((c) => ({
          condition: c.condition,
          message: c.message,
          ...placed(c.message),
          start: c.span.start,
          end: c.span.end,
        })),
      },
    },
    {
      actor,
      type: 'policy',
      payload: {
        policy: plan.decision.action,
        protocol: decision.protocol ?? null,
        escalate: decision.escalate,
        reasons: decision.reasons,
      },
    },
    {
      actor,
      type: 'checks',
      payload: {
        failed: failed(result.checks).map((c) => ({
          name: c.name,
          severity: c.severity,
          spans: c.findings.map((f) => [f.span.start, f.span.end]),
        })),
        ran: result.checks.length,
      },
    },
    {
      actor,
      type: 'action',
      payload: {
        action: result.action,
        protocol: result.protocol ?? null,
        upstream: result.upstream.provider ?? null,
        upstreamError: result.upstream.error?.code ?? null,
        responseSha256: createHash('sha256').update(result.response).digest('hex'),
      },
    },
  ];
}

/**
 * The clinician's hand-back note as guidance for the model. It is the care team's own words about
 * this person, so the model is told to use it and not to repeat it.
 */
export function handoverGuidance(note: string): string {
  return `A clinician from the care team spoke with this person and has handed the conversation back to you with this note: """${note}""". Keep your replies consistent with it (what was agreed, who to contact, what to avoid). Do not quote the note or mention that it exists unless the person asks what the clinician said.`;
}

/** A replacement needs a protocol that fits what went wrong when the policy named none. */
function protocolForFailure(failures: readonly OutputCheck[]): ProtocolId | undefined {
  const names = new Set(failures.map((f) => f.name));
  if (names.has('compulsion_reassurance')) return 'ocd_reassurance';
  if (names.has('disordered_eating_help')) return 'eating_disorder';
  return undefined;
}

function describeError(error: unknown): { code: string; message: string } {
  if (isTandemError(error)) return { code: error.code, message: error.message };
  if (typeof error === 'object' && error !== null && 'code' in error && 'message' in error) {
    return { code: String(error.code), message: String(error.message) };
  }
  return {
    code: 'UPSTREAM_FAILED',
    message: error instanceof Error ? error.message : String(error),
  };
}

function seedOf(conversationId: string, turn: number): number {
  return createHash('sha256').update(`${conversationId}|${turn}`).digest().readUInt32BE(0);
}
