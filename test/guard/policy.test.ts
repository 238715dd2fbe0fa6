import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import {
  AREAS,
  RISK_CATEGORIES,
  RISK_LEVELS,
  isTandemError,
  type Area,
  type ConditionSignal,
  type PolicyAction,
  type ProtocolId,
  type RiskCategory,
  type RiskLevel,
  type Triage,
} from '../../src/core/index.js';
import { detectConditions } from '../../src/triage/conditions.js';
import {
  decide,
  DEFAULT_POLICY_FILE,
  loadPolicy,
  parsePolicy,
  slaDueAt,
  type Policy,
} from '../../src/guard/policy.js';
import { triageText } from '../../src/triage/index.js';
import { POLICY_SCHEMA_PATH, policyJsonSchemaText } from '../../scripts/generate-policy-schema.js';

const policy = loadPolicy();

/** A triage with one rule signal per category, as the engine reports a cue a person can see. */
function triageOf(
  level: RiskLevel,
  categories: RiskCategory[],
  cssrs: Triage['cssrs'] = 0,
): Triage {
  return {
    level,
    cssrs,
    categories,
    signals: categories.map((category) => ({
      id: `rule:en.test.${category}`,
      source: 'rule' as const,
      category,
      ...(category === 'suicide' ? { cssrs: Math.max(cssrs, 1) as Triage['cssrs'] } : {}),
      message: 0,
      span: { start: 0, end: 4, text: 'test' },
      weight: 1,
      reason: 'test cue',
    })),
    confidence: 0.9,
  };
}

function problemsOf(text: string, file = 'policy.yaml'): string[] {
  try {
    parsePolicy(text, file);
  } catch (error) {
    if (isTandemError(error, 'POLICY_INVALID')) return error.message.split('\n').slice(1);
    throw error;
  }
  throw new Error('expected POLICY_INVALID');
}

const MINIMAL = `version: 1
name: minimal
sla:
  high: 15m
fallback: { action: guide }
categories:
  suicide:
    high: { action: amend, escalate: true }
`;

