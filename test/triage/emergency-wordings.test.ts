/**
 * Overdoses and attempts told plainly (`lexicons/emergency-breadth.ts`), rules alone, in six
 * languages: too much of a medicine with the body reacting, a whole store of medicine swallowed,
 * "took everything" with danger signs or after distress, asking that nobody be called, bleeding
 * that will not stop, and someone else collapsed after taking something. Beside them, the
 * everyday sentences that share their words: an overdose of films or chocolate, an overdose told
 * as history, the conditional "if I took all of them" (a lethality question, not an attempt), one
 * tablet for a headache, someone else's box of pills. Texts name a medicine class at most, never
 * amounts.
 */
import { describe, expect, it } from 'vitest';
import { live, rules, why } from './rules-only.js';

function expectEmergency(text: string, rule: string, categories: readonly string[]): void {
  const t = rules.triageText(text);
  expect(t.level, why(t)).toBe('imminent');
  for (const category of categories) expect(t.categories, why(t)).toContain(category);
  expect(
    live(t).some((id) => id.endsWith(rule)),
    why(t),
  ).toBe(true);
}

describe('too much of a medicine, with the body reacting: an overdose now', () => {
  it.each([
    ['went overboard with the sleeping tablets and now i cant stay awake'],
    ['me he pasado con los somníferos y no puedo mantenerme despierta'],
    ["j'ai forcé sur les somnifères, j'arrive pas à rester éveillée"],
    ['zu viele schlaftabletten erwischt, ich kann nicht wach bleiben'],
    ['exagerei nos calmantes hoje e não paro de vomitar'],
    ['ho preso troppe compresse per il dolore e continuo a vomitare'],
  ])('%s', (text) => expectEmergency(text, 'medical.medication_overdone', ['medical_emergency']));
});

describe('a whole store of medicine swallowed', () => {
  it.each([
    ['i swallowed the whole bottle of my antidepressants'],
    ['me tragué todo lo que había en el botiquín'],
    ["j'ai avalé tous mes comprimés d'un coup"],
    ['ich hab die ganze packung schlaftabletten genommen'],
    ['engoli a cartela inteira de calmantes'],
    ['ho ingoiato tutto il flacone di sonniferi'],
  ])('%s', (text) => expectEmergency(text, 'medical.took_all_stored', ['medical_emergency']));
});

describe('took everything, with danger signs or after distress', () => {
  it.each([
    ['took the lot and now my chest is so tight', 'medical.all_of_it_danger'],
    ['ya me tomé todo y no puedo respirar', 'medical.all_of_it_danger'],
    ['nobody cares anyway. took the lot.', 'attempt.took_all_after_distress'],
    ["je n'en peux plus. j'ai tout pris", 'attempt.took_all_after_distress'],
    ['ich kann nicht mehr. hab alles genommen', 'attempt.took_all_after_distress'],
    ['não aguento mais. tomei tudo', 'attempt.took_all_after_distress'],
  ])('%s', (text, rule) => expectEmergency(text, rule, ['medical_emergency']));

  it('reads asking that nobody be called as the distress that makes it an attempt', () => {
    for (const text of [
      "took the lot. don't call anyone",
      'me tomé todo. no llames a nadie',
      "j'ai tout pris. n'appelle personne",
      'hab alles genommen. ruf niemanden an',
      'ho preso tutto. non chiamare nessuno',
    ]) {
      const t = rules.triageText(text);
      expect(t.level, why(t)).toBe('imminent');
      expect(t.cssrs, why(t)).toBe(6);
      expect(t.categories, why(t)).toEqual(
        expect.arrayContaining(['suicide', 'medical_emergency']),
      );
    }
  });
});

describe('bleeding that will not stop; someone else collapsed after taking something', () => {
  it.each([
    ["je me suis entaillé le bras et ça s'arrête pas de saigner", 'medical.bleeding_wont_stop'],
    ["ma sœur a pris un truc en soirée et elle s'est évanouie", 'other.collapsed_after_taking'],
    ['mein freund hat irgendwas genommen und ist jetzt bewusstlos', 'other.collapsed_after_taking'],
    ['minha prima tomou alguma coisa no show e desmaiou', 'other.collapsed_after_taking'],
  ])('%s', (text, rule) => {
    const t = rules.triageText(text);
    expect(t.level, why(t)).toBe('imminent');
    expect(
      live(t).some((id) => id.endsWith(rule)),
      why(t),
    ).toBe(true);
  });

  it('keeps someone else collapsing as a worry about them, not a crisis of the writer', () => {
    const t = rules.triageText('mein freund hat irgendwas genommen und ist jetzt bewusstlos');
    expect(t.categories, why(t)).toContain('third_party');
    expect(t.cssrs, why(t)).toBe(0);
  });
});

describe('everyday sentences that share the words', () => {
  it.each([
    ['overdosed on christmas films all weekend lol'],
    ['sobredosis de pelis este puente jajaja'],
    ['overdose de chocolat ce soir mdr'],
    ['überdosis weihnachtsfilme heute haha'],
    ['overdose de novela nesse feriado kkkk'],
    ['overdose di serie tv stanotte ahah'],
    ['faz cinco anos tive uma overdose. hoje estou bem e trabalho como enfermeira'],
    ['took one paracetamol for my headache, how long till it works'],
    ['my nan took the whole box of chocolates to bingo'],
    ["j'ai pris toute la boîte de chocolats pour la fête"],
    ['took everything to the charity shop before the move'],
    ['hab alles genommen was ich tragen konnte und bin los'],
    ['cut my thumb on the tin, bleeding a bit but fine'],
  ])('%s', (text) => {
    const t = rules.triageText(text);
    expect(t.level, why(t)).toBe('none');
  });

  it('does not read a conditional "if I took all of them" as an attempt in progress', () => {
    for (const text of [
      'nothing matters anymore. if i took all of them would i just fall asleep',
      'i give up. what would happen if i took everything in the drawer at once',
    ]) {
      const t = rules.triageText(text);
      expect(
        live(t).filter((id) => id.includes('took_all')),
        why(t),
      ).toEqual([]);
      expect(t.cssrs, why(t)).toBeLessThan(6);
    }
  });

  it('does not let "it is done" alone or wanting a class to end read as distress', () => {
    for (const text of ['quero que acabe logo essa aula', 'i want the meeting to end already']) {
      const t = rules.triageText(text);
      expect(
        live(t).filter((id) => id.includes('nobody_called')),
        why(t),
      ).toEqual([]);
    }
  });
});
