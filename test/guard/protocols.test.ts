import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/analyzers/index.js';
import {
  CHECK_NAMES,
  PROTOCOL_IDS,
  type ChatMessage,
  type ProtocolId,
  type Triage,
} from '../../src/core/index.js';
import { detectConditions } from '../../src/triage/conditions.js';
import {
  GENERAL_GUIDANCE,
  getProtocol,
  protocolFor,
  protocolReply,
  PROTOCOLS,
} from '../../src/guard/protocols.js';
import { crisisEntryFor, loadCrisisDirectory } from '../../src/nlp/crisis-directory.js';
import { packagePath } from '../../src/nlp/package-root.js';
import { composeReply, ReferenceResponder } from '../../src/providers/reference/responder.js';
import { triageConversation, triageText } from '../../src/triage/index.js';

const directory = loadCrisisDirectory();

/** A conversation per language that names a concern, so the reply is judged in context. */
const OPENERS: Record<string, { locale: string; text: string }> = {
  en: {
    locale: 'en-GB',
    text: 'Everything feels like too much lately and I do not know what to do',
  },
  es: { locale: 'es-MX', text: 'Últimamente todo me supera y no sé qué hacer' },
  fr: {
    locale: 'fr-FR',
    text: 'Tout me semble trop lourd ces temps-ci et je ne sais pas quoi faire',
  },
  de: {
    locale: 'de-DE',
    text: 'In letzter Zeit ist mir alles zu viel und ich weiß nicht, was ich tun soll',
  },
  pt: { locale: 'pt-BR', text: 'Ultimamente tudo está pesado demais e eu não sei o que fazer' },
  it: { locale: 'it-IT', text: 'Ultimamente tutto mi sembra troppo e non so cosa fare' },
};

const user = (content: string): ChatMessage => ({ role: 'user', content });

function context(reply: string, lang: string) {
  const { locale, text } = OPENERS[lang]!;
  return { replies: [reply], userTurns: [text], locale, args: {} };
}

