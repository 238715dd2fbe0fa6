import { describe, expect, it } from 'vitest';
import type { Scope } from '../../src/core/index.js';
import { PhraseMatcher, vocabularyOf } from '../../src/nlp/phrase-patterns.js';
import {
  analyzeScopes,
  scopeLanguageOf,
  SCOPE_WORDS,
  type Lookalike,
  type ScopeLanguage,
} from '../../src/nlp/scope.js';
import { tokenize } from '../../src/nlp/tokens.js';

const ALL: ReadonlySet<Scope> = new Set([
  'negated',
  'past',
  'hypothetical',
  'quoted',
  'third_party',
  'figurative',
  'everyday',
]);

/** Scope of the first match of `cue` in `text`, as `scope ("cue words")`. */
function scopeOf(
  text: string,
  cue: string,
  lang: ScopeLanguage,
  options: { self?: boolean; lookalikes?: Lookalike[] } = {},
): string | undefined {
  const matcher = new PhraseMatcher([{ pattern: cue, value: cue }]);
  const doc = tokenize(text, vocabularyOf(matcher.words, SCOPE_WORDS));
  const [match] = matcher.find(doc);
  if (!match) throw new Error(`cue "${cue}" not found in "${text}"`);
  const finding = analyzeScopes(doc).scopeOf({
    first: match.first,
    last: match.last,
    lang,
    checks: ALL,
    literals: match.words,
    selfReferring: options.self ?? false,
    lookalikes: options.lookalikes ?? [],
  });
  return finding && `${finding.scope} ("${finding.cue.text}")${finding.weak ? ' weak' : ''}`;
}

describe('negation', () => {
  it.each([
    ["I'm not suicidal", 'suicidal', 'en', 'negated ("not")'],
    ['I have never been suicidal', 'suicidal', 'en', 'negated ("never")'],
    ["I don't want to die", 'want to die', 'en', 'negated ("don\'t")'],
    ['no quiero morir', 'quiero morir', 'es', 'negated ("no")'],
    ['je ne veux pas mourir', 'veux ~1 mourir', 'fr', 'negated ("pas")'],
    ['ich will mich nicht umbringen', 'mich ~2 umbringen', 'de', 'negated ("nicht")'],
    ['não quero morrer', 'quero morrer', 'pt', 'negated ("não")'],
    ['non voglio morire', 'voglio morire', 'it', 'negated ("non")'],
  ] as const)('%s', (text, cue, lang, expected) => {
    expect(scopeOf(text, cue, lang)).toBe(expected);
  });

  it.each([
    ["I'm not okay, I want to die", 'want to die', 'en'],
    ["I don't know if I want to live", 'want to live', 'en'],
    ["I can't stop thinking about suicide", 'suicide', 'en'],
    ["I'm not saying I want to die", 'want to die', 'en'],
    ['não sei se quero viver', 'quero viver', 'pt'],
    ['estou pensando no suicídio', 'suicidio', 'pt'],
  ] as const)(
    'does not negate across a clause, a blocker or Portuguese "no": %s',
    (text, cue, lang) => {
      expect(scopeOf(text, cue, lang)).toBeUndefined();
    },
  );

  it('treats a negator that is part of the cue as the cue', () => {
    expect(
      scopeOf("I don't want to live anymore", "don't want to live", 'en', { self: true }),
    ).toBeUndefined();
  });
});

describe('past and recovery', () => {
  it.each([
    ['I used to want to die when I was a teenager', 'want to die', 'en'],
    ['years ago I attempted suicide', 'suicide', 'en'],
    ['I self harmed 10 years ago, I am doing so much better now', 'self harmed', 'en'],
    ['hace años pensaba en suicidarme', 'suicidarme', 'es'],
    ["quand j'étais ado je voulais mourir", 'voulais mourir', 'fr'],
    ['früher habe ich mich geritzt', 'geritzt', 'de'],
    ['quando eu era adolescente eu me cortava', 'cortava', 'pt'],
    ['anni fa volevo morire', 'volevo morire', 'it'],
  ] as const)('%s', (text, cue, lang) => {
    expect(scopeOf(text, cue, lang, { self: true })).toMatch(/^past/);
  });

  it('is current again when the same sentence says so', () => {
    expect(
      scopeOf('I used to cut and lately it is back', 'cut', 'en', { self: true }),
    ).toBeUndefined();
    expect(
      scopeOf('I tried to kill myself 2 months ago', 'kill myself', 'en', { self: true }),
    ).toBeUndefined();
    expect(
      scopeOf('I tried to kill myself 8 months ago', 'kill myself', 'en', { self: true }),
    ).toMatch(/^past/);
  });
});

