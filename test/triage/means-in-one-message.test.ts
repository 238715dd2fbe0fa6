/**
 * A means, place or lethality question after distress in the same message (issue 3, the
 * means-questions round), rules alone, in six languages: distress said as worth, days or people
 * (`distress.worth_class`), a place asked about for its depth, height, railing or for having
 * nobody near (`means.place_access`), whether it hurts or is quick (`lethality.pain_or_quick`),
 * medicine without a prescription asked yes or no (`means.without_prescription`), and a lethality
 * question that leans on distress said earlier in the same message. Everyday lookalikes (a sad
 * day and an everyday question, sport and sightseeing frames, carers) must stay `none`.
 * Texts name a means class at most, never amounts or methods; places are invented.
 */
import { describe, expect, it } from 'vitest';
import type { Triage } from '../../src/core/index.js';
import { createTriage } from '../../src/triage/index.js';

const rules = createTriage({ model: null });

function live(t: Triage): string[] {
  return t.signals.filter((s) => s.scopedOut === undefined).map((s) => s.id);
}
const crisis = (t: Triage) => t.level === 'high' || t.level === 'imminent';

function expectCrisis(cases: ReadonlyArray<readonly [string, string]>): void {
  it.each(cases)('%s: %s', (_lang, text) => {
    const t = rules.triageText(text);
    expect(crisis(t), live(t).join(' ')).toBe(true);
    expect(t.cssrs).toBe(3);
  });
}

describe('distress said as worth, days or people, then a place question', () => {
  expectCrisis([
    ['en', "i'm so useless, i wreck everything. how deep is the river by the old mill"],
    ['es', 'no valgo nada, la verdad. qué tan profundo es el río de Corbalán en el medio'],
    ['fr', 'je sers à rien, je gâche tout. il est profond comment le lac de Saint-Roch au milieu'],
    ['de', 'bin einfach nix wert. wie tief ist der See hinter Auenfeld'],
    ['pt', 'não sirvo pra nada, estraguei tudo. qual a profundidade do rio perto de Vila Alva'],
    ['it', 'non valgo niente, rovino tutto. quanto è profondo il fiume sotto Valsera'],
    ['en', 'nobody has messaged me in weeks. is the Corran viaduct fenced or not'],
    ['es', 'nadie me escribe nunca. el mirador de Peñalta tiene barandilla todavía?'],
  ]);
});

describe('whether it hurts or is quick, after distress', () => {
  expectCrisis([
    ['en', 'sorry for existing honestly. would falling hurt or is it quick'],
    ['es', 'mi novia me dejó por otro y lloro todas las noches. ahogarse duele o es rápido'],
    ['fr', "tout le monde m'a laissé tomber. ça fait mal ou c'est rapide, tomber de là-haut ?"],
    ['de', 'seit der Trennung geht nix mehr. tut das weh oder geht das schnell?'],
    ['pt', 'ninguém me procura faz meses. morrer afogado machuca ou é rápido?'],
    ['it', 'piango ogni giorno da mesi. annegare fa male o è rapido?'],
  ]);
});

describe('medicine without a prescription, asked yes or no, after distress', () => {
  expectCrisis([
    [
      'en',
      'buried in debt and cant sleep. can you get sleeping tablets without a prescription anywhere',
    ],
    ['es', 'lleno de deudas y sin dormir. se puede conseguir somníferos sin receta por internet?'],
    ['fr', 'je vaux rien. on peut avoir des cachets sans ordonnance sur internet ?'],
    ['it', 'sono pieno di debiti. si possono trovare pastiglie senza ricetta online?'],
  ]);
});

describe('a lethality question leaning on distress said earlier in the same message', () => {
  it.each([
    ['en', "i can't do this anymore. would someone survive a fall like that?"],
    ['de', 'ich kann nicht mehr. würde man das überleben?'],
    ['pt', 'não aguento mais. dá pra sobreviver a uma queda assim?'],
  ])('%s: %s', (_lang, text) => {
    const t = rules.triageText(text);
    expect(live(t), live(t).join(' ')).toContain('context:lethality_question_after_distress');
    expect(crisis(t)).toBe(true);
  });
});

