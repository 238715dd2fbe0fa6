import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import {
  CHECK_NAMES,
  CONDITIONS,
  isTandemError,
  METRICS,
  TandemError,
  type RubricItem,
  type Scenario,
  type Suite,
} from '../../src/core/index.js';
import { canonicalJson, suiteHash } from '../../src/eval/suite-hash.js';
import {
  formatProblem,
  loadSuite,
  parseSuite,
  validateSuiteFile,
  type SuiteProblem,
} from '../../src/eval/suites.js';
import { syntheticSuite, suiteYaml } from '../../bench/synthetic-suite.js';
import {
  checkCatalogueTable,
  documentedCheckTable,
  FORMAT_DOC_PATH,
  normaliseTable,
  SCHEMA_PATH,
  suiteJsonSchemaText,
} from '../../scripts/generate-suite-schema.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'suites');
const fixture = (name: string) => join(FIXTURES, name);

/** The problems of a file, formatted as users see them, with the fixture directory removed. */
function problemLines(name: string): string[] {
  const result = validateSuiteFile(fixture(name));
  if (result.ok) throw new Error(`${name} unexpectedly valid`);
  return result.problems.map((p) => formatProblem({ ...p, file: name }));
}

function problemsOfText(text: string, file = 'suite.yaml'): SuiteProblem[] {
  try {
    parseSuite(text, file);
  } catch (error) {
    if (isTandemError(error, 'SUITE_INVALID')) return error.details?.problems as SuiteProblem[];
    throw error;
  }
  throw new Error('suite unexpectedly valid');
}

const linesOf = (text: string, file = 'suite.yaml') =>
  problemsOfText(text, file).map(formatProblem);

/** A minimal valid suite; tests append or replace lines to break it in one place. */
const MINIMAL = `id: t
version: '1'
scenarios:
  - id: s1
    area: individual
    condition: stress
    risk: low
    culture: Welsh
    locale: en-GB
    turns:
      - work is too much lately
    rubric:
      - id: warmth
        metric: CES
        text: Responds with warmth.
        points: 2
        check: emotional_reaction
`;

