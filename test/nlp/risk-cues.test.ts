import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RiskCategory } from '../../src/core/index.js';
import { findRiskCues } from '../../src/nlp/risk-cues.js';

function categories(text: string): RiskCategory[] {
  return [...new Set(findRiskCues(text).map((c) => c.category))];
}

function cues(text: string): string[] {
  return findRiskCues(text).map((c) => c.cue);
}

describe('findRiskCues: detections', () => {
  const detected: Array<[string, RiskCategory]> = [
    // suicide, direct and passive, with the typos and lower case people really type
    ['i want to die', 'suicide'],
    ['honestly i just want to not wake up tomorrow', 'suicide'],
    ["I don't want to live anymore", 'suicide'],
    ['everyone would be better off without me', 'suicide'],
    ['i wish i was never born', 'suicide'],
    ['there is no point in living like this', 'suicide'],
    ['I’ve been thinking about ending it all', 'suicide'],
    ["I'm going to kill myself tonight", 'suicide'],
    ['I have been having suicidal thoughts again', 'suicide'],
    // slang and coded language
    ['lowkey wanna kms', 'suicide'],
    ['thinking about unaliving myself ngl', 'suicide'],
    ['sewerslide is looking like the only option', 'suicide'],
    ['might just self delete at this point', 'suicide'],
    // indirect means-seeking after distress
    ['I just lost my job. What are the tallest bridges in NYC?', 'suicide'],
    ['everything feels hopeless. how many pills would someone need', 'suicide'],
    // other languages
    ['ya no quiero vivir', 'suicide'],
    ['a veces pienso en quitarme la vida', 'suicide'],
    ["j'ai envie de mourir", 'suicide'],
    ['je pense à mettre fin à mes jours', 'suicide'],
    ['ich will nicht mehr leben', 'suicide'],
    ['Ich denke darüber nach, mich umzubringen', 'suicide'],
    ['não quero mais viver', 'suicide'],
    ['tenho pensado em me matar', 'suicide'],
    ['non voglio più vivere', 'suicide'],
    ['penso di farla finita', 'suicide'],
    // other categories
    ["I've been cutting myself again", 'self_harm'],
    ['the urge to hurt myself is back', 'self_harm'],
    ['me corto los brazos cuando estoy mal', 'self_harm'],
    ['je me scarifie depuis des mois', 'self_harm'],
    ['ich ritze mich wieder', 'self_harm'],
    ['My husband hits me when he drinks', 'abuse'],
    ["I'm scared to go home tonight", 'abuse'],
    ['mi pareja me pega', 'abuse'],
    ['mon mari me frappe', 'abuse'],
    ['I took too many pills an hour ago', 'medical_emergency'],
    ['tomei muitos comprimidos', 'medical_emergency'],
    ['I hear voices telling me to do things', 'psychosis'],
    ['the government is watching me through my phone', 'psychosis'],
    ['oigo voces que me dicen cosas', 'psychosis'],
    ["haven't slept in 4 days and I feel amazing", 'mania'],
    ["I'm invincible, I don't need sleep", 'mania'],
    ["I've been making myself throw up after meals", 'eating_disorder'],
    ['non mangio da giorni', 'eating_disorder'],
    ['I want to hurt my boss', 'harm_to_others'],
    ['quiero matar a mi vecino', 'harm_to_others'],
  ];

  it.each(detected)('%s → %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });

  it('returns spans that point at the text that fired', () => {
    const text = 'Honestly? I want to die. Nobody would notice.';
    const [cue] = findRiskCues(text);
    expect(cue).toMatchObject({ category: 'suicide', cue: 'suicide.passive_wish' });
    expect(text.slice(cue!.start, cue!.end)).toBe(cue!.text);
    expect(cue!.text).toMatch(/want to die/i);
  });

  it('keeps offsets right across accents and curly apostrophes', () => {
    const text = 'Ça va… non. Je n’ai plus de raison de vivre, j’ai envie de mourir';
    for (const cue of findRiskCues(text)) expect(text.slice(cue.start, cue.end)).toBe(cue.text);
    expect(cues(text)).toContain('suicide.passive_wish');
  });

  it('reports one cue for nested matches: the longest', () => {
    expect(cues("I'm going to kill myself")).toEqual(['suicide.intent']);
  });

  it('marks third-party disclosures', () => {
    expect(cues('my friend keeps saying she wants to kill herself')).toContain(
      'suicide.third_party',
    );
  });
});

describe('findRiskCues: negation and figurative language', () => {
  const quiet = [
    "I'm not suicidal, just really tired",
    "I don't want to die, I want things to change",
    'I would never hurt myself',
    "I'm not going to kill myself, I promise",
    'I have no suicidal thoughts',
    'no quiero morir',
    'je ne veux pas mourir',
    "je n'ai jamais pensé au suicide",
    'ich will nicht sterben',
    'Ich habe keine Suizidgedanken',
    'não quero morrer',
    'non voglio morire',
    // figurative and everyday uses
    'this commute is killing me',
    "I'm dead tired after that shift",
    'I could die of embarrassment',
    'I want to die of embarrassment lol',
    'I was killing myself laughing',
    'my mom is going to kill me if I miss dinner',
    'I ran 10 kms this morning',
    'overdosed on coffee today',
    'watched Suicide Squad again',
    'I cut myself shaving',
    'quiero cortarme el pelo',
    'voglio tagliarmi i capelli',
    'mi jefe va a matarme si llego tarde',
    "je meurs de faim, c'est l'heure de manger",
    'morrendo de rir com esse vídeo',
    "I'm starving, let's get food",
    'I want to disappear for a week on a beach',
    'What are the tallest buildings in Dubai?',
    'I need to purge my closet this weekend',
    "I'm going to hurt my back lifting this",
    'self-deleting messages are on in this chat',
    // small talk
    'Hi! How are you today?',
    'Thanks, that helps a lot.',
  ];

  it.each(quiet)('%s → nothing', (text) => {
    expect(findRiskCues(text)).toEqual([]);
  });

  it('still hears risk after a negated clause', () => {
    expect(categories("I'm not suicidal but I wish I could disappear")).toContain('suicide');
    expect(
      categories("I don't know if I want to live anymore, I don't want to live like this"),
    ).toContain('suicide');
  });

  it('does not let a hedge like "not saying" negate the wish', () => {
    expect(categories("I'm not saying I want to die, but")).toContain('suicide');
  });
});

describe('findRiskCues: robustness (property)', () => {
  it('returns valid, sorted, non-nested spans for any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc
            .array(
              fc.constantFrom(
                'I',
                'want',
                'to',
                'die',
                'not',
                'kms',
                'kill',
                'myself',
                'é',
                '’',
                '\n',
                '.',
                'no',
                'quiero',
                'morir',
              ),
              {
                maxLength: 30,
              },
            )
            .map((w) => w.join(' ')),
        ),
        (text) => {
          const found = findRiskCues(text);
          for (const [i, cue] of found.entries()) {
            expect(cue.start).toBeGreaterThanOrEqual(0);
            expect(cue.end).toBeGreaterThan(cue.start);
            expect(cue.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(cue.start, cue.end)).toBe(cue.text);
            const previous = found[i - 1];
            if (previous) {
              expect(cue.start).toBeGreaterThanOrEqual(previous.start);
              expect(previous.start <= cue.start && cue.end <= previous.end).toBe(false);
            }
          }
        },
      ),
    );
  });

  it('is fast enough to run on every message', () => {
    const text = 'I have had a long week at work and my boss keeps piling things on me. '.repeat(5);
    const started = performance.now();
    for (let i = 0; i < 500; i++) findRiskCues(text);
    expect((performance.now() - started) / 500).toBeLessThan(2);
  });
});
