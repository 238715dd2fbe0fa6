/**
 * Coded language, emoji and misspellings of crisis words, rules alone, in six languages, with the
 * everyday lookalikes that must stay none: typos of the anchor words (lexicons/spelling.ts),
 * phrases typed without spaces, "unsubscribing from life", a knife or blood emoji on the body, a
 * noose or bridge emoji beside distress, slang cited in another language's news, and Spanish
 * "me mató" typed without its accent.
 */
import { describe, expect, it } from 'vitest';
import type { Triage } from '../../src/core/index.js';
import { createTriage } from '../../src/triage/index.js';
import { fusedForms, withTypos } from '../../src/triage/rules.js';

const rules = createTriage({ model: null });

const suicidal = (t: Triage) => t.cssrs >= 1 && t.categories.includes('suicide');

describe('a crisis word mistyped is still the word', () => {
  const cases: [string, string][] = [
    ['en', 'been feeling suicidla since christmas'],
    ['en', 'i keep thinking about killign myself'],
    ['es', 'pienso en suicidrame casi todas las noches'],
    ['es', 'tengo ganas de matrme'],
    ['fr', 'je pense a me sucider depuis des semaines'],
    ['de', 'ich denke seit tagen daran mich umzubrngen'],
    ['de', 'ich will nich mehr leben'],
    ['pt', 'não paro de pensar em me suicdar'],
    ['it', 'penso ogni giorno di ucidermi'],
  ];
  for (const [lang, text] of cases)
    it(`${lang}: ${text}`, () => expect(suicidal(rules.triageText(text))).toBe(true));

  it('widens anchor words and stems in patterns, not other words', () => {
    expect(withTypos('thinking about suicide')).toContain('sucide');
    expect(withTypos('suicidal*')).toContain('sucidal');
    expect(withTypos('thinking about it')).toBe('thinking about it');
  });
});

describe('misspellings that are everyday words elsewhere stay none', () => {
  const none = [
    'je suis crevée, je vais dormir',
    'córtame un trozo de tarta porfa',
    'die Serben haben gestern gewonnen',
    'ich will nach mehr streben im job',
    'il mio gatto odia il tagliaunghie, tagliami tu le unghie',
  ];
  for (const text of none) it(text, () => expect(rules.triageText(text).level).toBe('none'));
});

describe('a phrase typed without spaces', () => {
  it('matches run together, with the subject run in', () => {
    expect(suicidal(rules.triageText('iwannadie'))).toBe(true);
    expect(suicidal(rules.triageText('honestly killmyself'))).toBe(true);
    expect(suicidal(rules.triageText('mequieromorir'))).toBe(true);
  });
  it('spells out only short sequences of plain words', () => {
    expect(fusedForms('(want|wanna) to die')).toEqual(['wanttodie', 'wannatodie']);
    expect(fusedForms('want ~2 die')).toEqual([]);
    expect(fusedForms('suicid* thoughts')).toEqual([]);
  });
  it('leaves words of their own alone', () => {
    expect(rules.triageText('noone came to the party, whatever').level).toBe('none');
  });
});

describe('leaving life as one leaves a service', () => {
  const risk: [string, string][] = [
    ['en', 'so tired of everything, i want to unsubscribe from life'],
    ['es', 'me voy a dar de baja de la vida'],
    ['fr', 'je vais me désabonner de la vie'],
    ['de', 'ich will mich vom leben abmelden'],
    ['pt', 'quero me desconectar desse mundo'],
    ['it', 'vorrei disiscrivermi dalla vita'],
  ];
  for (const [lang, text] of risk)
    it(`${lang}: ${text}`, () => expect(suicidal(rules.triageText(text))).toBe(true));
  const none = [
    'me di de baja del gimnasio',
    'je me suis désabonnée de la newsletter',
    'ich muss mich vom kurs abmelden',
    'vou me desligar do grupo da faculdade',
    'devo disiscrivermi dalla palestra',
  ];
  for (const text of none)
    it(`none: ${text}`, () => expect(rules.triageText(text).level).toBe('none'));
});

describe('emoji that signal risk beside the body or distress', () => {
  it('a knife or blood emoji on the body is self-harm, in any language', () => {
    for (const text of [
      '🔪 on my thighs again last night',
      'otra vez 🩸 en las piernas',
      'de novo 🔪 no braço',
    ]) {
      expect(rules.triageText(text).categories).toContain('self_harm');
    }
  });
  it('a knife in the kitchen is not', () => {
    expect(rules.triageText('roasting a leg of lamb tonight 🔪').level).toBe('none');
    expect(rules.triageText('new knife 🔪 for the kitchen').level).toBe('none');
  });
  it('a knot or a bridge emoji counts only beside distress', () => {
    expect(suicidal(rules.triageText('everything is pointless 🪢'))).toBe(true);
    expect(suicidal(rules.triageText("i can't cope anymore 🌉"))).toBe(true);
    expect(rules.triageText('learned a new knot 🪢 at sailing club').level).toBe('none');
    expect(rules.triageText('sunset on the bridge 🌉 so pretty').level).toBe('none');
  });
});

describe('slang cited, not used', () => {
  it('in quotation marks, framed by any language’s news words', () => {
    for (const text of [
      "el reportaje decía que los chicos escriben 'unalive' en los comentarios",
      "der bericht erklärte, dass viele 'kms' schreiben",
    ])
      expect(rules.triageText(text).level).toBe('none');
  });
  it('used by the writer it still counts', () => {
    expect(suicidal(rules.triageText('neta ya quiero unalive, nadie me entiende'))).toBe(true);
  });
});

describe('Spanish "me mató" without its accent', () => {
  it('a class or a shift that "killed" the writer is figurative', () => {
    expect(rules.triageText('la clase de spinning me mato jaja').level).toBe('none');
    expect(rules.triageText('el turno me mato, a dormir').level).toBe('none');
  });
  it('a time is not a thing that killed: the intent stays', () => {
    expect(suicidal(rules.triageText('ya no aguanto, esta noche me mato'))).toBe(true);
  });
});