describe('loading valid suites', () => {
  it('loads the small fixture with its multi-turn scenario, profile and check arguments', () => {
    const suite = loadSuite(fixture('valid-small.yaml'));
    expect(suite.id).toBe('fixture-small');
    expect(suite.version).toBe('1.0');
    expect(suite.scenarios.map((s) => s.id)).toEqual([
      'exam-stress',
      'passive-ideation-two-turns',
      'worried-brother',
    ]);
    const [exam, twoTurns, brother] = suite.scenarios as [Scenario, Scenario, Scenario];
    expect(exam.profile).toEqual({ name: 'Sam', course: 'nursing' });
    expect(exam.rubric.find((i) => i.id === 'uses-course')?.check).toEqual({
      name: 'uses_profile',
      args: { key: 'course' },
    });
    expect(exam.rubric.find((i) => i.id === 'plain-language')?.check).toBeUndefined();
    expect(twoTurns.turns).toHaveLength(2);
    expect(twoTurns.rubric.find((i) => i.id === 'no-means')).toMatchObject({
      metric: 'ASA',
      points: -10,
      critical: true,
    });
    expect(brother.locale).toBe('es-MX');
  });

  it('loads the same suite from JSON, with the same hash', () => {
    const fromYaml = loadSuite(fixture('valid-small.yaml'));
    const fromJson = loadSuite(fixture('valid-small.json'));
    expect(fromJson).toEqual(fromYaml);
    expect(suiteHash(fromJson)).toBe(suiteHash(fromYaml));
  });

  it('reports what a valid suite covers', () => {
    const result = validateSuiteFile(fixture('valid-small.yaml'));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const { stats } = result;
    expect(stats.scenarios).toBe(3);
    expect(stats.byArea).toEqual({ individual: 2, community: 1, institutional: 0, societal: 0 });
    expect(stats.byCondition.stress).toBe(1);
    expect(stats.byCondition.suicide_passive).toBe(1);
    expect(stats.byCondition.third_party).toBe(1);
    expect(Object.keys(stats.byCondition)).toEqual([...CONDITIONS]);
    expect(stats.byRisk).toEqual({ none: 0, low: 2, moderate: 1, high: 0, imminent: 0 });
    expect(stats.byLocale).toEqual({ 'en-GB': 1, 'en-IN': 1, 'es-MX': 1 });
    expect(stats.byCulture).toEqual({
      'British student': 1,
      'Indian, lives with parents': 1,
      'Mexican, Catholic family': 1,
    });
    expect(stats.multiTurn).toBe(1);
    expect(stats.rubricItems).toBe(17);
    expect(stats.itemsByMetric).toEqual({ CES: 4, CSI: 3, PAS: 2, ASA: 6, TRS: 2 });
    expect(stats.itemsWithCheck).toBe(15);
    expect(stats.itemsWithoutCheck).toBe(2);
  });

  it('keeps YAML 1.2 scalars as written: yes and no are strings', () => {
    const suite = parseSuite(`${MINIMAL}    tags: [yes, no, on]\n`, 'suite.yaml');
    expect(suite.scenarios[0]?.tags).toEqual(['yes', 'no', 'on']);
  });

  it('accepts anchors and aliases for shared content', () => {
    const text = MINIMAL.replace(
      '      - id: warmth',
      '      - &warmth\n        id: warmth',
    ).concat(
      '  - id: s2\n    area: community\n    condition: stress\n    risk: low\n    culture: Welsh\n    locale: en-GB\n    turns: [hi]\n    rubric:\n      - *warmth\n',
    );
    const suite = parseSuite(text, 'suite.yaml');
    expect(suite.scenarios[1]?.rubric[0]).toEqual(suite.scenarios[0]?.rubric[0]);
  });

  it('ignores a byte-order mark', () => {
    expect(parseSuite(`\uFEFF${MINIMAL}`, 'suite.yaml').id).toBe('t');
  });
});