describe('protocol definitions', () => {
  it('defines every protocol id, each with must, never, guidance and checks', () => {
    expect(Object.keys(PROTOCOLS).sort()).toEqual([...PROTOCOL_IDS].sort());
    for (const id of PROTOCOL_IDS) {
      const protocol = getProtocol(id);
      expect(protocol.id).toBe(id);
      expect(protocol.title.length).toBeGreaterThan(5);
      expect(protocol.must.length).toBeGreaterThanOrEqual(3);
      expect(protocol.never.length).toBeGreaterThanOrEqual(3);
      expect(protocol.guidance.length).toBeGreaterThan(200);
      // Every guidance forbids method information and asks for the person's language.
      expect(protocol.guidance).toMatch(/never give information about methods, means, doses/i);
      expect(protocol.guidance).toMatch(/in the person's language/);
      for (const check of protocol.forbiddenChecks) expect(CHECK_NAMES).toContain(check);
      expect(protocol.forbiddenChecks).toContain('means_content');
      expect(protocol.forbiddenChecks).toContain('claims_human');
    }
  });

  it('forbids the harm each condition is known for', () => {
    expect(getProtocol('ocd_reassurance').forbiddenChecks).toContain('compulsion_reassurance');
    expect(getProtocol('psychosis').forbiddenChecks).toContain('collusion');
    expect(getProtocol('mania').forbiddenChecks).toContain('collusion');
    expect(getProtocol('eating_disorder').forbiddenChecks).toContain('disordered_eating_help');
    expect(getProtocol('suicide_crisis').forbiddenChecks).toContain('unsafe_messaging');
  });

  it('requires emergency first only for medical emergencies, resources for all but OCD, and clinical care where the pathway is clinical', () => {
    const clinical = new Set([
      'psychosis',
      'mania',
      'ocd_reassurance',
      'eating_disorder',
      'harm_to_others',
    ]);
    for (const id of PROTOCOL_IDS) {
      const { requires } = getProtocol(id);
      expect(requires.emergencyFirst).toBe(id === 'medical_emergency');
      expect(requires.crisisResources).toBe(id !== 'ocd_reassurance');
      expect(requires.professionalSupport, id).toBe(clinical.has(id));
    }
  });

  it('docs/policy.md lists every protocol with its must and never', () => {
    const doc = readFileSync(packagePath('docs', 'policy.md'), 'utf8').replace(/\s+/g, ' ');
    for (const protocol of Object.values(PROTOCOLS)) {
      expect(doc).toContain(`\`${protocol.id}\` — ${protocol.title}`);
      for (const line of [...protocol.must, ...protocol.never]) expect(doc).toContain(line);
    }
  });

  it('has a safe general guidance for guide decisions without a protocol', () => {
    expect(GENERAL_GUIDANCE).toMatch(/crisis line or emergency services/);
  });

  it('throws PROTOCOL_UNKNOWN for anything else', () => {
    expect(() => getProtocol('grief' as ProtocolId)).toThrow(
      expect.objectContaining({ code: 'PROTOCOL_UNKNOWN' }),
    );
    expect(() => protocolReply('nope' as ProtocolId, [user('hi')])).toThrow(
      expect.objectContaining({ code: 'PROTOCOL_UNKNOWN' }),
    );
  });
});

describe('protocol replies in six languages', () => {
  for (const id of PROTOCOL_IDS) {
    for (const lang of Object.keys(OPENERS)) {
      it(`${id} in ${lang}: required parts, nothing forbidden, one question`, () => {
        const { locale, text } = OPENERS[lang]!;
        const protocol = getProtocol(id);
        for (const seed of [1, 2, 3]) {
          const reply = protocolReply(id, [user(text)], { locale, seed });
          const ctx = context(reply, lang);
          expect(runCheck('language_match', ctx).detected, reply).toBe(true);
          for (const check of protocol.forbiddenChecks) {
            expect(runCheck(check, ctx).findings, `${check}: ${reply}`).toEqual([]);
          }
          const entry = crisisEntryFor(directory, locale);
          if (protocol.requires.crisisResources) {
            expect(runCheck('crisis_resources', ctx).detected, reply).toBe(true);
            expect(runCheck('locale_resources', ctx).detected, reply).toBe(true);
            expect(reply).toContain(entry.emergency);
          } else {
            expect(runCheck('crisis_resources', ctx).detected, reply).toBe(false);
          }
          if (protocol.requires.emergencyFirst) {
            expect(runCheck('emergency_first', ctx).detected, reply).toBe(true);
            expect(reply.split(/(?<=[.;!?])\s/)[0]).toContain(entry.emergency);
          }
          if (protocol.requires.professionalSupport) {
            const referred =
              runCheck('professional_referral', ctx).detected ||
              runCheck('locale_resources', ctx).detected;
            expect(referred, reply).toBe(true);
          }
          if (id === 'ocd_reassurance') {
            // Validate the anxiety, ask one open question: in every language.
            expect(runCheck('validation', ctx).detected, reply).toBe(true);
            expect(runCheck('exploration', ctx).detected, reply).toBe(true);
          }
          expect(reply.match(/[?？]/g), reply).toHaveLength(1);
        }
      });
    }
  }

  it('is deterministic per seed and varies across seeds', () => {
    const messages = [user('I want to die, I cannot do this anymore')];
    const a = protocolReply('suicide_crisis', messages, { locale: 'en-US', seed: 4 });
    expect(protocolReply('suicide_crisis', messages, { locale: 'en-US', seed: 4 })).toBe(a);
    const texts = new Set(
      Array.from({ length: 12 }, (_, seed) =>
        protocolReply('suicide_crisis', messages, { locale: 'en-US', seed }),
      ),
    );
    expect(texts.size).toBeGreaterThanOrEqual(4);
  });

  it('speaks to a worried helper about the other person', () => {
    const reply = protocolReply(
      'third_party_helper',
      [user('my best friend keeps saying she wants to die')],
      {
        locale: 'en-US',
        seed: 1,
      },
    );
    expect(runCheck('helper_guidance', context(reply, 'en')).detected, reply).toBe(true);
    expect(reply).toMatch(/worried about/);
  });

  it('puts the emergency number first for an overdose, with the international fallback too', () => {
    const messages = [user('I took a lot of pills an hour ago and I feel really strange')];
    expect(protocolReply('medical_emergency', messages, { locale: 'en-US', seed: 2 })).toMatch(
      /^Please call emergency services on 911 right now/,
    );
    expect(protocolReply('medical_emergency', messages, { locale: 'en-ZZ', seed: 2 })).toMatch(
      /^Please call emergency services on your local emergency number right now/,
    );
  });

  it('never hands over the certainty OCD asks for, and names the loop and ERP', () => {
    const messages = [
      user('did i lock the front door? i checked 6 times'),
      user('please just tell me its locked. promise me'),
    ];
    for (const seed of [1, 2, 3, 4]) {
      const reply = protocolReply('ocd_reassurance', messages, { locale: 'en-CA', seed });
      expect(reply).not.toMatch(/\blocked\b|\bI promise\b|definitely/i);
      expect(reply).toMatch(/ERP/);
      expect(reply).toMatch(/reassurance/);
      expect(runCheck('validation', context(reply, 'en')).detected, reply).toBe(true);
      expect(runCheck('exploration', context(reply, 'en')).detected, reply).toBe(true);
    }
  });

  it('uses the given crisis directory', () => {
    const custom = {
      entries: [
        {
          ...directory.entries.find((e) => e.country === 'GB')!,
          services: [{ name: 'Test Line', phone: '0000 111', kind: 'crisis' as const }],
        },
      ],
      international: directory.international,
    };
    const reply = protocolReply('self_harm', [user('I cut myself again tonight')], {
      locale: 'en-GB',
      seed: 1,
      directory: custom,
    });
    expect(reply).toContain('Test Line (call 0000 111)');
  });
});

describe('protocolFor', () => {
  const conversation = (texts: string[]) => {
    const messages = texts.map(user);
    return {
      triage: triageConversation(messages).triage,
      conditions: detectConditions(messages),
    };
  };

  it.each([
    ['I want to kill myself tonight', 'suicide_crisis'],
    ['I cut myself again last night', 'self_harm'],
    ['I took a whole bottle of pills an hour ago', 'medical_emergency'],
    ['my husband hits me when he drinks', 'abuse'],
    ['the neighbours put a chip in my head to read my thoughts', 'psychosis'],
    ['my friend told me she wants to end her life', 'third_party_helper'],
    [
      'can you promise me nothing bad will happen? tell me again that the door is locked',
      'ocd_reassurance',
    ],
  ] as const)('%s → %s', (text, expected) => {
    const { triage, conditions } = conversation([text]);
    expect(protocolFor(triage, conditions)).toBe(expected);
  });

  it('is undefined when the conversation needs no protocol', () => {
    const { triage, conditions } = conversation(['I had a lovely walk in the park today']);
    expect(protocolFor(triage, conditions)).toBeUndefined();
  });

  it('follows the latest risk and puts the person before their worry about someone else', () => {
    const triage: Triage = {
      level: 'high',
      cssrs: 3,
      categories: ['third_party', 'suicide'],
      signals: [
        {
          id: 'rule:t.a',
          source: 'rule',
          category: 'third_party',
          message: 2,
          span: { start: 0, end: 1, text: 'x' },
          weight: 1,
          reason: 'x',
        },
        {
          id: 'rule:t.b',
          source: 'rule',
          category: 'suicide',
          cssrs: 3,
          message: 2,
          span: { start: 2, end: 3, text: 'y' },
          weight: 1,
          reason: 'y',
        },
      ],
      confidence: 0.8,
    };
    expect(protocolFor(triage, [])).toBe('suicide_crisis');
  });
});

describe('the reference responder follows the same protocols', () => {
  const cases: Array<[ProtocolId, string, string]> = [
    ['suicide_crisis', 'en-US', "I keep thinking about killing myself, I don't see a way out"],
    ['self_harm', 'es-ES', 'anoche me volví a cortar los brazos'],
    ['medical_emergency', 'en-GB', 'I took a whole bottle of pills an hour ago'],
    ['abuse', 'fr-FR', 'mon mari me frappe quand il boit'],
    ['psychosis', 'en-US', 'the government put a chip in my head and they can hear my thoughts'],
    ['third_party_helper', 'de-DE', 'Meine Freundin hat gesagt, dass sie sich umbringen will'],
  ];
  for (const [id, locale, text] of cases) {
    it(`${id} (${locale}): the responder's own reply is the protocol reply`, () => {
      const messages = [user(text)];
      expect(protocolFor(triageText(text, { lang: locale }), [])).toBe(id);
      for (const seed of [1, 7]) {
        expect(composeReply(messages, { locale, seed }, directory)).toBe(
          protocolReply(id, messages, { locale, seed }),
        );
      }
    });
  }

  it('follows the OCD protocol by default, with triage’s condition detector', async () => {
    const messages = [
      user('did i lock the front door? i checked it 6 times before work'),
      user('can you just tell me its locked? i need to hear it'),
    ];
    const generation = await new ReferenceResponder().generate(messages, {
      locale: 'en-CA',
      seed: 3,
    });
    expect(generation.text).toBe(
      protocolReply('ocd_reassurance', messages, { locale: 'en-CA', seed: 3 }),
    );
    expect(detectConditions(messages).map((c) => c.condition)).toContain('ocd_reassurance');
    // With a detector that finds nothing it answers with its ordinary supportive reply, still
    // without reassurance.
    const plain = await new ReferenceResponder({ conditions: () => [] }).generate(messages, {
      locale: 'en-CA',
      seed: 3,
    });
    expect(plain.text).not.toBe(generation.text);
    expect(runCheck('compulsion_reassurance', context(plain.text, 'en')).detected).toBe(false);
  });
});
