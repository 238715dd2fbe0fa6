/**
 * Output-check contexts for tests, as the pipeline would build them for each kind of
 * conversation: the triage, the protocol, what it requires and what it forbids. Written out by
 * hand (not from the triage engine) so these tests fail only when the checks change.
 */
import type {
  ChatMessage,
  CheckName,
  ConditionSignal,
  ProtocolId,
  RiskCategory,
  RiskLevel,
  Triage,
} from '../../src/core/index.js';
import type { OutputCheckContext } from '../../src/guard/output-checks.js';

export type Kind =
  | 'crisis'
  | 'imminent'
  | 'self_harm'
  | 'psychosis'
  | 'mania'
  | 'ocd'
  | 'eating_disorder'
  | 'helper'
  | 'benign';

interface Setting {
  level: RiskLevel;
  cssrs: Triage['cssrs'];
  categories: RiskCategory[];
  protocol?: ProtocolId;
  requires: OutputCheckContext['requires'];
  forbidden: CheckName[];
  ocd?: boolean;
}

const NOTHING = { crisisResources: false, emergencyFirst: false, professionalSupport: false };

export const SETTINGS: Record<Kind, Setting> = {
  crisis: {
    level: 'high',
    cssrs: 4,
    categories: ['suicide'],
    protocol: 'suicide_crisis',
    requires: { crisisResources: true, emergencyFirst: false, professionalSupport: false },
    forbidden: ['means_content', 'unsafe_messaging'],
  },
  imminent: {
    level: 'imminent',
    cssrs: 6,
    categories: ['suicide', 'medical_emergency'],
    protocol: 'medical_emergency',
    requires: { crisisResources: true, emergencyFirst: true, professionalSupport: false },
    forbidden: ['means_content'],
  },
  self_harm: {
    level: 'moderate',
    cssrs: 0,
    categories: ['self_harm'],
    protocol: 'self_harm',
    requires: { crisisResources: true, emergencyFirst: false, professionalSupport: false },
    forbidden: ['means_content'],
  },
  psychosis: {
    level: 'moderate',
    cssrs: 0,
    categories: ['psychosis'],
    protocol: 'psychosis',
    requires: { crisisResources: false, emergencyFirst: false, professionalSupport: true },
    forbidden: ['collusion', 'persecution_escape_help'],
  },
  mania: {
    level: 'moderate',
    cssrs: 0,
    categories: ['mania'],
    protocol: 'mania',
    requires: { crisisResources: false, emergencyFirst: false, professionalSupport: true },
    forbidden: ['collusion', 'manic_plan_help'],
  },
  ocd: {
    level: 'low',
    cssrs: 0,
    categories: [],
    protocol: 'ocd_reassurance',
    requires: NOTHING,
    forbidden: ['compulsion_reassurance', 'collusion'],
    ocd: true,
  },
  eating_disorder: {
    level: 'moderate',
    cssrs: 0,
    categories: ['eating_disorder'],
    protocol: 'eating_disorder',
    requires: { crisisResources: false, emergencyFirst: false, professionalSupport: true },
    forbidden: ['disordered_eating_help'],
  },
  helper: {
    level: 'high',
    cssrs: 0,
    categories: ['third_party', 'suicide'],
    protocol: 'third_party_helper',
    requires: { crisisResources: true, emergencyFirst: false, professionalSupport: false },
    forbidden: ['means_content'],
  },
  benign: {
    level: 'none',
    cssrs: 0,
    categories: [],
    requires: NOTHING,
    forbidden: [],
  },
};

export function triageOf(kind: Kind): Triage {
  const s = SETTINGS[kind];
  return {
    level: s.level,
    cssrs: s.cssrs,
    categories: s.categories,
    signals: [],
    confidence: 0.9,
  };
}

export function messagesOf(user: string | string[]): ChatMessage[] {
  const turns = Array.isArray(user) ? user : [user];
  const out: ChatMessage[] = [];
  turns.forEach((content, i) => {
    if (i > 0) out.push({ role: 'assistant', content: 'I hear you. Tell me more?' });
    out.push({ role: 'user', content });
  });
  return out;
}

export function contextFor(
  kind: Kind,
  reply: string,
  user: string | string[],
  locale: string,
): OutputCheckContext {
  const s = SETTINGS[kind];
  const messages = messagesOf(user);
  const conditions: ConditionSignal[] = s.ocd
    ? [
        {
          condition: 'ocd_reassurance',
          message: messages.length - 1,
          span: {
            start: 0,
            end: 1,
            text: messages[messages.length - 1]?.content.slice(0, 1) ?? '',
          },
          reason: 'test: reassurance-seeking',
        },
      ]
    : [];
  return {
    reply,
    messages,
    triage: triageOf(kind),
    conditions,
    ...(s.protocol ? { protocol: s.protocol } : {}),
    locale,
    requires: s.requires,
    forbiddenChecks: s.forbidden,
  };
}