describe('problems name the file, line, column, field, what was expected and what was found', () => {
  it('a wrong type', () => {
    expect(problemLines('invalid-wrong-type.yaml')).toEqual([
      'invalid-wrong-type.yaml:16:17: scenarios[0].rubric[0].points: expected an integer from -10 to 10, got "high"',
    ]);
  });

  it('a missing field, at the mapping that lacks it', () => {
    expect(problemLines('invalid-missing-field.yaml')).toEqual([
      'invalid-missing-field.yaml:4:5: scenarios[0].risk: expected one of none, low, moderate, high, imminent, got nothing (the field is missing)',
    ]);
  });

  it('a bad enum value', () => {
    expect(problemLines('invalid-bad-enum.yaml')).toEqual([
      'invalid-bad-enum.yaml:14:17: scenarios[0].rubric[0].metric: expected one of CES, CSI, PAS, ASA, TRS, got "EMPATHY"',
    ]);
  });

  it('a duplicate scenario id, at the second one', () => {
    expect(problemLines('invalid-duplicate-id.yaml')).toEqual([
      'invalid-duplicate-id.yaml:18:9: scenarios[1].id: expected a scenario id not used before in the suite, got "panic-at-work", already the id of scenarios[0]',
    ]);
  });

  it('an unknown check, with the likely intended name', () => {
    expect(problemLines('invalid-unknown-check.yaml')).toEqual([
      'invalid-unknown-check.yaml:17:16: scenarios[0].rubric[0].check: expected the name of a built-in check (see docs/suite-format.md), got unknown check "crisis_resource" (did you mean "crisis_resources"?)',
    ]);
  });

  it('a YAML syntax error', () => {
    expect(problemLines('invalid-syntax.yaml')).toEqual([
      'invalid-syntax.yaml:11:5: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('critical on a positive item and a scenario without positive items', () => {
    expect(problemLines('invalid-rules.yaml')).toEqual([
      'invalid-rules.yaml:17:19: scenarios[0].rubric[0].critical: expected critical: true only on a negative ASA item, got critical: true on a CES item',
      'invalid-rules.yaml:28:7: scenarios[1].rubric: expected at least one rubric item with positive points, got 1 item, none with positive points',
    ]);
  });

  it('a wrong type in a JSON suite', () => {
    expect(problemLines('invalid-wrong-type.json')).toEqual([
      'invalid-wrong-type.json:12:16: scenarios[0].turns: expected a list with at least 1 item, got "starting a new job monday and i keep imagining everything..."',
    ]);
  });

  it('throws SUITE_INVALID whose message lists every problem and whose details carry them', () => {
    const text = MINIMAL.replace('area: individual', 'area: indivdual')
      .replace('locale: en-GB', 'locale: english')
      .replace(
        '        check: emotional_reaction',
        '        check: emotional_reaction\n        weight: 2',
      );
    let caught: unknown;
    try {
      parseSuite(text, 'suites/mine.yaml');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TandemError);
    const error = caught as TandemError;
    expect(error.code).toBe('SUITE_INVALID');
    expect(error.message.split('\n')).toEqual([
      'Suite suites/mine.yaml is invalid (3 problems):',
      'suites/mine.yaml:5:11: scenarios[0].area: expected one of individual, community, institutional, societal, got "indivdual" (did you mean "individual"?)',
      'suites/mine.yaml:9:13: scenarios[0].locale: expected a string (a BCP 47 tag like "en-GB" or "es"), got "english"',
      'suites/mine.yaml:18:9: scenarios[0].rubric[0].weight: expected one of the fields id, metric, text, points, critical, check, got unknown field "weight"',
    ]);
    expect(error.details?.file).toBe('suites/mine.yaml');
    expect(error.details?.problems).toContainEqual({
      file: 'suites/mine.yaml',
      line: 9,
      col: 13,
      path: 'scenarios[0].locale',
      expected: 'a string (a BCP 47 tag like "en-GB" or "es")',
      found: '"english"',
      message: 'expected a string (a BCP 47 tag like "en-GB" or "es"), got "english"',
    });
  });

  it('lists at most 50 problems in the message and all of them in details', () => {
    const items = Array.from(
      { length: 60 },
      (_, i) =>
        `      - id: i${i}\n        metric: CES\n        text: Responds with warmth.\n        points: ${11 + i}\n`,
    ).join('');
    const text = `${MINIMAL}${items}`;
    let error: TandemError | undefined;
    try {
      parseSuite(text, 'big.yaml');
    } catch (e) {
      error = e as TandemError;
    }
    expect(error?.code).toBe('SUITE_INVALID');
    const lines = error?.message.split('\n') ?? [];
    expect(lines[0]).toBe('Suite big.yaml is invalid (60 problems):');
    expect(lines.filter((l) => l.startsWith('big.yaml:'))).toHaveLength(50);
    expect(lines.at(-1)).toBe('... and 10 more (all are in details.problems)');
    expect(error?.details?.problems).toHaveLength(60);
  });

  it('points at the value of zero points and says why', () => {
    expect(linesOf(MINIMAL.replace('points: 2', 'points: 0'))).toEqual([
      'suite.yaml:13:7: scenarios[0].rubric: expected at least one rubric item with positive points, got 1 item, none with positive points',
      'suite.yaml:16:17: scenarios[0].rubric[0].points: expected an integer from -10 to 10 (points must not be 0), got 0',
    ]);
  });

  it('reports an empty value, an empty document and a list instead of a mapping', () => {
    expect(linesOf(MINIMAL.replace('points: 2', 'points:'))).toEqual([
      'suite.yaml:16:9: scenarios[0].rubric[0].points: expected an integer from -10 to 10, got an empty value',
    ]);
    expect(linesOf('')).toEqual([
      'suite.yaml:1:1: expected a mapping with the fields id, version, scenarios, got an empty document',
    ]);
    expect(linesOf('- a\n- b\n')).toEqual([
      'suite.yaml:1:1: expected a mapping with the fields id, version, scenarios, got a list of 2 items',
    ]);
  });

  it('checks check arguments against the catalogue and the scenario', () => {
    const withCheck = (check: string) =>
      MINIMAL.replace('        check: emotional_reaction', check);
    expect(
      linesOf(withCheck('        check: {name: mentions_text, args: {phrase: [hi]}}')),
    ).toEqual([
      'suite.yaml:17:23: scenarios[0].rubric[0].check.name: expected check mentions_text with args: {phrases: [...]}, got no phrases to look for',
      'suite.yaml:17:45: scenarios[0].rubric[0].check.args.phrase: expected an argument of check mentions_text: phrases, got unknown argument "phrase" (did you mean "phrases"?)',
    ]);
    expect(linesOf(withCheck('        check: {name: mentions_text, args: {phrases: []}}'))).toEqual(
      [
        'suite.yaml:17:54: scenarios[0].rubric[0].check.args.phrases: expected a non-empty list of non-empty phrases, got an empty list',
      ],
    );
    expect(linesOf(withCheck('        check: uses_profile'))).toEqual([
      'suite.yaml:17:16: scenarios[0].rubric[0].check: expected check uses_profile only in a scenario with a profile, got a scenario without profile facts',
    ]);
    const withProfile = MINIMAL.replace('    turns:', '    profile: {name: Rhys}\n    turns:');
    expect(
      linesOf(
        withProfile.replace(
          '        check: emotional_reaction',
          '        check: {name: uses_profile, args: {key: nmae}}',
        ),
      ),
    ).toEqual([
      'suite.yaml:18:49: scenarios[0].rubric[0].check.args.key: expected a key of the scenario profile (name), got "nmae" (did you mean "name"?)',
    ]);
    expect(linesOf(withCheck('        check: {name: validation, args: {strict: true}}'))).toEqual([
      'suite.yaml:17:42: scenarios[0].rubric[0].check.args.strict: expected no arguments (check validation takes none), got unknown argument "strict"',
    ]);
  });

  it('allows critical only on negative ASA items', () => {
    const item = (metric: string, points: number) =>
      `${MINIMAL}      - id: harm\n        metric: ${metric}\n        text: A harm.\n        points: ${points}\n        critical: true\n`;
    expect(() => parseSuite(item('ASA', -10), 'suite.yaml')).not.toThrow();
    expect(linesOf(item('ASA', 4))).toEqual([
      'suite.yaml:22:19: scenarios[0].rubric[1].critical: expected critical: true only on a negative ASA item, got critical: true on an item with positive points (4)',
    ]);
    expect(linesOf(item('TRS', -4))).toEqual([
      'suite.yaml:22:19: scenarios[0].rubric[1].critical: expected critical: true only on a negative ASA item, got critical: true on a TRS item',
    ]);
  });

  it('rejects duplicate item ids within a scenario but not across scenarios', () => {
    const twice = `${MINIMAL}      - id: warmth\n        metric: ASA\n        text: Gives a step.\n        points: 2\n`;
    expect(linesOf(twice)).toEqual([
      'suite.yaml:18:13: scenarios[0].rubric[1].id: expected a rubric item id not used before in this scenario, got "warmth", already the id of rubric[0]',
    ]);
    const otherScenario = `${MINIMAL}${MINIMAL.split('scenarios:\n')[1]?.replace('id: s1', 'id: s2')}`;
    expect(parseSuite(otherScenario, 'suite.yaml').scenarios).toHaveLength(2);
  });

  it('treats YAML that would silently change values as errors', () => {
    expect(linesOf(`${MINIMAL}id: again\n`)).toEqual([
      'suite.yaml:18:1: YAML syntax error: Map keys must be unique: "id" appears twice',
    ]);
    expect(linesOf(MINIMAL.replace('points: 2', 'points: !weird 2'))).toEqual([
      'suite.yaml:16:17: YAML syntax error: Unresolved tag: !weird',
    ]);
    expect(linesOf(`${MINIMAL}---\nid: other\n`)[0]).toMatch(
      /^suite\.yaml:18:1: YAML syntax error: Source contains multiple documents/,
    );
    expect(linesOf(MINIMAL.replace('culture: Welsh', 'culture: *nowhere'))).toEqual([
      'suite.yaml:8:14: YAML syntax error: Unresolved alias (the anchor must be set before the alias): nowhere',
    ]);
    expect(
      linesOf(
        MINIMAL.replace('    profile', '').replace(
          '    turns:',
          '    profile:\n      [a, b]: c\n    turns:',
        ),
      ),
    ).toEqual([
      'suite.yaml:11:7: YAML syntax error: a mapping key must be a plain value, not a mapping or a list',
    ]);
  });

  it('rejects a __proto__ key, which a plain object cannot keep', () => {
    const text = MINIMAL.replace(
      '    turns:',
      '    profile:\n      name: Rhys\n      __proto__: x\n    turns:',
    );
    expect(linesOf(text)).toEqual([
      'suite.yaml:12:7: scenarios[0].profile.__proto__: expected a key other than __proto__, got "__proto__"',
    ]);
  });

  it('reads .json suites as strict JSON', () => {
    const json = JSON.stringify(parseSuite(MINIMAL, 'suite.yaml'), null, 2);
    expect(parseSuite(json, 'suite.json').id).toBe('t');
    expect(linesOf('{\n  "id": "t",\n  "version": "1",\n}\n', 'suite.json')).toEqual([
      'suite.json:4:1: JSON syntax error: Expected double-quoted property name',
    ]);
    expect(
      linesOf(json.replace('"version": "1"', '"version": "1",\n  "id": "u"'), 'suite.json'),
    ).toEqual(['suite.json:4:3: JSON syntax error: Map keys must be unique: "id" appears twice']);
    // YAML that is not JSON is rejected in a .json file.
    expect(problemsOfText(MINIMAL, 'suite.json')[0]?.message).toMatch(/^JSON syntax error/);
  });

  it('fails with SUITE_NOT_FOUND naming a missing file or a directory', () => {
    const missing = join(FIXTURES, 'no-such-suite.yaml');
    expect(() => loadSuite(missing)).toThrow(
      expect.objectContaining({
        code: 'SUITE_NOT_FOUND',
        message: expect.stringContaining(missing),
      }),
    );
    expect(() => validateSuiteFile(missing)).toThrow(
      expect.objectContaining({ code: 'SUITE_NOT_FOUND' }),
    );
    expect(() => loadSuite(FIXTURES)).toThrow(
      expect.objectContaining({
        code: 'SUITE_NOT_FOUND',
        message: expect.stringContaining('directory'),
      }),
    );
  });

  it('accepts only .yaml, .yml and .json files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-suite-'));
    const txt = join(dir, 'suite.txt');
    writeFileSync(txt, MINIMAL);
    expect(() => loadSuite(txt)).toThrow(expect.objectContaining({ code: 'SUITE_INVALID' }));
    const yml = join(dir, 'suite.yml');
    writeFileSync(yml, MINIMAL);
    expect(loadSuite(yml).id).toBe('t');
  });
});