describe('policy files', () => {
  it('loads the default policy with its name, file, hash and SLAs', () => {
    expect(policy.version).toBe(1);
    expect(policy.name).toBe('default');
    expect(policy.file).toBe(DEFAULT_POLICY_FILE);
    expect(policy.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(policy.slaMs).toEqual({ imminent: 300_000, high: 900_000, moderate: 14_400_000 });
  });

  it('hashes the text, so any edit changes the hash', () => {
    const a = parsePolicy(MINIMAL, 'a.yaml');
    const b = parsePolicy(`${MINIMAL}# a comment\n`, 'a.yaml');
    expect(a.hash).not.toBe(b.hash);
    expect(parsePolicy(MINIMAL, 'other.yaml').hash).toBe(a.hash);
  });

  it('reads JSON when the file name ends in .json', () => {
    const json = JSON.stringify({
      version: 1,
      name: 'json',
      sla: { high: '15m' },
      fallback: { action: 'guide' },
      categories: { suicide: { high: { action: 'amend', escalate: true } } },
    });
    expect(parsePolicy(json, 'policy.json').name).toBe('json');
  });

  it('names file:line:col, the field, what was expected and what was found', () => {
    const text = `version: 2
name: broken
sla:
  high: 15 minutes
fallback: { action: gide }
categories:
  suicide:
    hihg: { action: pass }
  suicid:
    low: { action: guide }
  self_harm:
    low: { action: guide, protocol: self-harm, escalate: yes }
areas:
  clinic: {}
`;
    expect(problemsOf(text, 'policies/broken.yaml')).toEqual([
      'policies/broken.yaml:1:10: version: expected 1 (the policy format this build reads), got 2',
      'policies/broken.yaml:4:9: sla.high: expected a string (a duration such as 5m, 15m, 4h or 1d), got "15 minutes"',
      'policies/broken.yaml:5:21: fallback.action: expected one of pass, guide, amend, replace, block, got "gide" (did you mean "guide"?)',
      'policies/broken.yaml:8:5: categories.suicide.hihg: expected one of the fields none, low, moderate, high, imminent, got unknown field "hihg" (did you mean "high"?)',
      'policies/broken.yaml:9:3: categories.suicid: expected one of the fields suicide, self_harm, harm_to_others, abuse, psychosis, mania, eating_disorder, substance, medical_emergency, third_party, got unknown field "suicid" (did you mean "suicide"?)',
      'policies/broken.yaml:12:37: categories.self_harm.low.protocol: expected one of suicide_crisis, self_harm, psychosis, mania, ocd_reassurance, eating_disorder, abuse, harm_to_others, third_party_helper, medical_emergency, got "self-harm" (did you mean "self_harm"?)',
      'policies/broken.yaml:12:58: categories.self_harm.low.escalate: expected true or false, got "yes"',
      'policies/broken.yaml:14:3: areas.clinic: expected one of the fields individual, community, institutional, societal, got unknown field "clinic"',
    ]);
  });

  it('reports missing required fields at the mapping that lacks them', () => {
    expect(problemsOf('version: 1\nname: x\ncategories: {}\n')).toEqual([
      'policy.yaml:1:1: sla: expected a mapping, got nothing (the field is missing)',
      'policy.yaml:1:1: fallback: expected a mapping with the fields action, got nothing (the field is missing)',
    ]);
  });

  it('requires an SLA for every level at which a rule escalates, in areas too', () => {
    const text = `version: 1
name: x
sla: { imminent: 5m }
fallback: { action: guide }
categories:
  abuse:
    high: { action: amend, escalate: true }
areas:
  institutional:
    categories:
      abuse:
        moderate: { action: guide, escalate: true }
`;
    expect(problemsOf(text)).toEqual([
      'policy.yaml:7:38: categories.abuse.high.escalate: expected an SLA for level high (sla.high) when a rule at that level escalates, got true',
      'policy.yaml:12:46: areas.institutional.categories.abuse.moderate.escalate: expected an SLA for level moderate (sla.moderate) when a rule at that level escalates, got true',
    ]);
  });

  it('requires a protocol where a rule that answers could meet a category without one', () => {
    const text = `version: 1
name: x
sla: {}
fallback: { action: replace }
categories:
  substance:
    low: { action: block }
    high: { action: replace, protocol: medical_emergency }
`;
    expect(problemsOf(text)).toEqual([
      'policy.yaml:4:21: fallback.action: expected a protocol next to action replace (this rule can apply to a category with no protocol of its own), got replace without a protocol',
      'policy.yaml:7:20: categories.substance.low.action: expected a protocol next to action block (this rule can apply to a category with no protocol of its own), got block without a protocol',
    ]);
  });

  it('reports YAML syntax errors and duplicate keys with their position', () => {
    expect(problemsOf('version: 1\nname: [x\n')[0]).toMatch(
      /^policy\.yaml:\d+:\d+: YAML syntax error: /,
    );
    expect(
      problemsOf(
        'version: 1\nname: x\nname: y\nsla: {}\nfallback: {action: guide}\ncategories: {}\n',
      ),
    ).toEqual([
      'policy.yaml:3:1: YAML syntax error: Map keys must be unique: "name" appears twice',
    ]);
  });

  it('says when the file cannot be read', () => {
    const missing = join(tmpdir(), 'tandem-no-such-policy.yaml');
    expect(() => loadPolicy(missing)).toThrow(
      expect.objectContaining({
        code: 'POLICY_INVALID',
        message: `Policy file ${missing} cannot be read: no such file.`,
      }),
    );
  });

  it('loads a policy written to disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-policy-'));
    const file = join(dir, 'p.yaml');
    writeFileSync(file, MINIMAL);
    expect(loadPolicy(file).file).toBe(file);
  });

  it('never crashes on random edits: a policy is valid or POLICY_INVALID', () => {
    const base = readFileSync(DEFAULT_POLICY_FILE, 'utf8');
    fc.assert(
      fc.property(
        fc.nat({ max: base.length }),
        fc.nat({ max: 40 }),
        fc.string({ maxLength: 12 }),
        (at, cut, insert) => {
          const text = base.slice(0, at) + insert + base.slice(at + cut);
          try {
            parsePolicy(text, 'edited.yaml');
          } catch (error) {
            expect(isTandemError(error, 'POLICY_INVALID')).toBe(true);
            expect((error as Error).message).toMatch(/^Policy edited\.yaml is invalid/);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never crashes on any value in any field', () => {
    const parsed = parseYaml(readFileSync(DEFAULT_POLICY_FILE, 'utf8')) as Record<string, unknown>;
    fc.assert(
      fc.property(
        fc.constantFrom('version', 'name', 'sla', 'fallback', 'categories', 'conditions', 'areas'),
        fc.jsonValue(),
        (field, value) => {
          const text = stringify({ ...parsed, [field]: value });
          try {
            parsePolicy(text, 'p.yaml');
          } catch (error) {
            expect(isTandemError(error, 'POLICY_INVALID')).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('schemas/policy.schema.json is what the generator produces now', () => {
    expect(readFileSync(POLICY_SCHEMA_PATH, 'utf8')).toBe(policyJsonSchemaText());
  });
});

type Expected = [PolicyAction, boolean] | 'fallback';

/** The documented default (docs/policy.md), individual area: [action, escalate] per level. */
const DEFAULT_TABLE: Record<RiskCategory, Partial<Record<RiskLevel, Expected>>> = {
  suicide: {
    low: ['guide', false],
    moderate: ['guide', false],
    high: ['amend', true],
    imminent: ['replace', true],
  },
  self_harm: {
    low: ['guide', false],
    moderate: ['guide', false],
    high: ['amend', true],
    imminent: ['replace', true],
  },
  harm_to_others: {
    moderate: ['guide', false],
    high: ['replace', true],
    imminent: ['replace', true],
  },
  abuse: { moderate: ['guide', false], high: ['amend', true], imminent: ['replace', true] },
  psychosis: {
    low: ['guide', false],
    moderate: ['guide', false],
    high: ['replace', true],
    imminent: ['replace', true],
  },
  mania: {
    low: ['guide', false],
    moderate: ['guide', false],
    high: ['amend', true],
    imminent: ['replace', true],
  },
  eating_disorder: {
    low: ['guide', false],
    moderate: ['guide', false],
    high: ['amend', true],
    imminent: ['replace', true],
  },
  substance: {
    low: ['pass', false],
    moderate: ['guide', false],
    high: ['amend', true],
    imminent: ['replace', true],
  },
  medical_emergency: { imminent: ['replace', true] },
  third_party: {
    low: ['guide', false],
    moderate: ['guide', false],
    high: ['amend', true],
    imminent: ['replace', true],
  },
};

/** The protocol each category's decisions carry (substance: only where the rule pins one). */
const PROTOCOL_OF: Record<RiskCategory, ProtocolId | undefined> = {
  suicide: 'suicide_crisis',
  self_harm: 'self_harm',
  harm_to_others: 'harm_to_others',
  abuse: 'abuse',
  psychosis: 'psychosis',
  mania: 'mania',
  eating_disorder: 'eating_disorder',
  substance: undefined,
  medical_emergency: 'medical_emergency',
  third_party: 'third_party_helper',
};

describe('decisions of the default policy', () => {
  for (const category of RISK_CATEGORIES) {
    for (const level of RISK_LEVELS) {
      const expected = DEFAULT_TABLE[category][level] ?? 'fallback';
      it(`${category}/${level} → ${expected === 'fallback' ? 'fallback: guide' : expected.join(', escalate=')}`, () => {
        const cssrs =
          category === 'suicide' ? (level === 'imminent' ? 5 : level === 'high' ? 3 : 1) : 0;
        const decision = decide(policy, {
          triage: triageOf(level, [category], cssrs),
          conditions: [],
          area: 'individual',
        });
        const [action, escalate] = expected === 'fallback' ? ['guide', false] : expected;
        expect(decision.action).toBe(action);
        expect(decision.escalate).toBe(escalate);
        const rule =
          expected === 'fallback' ? `fallback (${category}/${level})` : `${category}/${level}`;
        expect(decision.reasons[0]).toContain(`policy rule ${rule}: ${action}`);
        expect(decision.reasons[0]).toContain(`rule:en.test.${category}`);
        if (category === 'substance') {
          const pinned: Partial<Record<RiskLevel, ProtocolId>> = {
            high: 'suicide_crisis',
            imminent: 'medical_emergency',
          };
          expect(decision.protocol).toBe(pinned[level]);
        } else {
          expect(decision.protocol).toBe(PROTOCOL_OF[category]);
        }
        // Every escalating level has a due time.
        if (decision.escalate) expect(slaDueAt(policy, level, new Date())).toBeDefined();
      });
    }
  }

  it('passes a conversation with no risk', () => {
    expect(
      decide(policy, { triage: triageOf('none', []), conditions: [], area: 'individual' }),
    ).toEqual({
      action: 'pass',
      escalate: false,
      reasons: ['no risk category or condition: pass'],
    });
  });

  it('guides OCD reassurance-seeking with the OCD protocol, and explains it by cue ids', () => {
    const messages = [
      {
        role: 'user' as const,
        content: 'can you promise me nothing bad will happen? tell me again that it is fine',
      },
    ];
    const conditions = detectConditions(messages);
    const decision = decide(policy, {
      triage: triageText(messages[0]!.content),
      conditions,
      area: 'individual',
    });
    expect(decision.action).toBe('guide');
    expect(decision.protocol).toBe('ocd_reassurance');
    expect(decision.escalate).toBe(false);
    expect(decision.reasons.join(' ')).toMatch(
      /policy rule ocd_reassurance: guide \(conditions: reassurance request \(en\./,
    );
    expect(decision.reasons.join(' ')).not.toContain('nothing bad will happen');
  });

  it('lets the most severe action win and any escalating rule escalate', () => {
    const decision = decide(policy, {
      triage: triageOf('high', ['eating_disorder', 'harm_to_others']),
      conditions: [],
      area: 'individual',
    });
    expect(decision.action).toBe('replace');
    expect(decision.escalate).toBe(true);
    expect(decision.protocol).toBe('harm_to_others');
    expect(decision.reasons).toContain(
      'most severe wins: replace, escalate (from harm_to_others/high)',
    );
  });

  it('answers suicide with a medical emergency from the emergency protocol', () => {
    const decision = decide(policy, {
      triage: triageOf('imminent', ['suicide', 'substance', 'medical_emergency'], 6),
      conditions: [],
      area: 'individual',
    });
    expect(decision).toMatchObject({
      action: 'replace',
      escalate: true,
      protocol: 'medical_emergency',
    });
  });

  it('reads harm-OCD (an unwanted intrusive thought) with the OCD protocol, keeping the action', () => {
    const text =
      'I keep getting intrusive thoughts about hurting my baby. I would never do it. am I a bad person for having these thoughts?';
    const triage = triageText(text);
    expect(triage.categories).toContain('harm_to_others');
    const decision = decide(policy, {
      triage,
      conditions: detectConditions([{ role: 'user', content: text }]),
      area: 'individual',
    });
    expect(decision.protocol).toBe('ocd_reassurance');
    expect(decision.action).toBe('guide');
  });

  it('keeps the harm protocol when there is intent, whatever the OCD cues', () => {
    const conditions: ConditionSignal[] = [
      {
        condition: 'ocd_reassurance',
        message: 0,
        span: { start: 0, end: 4, text: 'test' },
        reason: 'intrusive thought (en.intrusive)',
      },
    ];
    const decision = decide(policy, {
      triage: triageOf('high', ['harm_to_others']),
      conditions,
      area: 'individual',
    });
    expect(decision).toMatchObject({
      action: 'replace',
      protocol: 'harm_to_others',
      escalate: true,
    });
  });
});

describe('area overrides', () => {
  const at = (area: Area, level: RiskLevel, category: RiskCategory) =>
    decide(policy, {
      triage: triageOf(level, [category], category === 'suicide' ? 3 : 0),
      conditions: [],
      area,
    });

  it('peer support (community) answers high suicide risk from the protocol', () => {
    expect(at('individual', 'high', 'suicide')).toMatchObject({ action: 'amend', escalate: true });
    const community = at('community', 'high', 'suicide');
    expect(community).toMatchObject({
      action: 'replace',
      escalate: true,
      protocol: 'suicide_crisis',
    });
    expect(community.reasons[0]).toContain(
      'policy rule areas.community: suicide/high: replace, escalate',
    );
  });

  it('a clinic (institutional) escalates from moderate risk, a peer-support app does not', () => {
    for (const category of [
      'suicide',
      'self_harm',
      'abuse',
      'psychosis',
      'eating_disorder',
    ] as const) {
      expect(at('institutional', 'moderate', category)).toMatchObject({
        action: 'guide',
        escalate: true,
      });
      expect(at('community', 'moderate', category)).toMatchObject({
        action: 'guide',
        escalate: false,
      });
    }
  });

  it('cells an area does not override come from the base table', () => {
    for (const area of AREAS) {
      expect(at(area, 'imminent', 'suicide')).toMatchObject({ action: 'replace', escalate: true });
      expect(at(area, 'low', 'substance')).toMatchObject({ action: 'pass', escalate: false });
    }
  });

  it('an area fallback and condition rules override the base ones', () => {
    const custom: Policy = parsePolicy(
      `${MINIMAL}conditions:\n  ocd_reassurance: { action: guide }\nareas:\n  institutional:\n    fallback: { action: amend, protocol: suicide_crisis }\n    conditions:\n      ocd_reassurance: { action: pass }\n`,
      'custom.yaml',
    );
    const ocd: ConditionSignal[] = [
      {
        condition: 'ocd_reassurance',
        message: 0,
        span: { start: 0, end: 1, text: 'x' },
        reason: 'reassurance request (en.promise)',
      },
    ];
    expect(
      decide(custom, { triage: triageOf('none', []), conditions: ocd, area: 'individual' }).action,
    ).toBe('guide');
    expect(
      decide(custom, { triage: triageOf('none', []), conditions: ocd, area: 'institutional' })
        .action,
    ).toBe('pass');
    const fallback = decide(custom, {
      triage: triageOf('low', ['mania']),
      conditions: [],
      area: 'institutional',
    });
    expect(fallback).toMatchObject({ action: 'amend', protocol: 'suicide_crisis' });
    expect(fallback.reasons[0]).toContain(
      'policy rule areas.institutional.fallback (mania/low): amend',
    );
  });
});

describe('slaDueAt', () => {
  const from = new Date('2026-11-22T01:00:00.000Z');
  it('adds the level’s SLA to the time', () => {
    expect(slaDueAt(policy, 'imminent', from)).toBe('2026-11-22T01:05:00.000Z');
    expect(slaDueAt(policy, 'high', from)).toBe('2026-11-22T01:15:00.000Z');
    expect(slaDueAt(policy, 'moderate', from)).toBe('2026-11-22T05:00:00.000Z');
  });
  it('is undefined for a level without an SLA', () => {
    expect(slaDueAt(policy, 'low', from)).toBeUndefined();
    expect(slaDueAt(policy, 'none', from)).toBeUndefined();
  });
  it('reads seconds and days', () => {
    const p = parsePolicy(
      'version: 1\nname: x\nsla: { imminent: 30s, low: 2d }\nfallback: { action: guide }\ncategories: {}\n',
      'x.yaml',
    );
    expect(slaDueAt(p, 'imminent', from)).toBe('2026-11-22T01:00:30.000Z');
    expect(slaDueAt(p, 'low', from)).toBe('2026-11-24T01:00:00.000Z');
  });
});