describe('hypothetical, quoted, third party', () => {
  it.each([
    ['hypothetically, what if someone wanted to die', 'wanted to die', 'en', /^hypothetical/],
    ["I'm writing an essay about suicide", 'suicide', 'en', /^hypothetical/],
    ['my therapist asked if I was suicidal', 'suicidal', 'en', /^hypothetical/],
    ['the song goes "I want to kill myself"', 'kill myself', 'en', /^quoted/],
    ['in my novel the main character is suicidal', 'suicidal', 'en', /^quoted/],
    ['my friend texted me "I want to die"', 'want to die', 'en', /^third_party/],
    ['my sister is suicidal', 'suicidal', 'en', /^third_party \("my sister"\)/],
    ['mi hermana está suicida', 'suicida', 'es', /^third_party/],
    ['ma sœur est suicidaire', 'suicidaire', 'fr', /^third_party/],
    ['la letra de la canción dice que quiere morir', 'morir', 'es', /^quoted/],
  ] as const)('%s', (text, cue, lang, expected) => {
    expect(scopeOf(text, cue, lang)).toMatch(expected);
  });

  it('keeps the writer when the writer reports their own words or is the nearest subject', () => {
    expect(scopeOf('I told my mum "I want to die"', 'want to die', 'en')).toBeUndefined();
    expect(scopeOf('my friend thinks I am suicidal', 'suicidal', 'en')).toBeUndefined();
    expect(scopeOf('what if I just ended it', 'ended it', 'en')).toBeUndefined();
  });
});

describe('figurative and everyday', () => {
  it.each([
    ['I could die of embarrassment', 'die', 'en', 'figurative ("die of embarrassment")'],
    [
      'I was killing myself laughing',
      'killing myself',
      'en',
      'figurative ("killing myself laughing")',
    ],
    ['me muero de risa', 'muero', 'es', 'figurative ("muero de risa")'],
    ['je meurs de faim', 'meurs', 'fr', 'figurative ("meurs de faim")'],
    ['ich sterbe vor Langeweile', 'sterbe', 'de', 'figurative ("sterbe vor Langeweile")'],
    ['morrendo de rir', 'morrendo', 'pt', 'figurative ("morrendo de rir")'],
    ['sto morendo dal ridere', 'morendo', 'it', 'figurative ("morendo dal ridere")'],
    ['I ran 10 kms', 'kms', 'en', 'figurative ("10 kms")'],
  ] as const)('%s', (text, cue, lang, expected) => {
    expect(scopeOf(text, cue, lang, { self: true })).toBe(expected);
  });

  it('marks laughter and trivial triggers as weak, and seriousness cancels them', () => {
    expect(scopeOf('this homework makes me want to kms lol', 'kms', 'en', { self: true })).toMatch(
      /weak$/,
    );
    expect(scopeOf('i want to die lmao', 'want to die', 'en', { self: true })).toMatch(/weak$/);
    expect(scopeOf('i want to kms fr lol', 'kms', 'en', { self: true })).toBeUndefined();
  });

  it.each([
    ['quiero cortarme el pelo', 'cortarme', 'es', ['grooming']],
    ['I cut myself shaving', 'cut myself', 'en', ['accident']],
    ["what's a good rope for climbing", 'rope', 'en', ['outdoor_gear']],
    ['tallest bridges for photography', 'tallest bridges', 'en', ['sightseeing']],
    ['how much ibuprofen can my 6 year old have', 'how much ibuprofen', 'en', ['care_dosing']],
    ['I need to hang some pictures', 'hang', 'en', ['hanging_things']],
  ] as const)('everyday frame: %s', (text, cue, lang, lookalikes) => {
    expect(scopeOf(text, cue, lang, { self: true, lookalikes: [...lookalikes] })).toMatch(
      /^everyday/,
    );
  });

  it('only applies the lookalikes a cue asks for', () => {
    expect(
      scopeOf('I cut myself shaving', 'cut myself', 'en', { self: true, lookalikes: ['grooming'] }),
    ).toBeUndefined();
  });
});

describe('scopeLanguageOf', () => {
  it('maps locales to scoping languages', () => {
    expect(scopeLanguageOf('pt-BR')).toBe('pt');
    expect(scopeLanguageOf('ja-JP')).toBeUndefined();
    expect(scopeLanguageOf(undefined)).toBeUndefined();
  });
});