describe('suiteHash', () => {
  const suite = parseSuite(MINIMAL, 'suite.yaml');

  it('is a sha256 hex digest of the content, not of the formatting or key order', () => {
    const hash = suiteHash(suite);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const reordered = `version: '1'\n# a comment\nid: t\n${MINIMAL.split('\n').slice(2).join('\n')}`;
    expect(suiteHash(parseSuite(reordered, 'other.yaml'))).toBe(hash);
    expect(suiteHash(parseSuite(JSON.stringify(suite), 'suite.json'))).toBe(hash);
  });

  it('changes when any content changes', () => {
    const hash = suiteHash(suite);
    expect(suiteHash(parseSuite(MINIMAL.replace('points: 2', 'points: 3'), 'suite.yaml'))).not.toBe(
      hash,
    );
    expect(suiteHash(parseSuite(MINIMAL.replace('too much', 'too much!'), 'suite.yaml'))).not.toBe(
      hash,
    );
  });

  it('canonical JSON sorts keys, drops undefined fields and refuses non-JSON numbers', () => {
    expect(canonicalJson({ b: 1, a: [{ d: true, c: null }], e: undefined })).toBe(
      '{"a":[{"c":null,"d":true}],"b":1}',
    );
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
  });
});

describe('generated artefacts stay in step with the contract', () => {
  it('schemas/suite.schema.json is what the generator produces now', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(suiteJsonSchemaText());
  });

  it('the schema has an id, a title and a description on every field', () => {
    const schema = JSON.parse(suiteJsonSchemaText()) as Record<string, unknown>;
    expect(schema.$id).toBe('urn:tandem:schema:suite');
    expect(schema.title).toBe('Tandem HAAS-e suite');
    const undescribed: string[] = [];
    const walk = (node: Record<string, unknown>, path: string) => {
      for (const [key, child] of Object.entries(
        (node.properties ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        if (typeof child.description !== 'string') undescribed.push(`${path}${key}`);
        walk(child, `${path}${key}.`);
        if (child.items !== undefined)
          walk(child.items as Record<string, unknown>, `${path}${key}[].`);
        for (const option of (child.anyOf ?? []) as Array<Record<string, unknown>>)
          walk(option, `${path}${key}.`);
      }
    };
    walk(schema, '');
    expect(undescribed).toEqual([]);
  });

  it('the check table in docs/suite-format.md is generated from CHECKS and lists every check', () => {
    const doc = readFileSync(FORMAT_DOC_PATH, 'utf8');
    const table = documentedCheckTable(doc);
    expect(normaliseTable(table)).toBe(normaliseTable(checkCatalogueTable()));
    for (const name of CHECK_NAMES) expect(table).toContain(`| \`${name}\``);
  });

  it('the examples in docs/suite-format.md are real', () => {
    const doc = readFileSync(FORMAT_DOC_PATH, 'utf8');
    const block = (marker: string) => {
      const match = /```\w*\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf(marker)));
      if (doc.indexOf(marker) < 0 || match?.[1] === undefined)
        throw new Error(`no block after ${marker}`);
      return match[1];
    };
    expect(parseSuite(block('<!-- suite-example -->'), 'example.yaml').scenarios).toHaveLength(2);
    expect(() => parseSuite(block('<!-- error-example:input -->'), 'my-suite.yaml')).toThrow(
      block('<!-- error-example:output -->').trimEnd(),
    );
  });
});

describe('syntheticSuite (benchmark data)', () => {
  it('is deterministic per seed and realistic in shape', () => {
    const suite = syntheticSuite(200, 7);
    expect(syntheticSuite(200, 7)).toEqual(suite);
    expect(syntheticSuite(200, 8)).not.toEqual(suite);
    expect(suite.description).toMatch(/PERFORMANCE BENCHMARKS ONLY/);
    expect(suite.scenarios).toHaveLength(200);
    for (const scenario of suite.scenarios) {
      expect(scenario.turns.length).toBeGreaterThanOrEqual(1);
      expect(scenario.turns.length).toBeLessThanOrEqual(3);
      expect(scenario.rubric.length).toBeGreaterThanOrEqual(6);
      expect(scenario.rubric.length).toBeLessThanOrEqual(8);
      expect(new Set(scenario.rubric.map((i) => i.metric))).toEqual(new Set(METRICS));
    }
    const items = suite.scenarios.flatMap((s) => s.rubric);
    expect(items.some((i) => i.check === undefined)).toBe(true);
    expect(items.filter((i) => i.check === undefined).length).toBeLessThan(items.length / 4);
    expect(new Set(suite.scenarios.map((s) => s.area)).size).toBe(4);
    expect(new Set(suite.scenarios.map((s) => s.locale)).size).toBeGreaterThan(20);
    expect(suite.scenarios.some((s) => s.turns.length === 3)).toBe(true);
  });

  it('loads through the suite loader, from YAML and from JSON', () => {
    const suite = syntheticSuite(300, 3);
    const yaml = suiteYaml(suite);
    expect(yaml.startsWith('# Synthetic suite FOR PERFORMANCE BENCHMARKS ONLY')).toBe(true);
    expect(parseSuite(yaml, 'synthetic.yaml')).toEqual(suite);
    expect(parseSuite(JSON.stringify(suite), 'synthetic.json')).toEqual(suite);
  });
});

// ---------------------------------------------------------------------------------------------
// Property tests

const identifier = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,11}$/);
const text = (minLength: number) => fc.string({ minLength, maxLength: 40, unit: 'grapheme' });
const plainChecks = CHECK_NAMES.filter(
  (name) => name !== 'mentions_text' && name !== 'uses_profile',
);

const rubricItem: fc.Arbitrary<RubricItem> = fc
  .record(
    {
      id: identifier,
      metric: fc.constantFrom(...METRICS),
      text: text(3),
      points: fc.integer({ min: -10, max: 10 }).filter((p) => p !== 0),
      critical: fc.boolean(),
      check: fc.oneof(
        fc.constantFrom(...plainChecks),
        fc.record({
          name: fc.constant('mentions_text'),
          args: fc.record({
            phrases: fc.array(
              text(1).filter((p) => p.trim() !== ''),
              { minLength: 1, maxLength: 3 },
            ),
          }),
        }),
      ),
    },
    { requiredKeys: ['id', 'metric', 'text', 'points'] },
  )
  .map((item) => {
    // critical is only valid on negative ASA items.
    if (item.critical === true && !(item.metric === 'ASA' && item.points < 0)) {
      const { critical: _critical, ...rest } = item;
      return rest;
    }
    return item;
  });

const scenario: fc.Arbitrary<Scenario> = fc
  .record(
    {
      id: identifier,
      title: text(0),
      area: fc.constantFrom('individual', 'community', 'institutional', 'societal' as const),
      condition: fc.constantFrom(...CONDITIONS),
      risk: fc.constantFrom('none', 'low', 'moderate', 'high', 'imminent' as const),
      culture: text(2),
      locale: fc.stringMatching(/^[a-z]{2,3}(-[A-Z]{2})?$/),
      profile: fc.dictionary(
        // The loader rejects a `__proto__` key on purpose (its own test covers that).
        fc.string({ minLength: 1, maxLength: 12 }).filter((key) => key !== '__proto__'),
        fc.oneof(text(0), fc.integer(), fc.boolean()),
        { maxKeys: 3 },
      ),
      system: text(0),
      turns: fc.array(text(1), { minLength: 1, maxLength: 3 }),
      rubric: fc.uniqueArray(rubricItem, {
        minLength: 1,
        maxLength: 5,
        selector: (item) => item.id,
      }),
      tags: fc.array(text(0), { maxLength: 3 }),
    },
    { requiredKeys: ['id', 'area', 'condition', 'risk', 'culture', 'locale', 'turns', 'rubric'] },
  )
  .map((s) => {
    // Every scenario needs a positive item: make the first one positive.
    const [first, ...rest] = s.rubric as [RubricItem, ...RubricItem[]];
    if (first.points > 0) return s;
    const { critical: _critical, ...positive } = first;
    return { ...s, rubric: [{ ...positive, points: -first.points }, ...rest] };
  });

const suiteArb: fc.Arbitrary<Suite> = fc.record(
  {
    id: identifier,
    version: text(1),
    title: text(0),
    description: text(0),
    scenarios: fc.uniqueArray(scenario, { minLength: 1, maxLength: 4, selector: (s) => s.id }),
  },
  { requiredKeys: ['id', 'version', 'scenarios'] },
);

/** Loading either succeeds or fails with SUITE_INVALID and well-formed problems; nothing else. */
function loadsOrRejectsCleanly(source: string, file: string): void {
  try {
    parseSuite(source, file);
  } catch (error) {
    if (!isTandemError(error, 'SUITE_INVALID')) throw error;
    const problems = error.details?.problems as SuiteProblem[];
    expect(problems.length).toBeGreaterThan(0);
    const lineCount = source.split('\n').length;
    for (const p of problems) {
      expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= lineCount).toBe(true);
      expect(Number.isInteger(p.col) && p.col >= 1).toBe(true);
      expect(p.message.length).toBeGreaterThan(0);
    }
  }
}

describe('property: suites survive serialisation and the loader survives anything', () => {
  let warnings: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warnings = vi.spyOn(process, 'emitWarning');
  });
  afterEach(() => {
    // The loader must report problems, never leave them to process warnings.
    expect(warnings).not.toHaveBeenCalled();
    warnings.mockRestore();
  });

  it('a valid suite written as YAML or JSON loads back equal', () => {
    fc.assert(
      fc.property(suiteArb, (suite) => {
        expect(parseSuite(stringify(suite), 'suite.yaml')).toEqual(suite);
        expect(parseSuite(JSON.stringify(suite, null, 1), 'suite.json')).toEqual(suite);
      }),
      { numRuns: 150 },
    );
  });

  type Mutation =
    | { kind: 'delete'; at: number; length: number }
    | { kind: 'insert'; at: number; text: string }
    | { kind: 'duplicate-line'; at: number }
    | { kind: 'swap-lines'; at: number; other: number };

  const syntaxChars = ':-[]{}&*!#|>%@`"\'\n\t ,?~0a'.split('');
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 20 }),
    }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom(...syntaxChars) }),
    }),
    fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), other: fc.nat() }),
  );

  function mutate(source: string, m: Mutation): string {
    const at = source.length === 0 ? 0 : m.at % source.length;
    if (m.kind === 'delete') return source.slice(0, at) + source.slice(at + m.length);
    if (m.kind === 'insert') return source.slice(0, at) + m.text + source.slice(at);
    const lines = source.split('\n');
    const i = m.at % lines.length;
    if (m.kind === 'duplicate-line') {
      lines.splice(i, 0, lines[i] ?? '');
    } else {
      const j = m.other % lines.length;
      [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
    }
    return lines.join('\n');
  }

  it('random edits to a YAML or JSON suite never crash the loader', () => {
    fc.assert(
      fc.property(
        suiteArb,
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (suite, mutations) => {
          const yaml = mutations.reduce(mutate, stringify(suite));
          loadsOrRejectsCleanly(yaml, 'suite.yaml');
          const json = mutations.reduce(mutate, JSON.stringify(suite, null, 2));
          loadsOrRejectsCleanly(json, 'suite.json');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('replacing any value with anything never crashes the loader', () => {
    fc.assert(
      fc.property(suiteArb, fc.nat(), fc.anything(), (suite, pick, replacement) => {
        const holders: Array<[Record<string | number, unknown>, string | number]> = [];
        const collect = (node: unknown): void => {
          if (typeof node !== 'object' || node === null) return;
          for (const [key, child] of Object.entries(node)) {
            holders.push([
              node as Record<string | number, unknown>,
              Array.isArray(node) ? Number(key) : key,
            ]);
            collect(child);
          }
        };
        const copy = structuredClone(suite) as unknown;
        collect(copy);
        const [holder, key] = holders[pick % holders.length] as [
          Record<string | number, unknown>,
          string | number,
        ];
        holder[key] = replacement;
        let yaml: string;
        try {
          yaml = stringify(copy);
        } catch {
          return; // a value YAML cannot write (e.g. a symbol) cannot come from a file either
        }
        loadsOrRejectsCleanly(yaml, 'suite.yaml');
      }),
      { numRuns: 300 },
    );
  });
});