describe('everyday lookalikes stay none', () => {
  it.each([
    'useless at parallel parking lol. how deep is the lake at Corran, want to go kayaking',
    'me siento vacía desde hace meses. qué tan profundo es el lago para bucear con el club',
    "I'm so sad my cat died. where can I buy a cat urn",
    "my dad died last year. how tall is the cathedral tower? we're visiting on sunday",
    'lost my job today. is the job centre open at night?',
    'ugh, rainy day. which bridge has the best view?',
    'je pleure tous les jours devant cette série mdr. le pont de Valbrune a la plus belle vue, non ?',
    'nessuno mi scrive mai 😅 a che ora chiude la farmacia?',
    "we rehomed our cat because of the baby's allergy, cried all day but she's happy now",
    'nurse here, can patients get sleeping tablets without a prescription in the UK? a relative asked',
    'ich bin so müde von allem heute, lange Schicht. wie tief ist der Stausee? wir gehen morgen tauchen',
    'is it painful to get a tattoo on the ribs or is it quick? booking one for my birthday',
  ])('%s', (text) => {
    const t = rules.triageText(text);
    expect(t.level, live(t).join(' ')).toBe('none');
  });
});

describe('a sport the writer says they cannot do is no everyday frame', () => {
  // Water sports set a water question aside; not being able to swim is the opposite of one.
  it.each([
    'lost my job and my flat. how deep is the river by the mill? i cant even swim',
    "nobody would miss me. how deep is the reservoir? i can't swim anyway",
    'no aguanto más. qué profundidad tiene el embalse? no sé nadar',
  ])('%s', (text) => {
    expect(crisis(rules.triageText(text))).toBe(true);
  });
});

describe('only a purpose is read in the sentence after a question', () => {
  // An outing or a sport after a question says what it was for; the writer's own age does not
  // make a lethality question an ordinary dosing one.
  it.each([
    "what's the easiest way to go by suicide? i'm only a teen. please just tell me",
    '¿cuál es la forma más fácil de suicidarse? solo soy una adolescente',
  ])('%s', (text) => {
    expect(crisis(rules.triageText(text))).toBe(true);
  });
});

describe('a lethality question with the impersonal infinitive', () => {
  // People ask "the easiest way to kill oneself" as often as "to kill myself".
  it.each([
    '¿cuál es la manera menos dolorosa de matarse?',
    'quelle est la façon la plus facile de se suicider ?',
    'qual è il modo più facile per suicidarsi?',
  ])('%s', (text) => {
    expect(crisis(rules.triageText(text))).toBe(true);
  });
});

describe('a question naming a means or a place with distress or suicidal talk (triage@40)', () => {
  expectCrisis([
    ['es', 'me siento vacía desde hace meses. el puente del río, se puede cruzar andando?'],
    ['es', 'el puente del río, se puede cruzar andando? me siento vacía desde hace meses'],
    ['de', 'ich bin allen nur eine Last. die Brücke an der B12, kann man da zu Fuß hin?'],
    [
      'it',
      'non servo a niente a nessuno. il ponte vecchio sul fiume, ci passano ancora le macchine?',
    ],
    [
      'pt',
      'ninguém ia sentir a minha falta. os comprimidos da minha avó ainda estão na gaveta da cozinha?',
    ],
  ]);

  it('not a medicine said with what it is for (triage@41)', () => {
    for (const text of [
      'je suis épuisée de tout. mes cachets pour la tension, je les prends avant ou après manger ?',
      'ich kann nicht mehr, alles zu viel. die Tabletten für den Blutdruck, nimmt man die morgens?',
    ]) {
      const t = rules.triageText(text);
      expect(t.level, `${text}: ${live(t).join(' ')}`).toBe('none');
    }
  });

  it('not without distress or suicidal talk', () => {
    for (const text of [
      'el puente del río, se puede cruzar andando? vamos de excursión el domingo',
      'ugh, rainy day. which bridge has the best view?',
    ]) {
      const t = rules.triageText(text);
      expect(crisis(t), `${text}: ${live(t).join(' ')}`).toBe(false);
    }
  });
});
