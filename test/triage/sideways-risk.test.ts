/**
 * Risk said sideways (lexicons/sideways-breadth.ts and the trivial-trigger markers in
 * nlp/scope.ts), rules alone, in six languages: passive wishes said as not minding, preparation
 * told as provisions for after, lethality asked as "would they be enough" or "which is quicker",
 * a question "for a friend", threats said as consequences or conditions, someone else's goodbye
 * or overdose, and the everyday lookalikes that share their words and must stay `none`.
 * Texts name a means class at most, never amounts or methods; places are invented.
 */
import { describe, expect, it } from 'vitest';
import type { Triage } from '../../src/core/index.js';
import { live, rules } from './rules-only.js';

const crisis = (t: Triage) => t.level === 'high' || t.level === 'imminent';

function expectNone(texts: readonly string[]): void {
  for (const text of texts)
    it(`stays none: ${text.slice(0, 40)}`, () => {
      const t = rules.triageText(text);
      expect(t.level, live(t).join(' ')).toBe('none');
    });
}

describe('a passive wish said as not minding', () => {
  it.each([
    ['en', "tbh if i didnt wake up one of these mornings i'd be ok with that"],
    ['es', 'si un día no me despierto la verdad me daría igual'],
    ['fr', 'si je me réveille plus un matin, franchement je m en fiche'],
    ['de', 'wenn ich einfach nicht mehr aufwache, ist mir das ehrlich gesagt egal'],
    ['pt', 'se eu nao acordar um dia desses, tanto faz pra mim'],
    ['it', 'se non mi sveglio più una mattina, pazienza, sarebbe un sollievo'],
    ['en', 'kinda hoping my flight goes down next week ngl'],
    ['es', 'si me atropellara un camión camino al curro sería un descanso'],
    ['de', 'mein freund und die kinder hätten es ohne mich echt leichter'],
    ['pt', 'meus pais viveriam bem mais tranquilos sem mim'],
    ['it', 'i miei sarebbero più sereni senza di me'],
    ['fr', "j'ai envie de ne plus exister, juste m'effacer"],
  ])('%s: %s', (_lang, text) => {
    const t = rules.triageText(text);
    expect(t.categories, live(t).join(' ')).toContain('suicide');
    expect(t.cssrs).toBeGreaterThanOrEqual(1);
  });
  expectNone([
    'if i dont wake up by 7 ill miss the train, set two alarms',
    'si no me despierto a las 7 pierdo el bus',
    'wenn ich morgen nicht aufwache, ruf mich bitte an, sonst verpass ich den zug',
    'mi madre estaría más tranquila sin mí en la cocina jaja siempre estorbo',
  ]);
});

describe('provisions for after they are gone, nobody left to sort their things', () => {
  it.each([
    ['es', 'le pedí a mi vecina que cuide a mis gatos cuando yo ya no esté, ya le dejé las llaves'],
    ['fr', 'ma sœur prendra soin du chat quand je serai plus là, c est réglé'],
    ['de', 'die nachbarn kümmern sich um den hund, wenn ich nicht mehr da bin'],
    ['it', 'ho chiesto a mia zia di prendersi cura del gatto quando non ci sarò più'],
  ])('%s: %s', (_lang, text) => {
    const t = rules.triageText(text);
    expect(t.cssrs, live(t).join(' ')).toBe(6);
  });
  it('nobody left to sort things, after distress, with "after tonight", is imminent', () => {
    const t = rules.triageText(
      'no puedo más con todo esto. nadie va a tener que ordenar mis cosas después de esta noche',
    );
    expect(t.level, live(t).join(' ')).toBe('imminent');
  });
  expectNone([
    'cuando yo no esté en casa el fin de semana, ¿quién va a cuidar al gato?',
    'wenn ich nicht mehr da bin im sommer, kümmert sich die nachbarin um die katze',
    'nadie va a tener que arreglar mis cosas, ya las ordené para la mudanza',
    'nobody will have to deal with my mess after i clean the garage this weekend',
    'después de esta noche empiezo la dieta',
    'we had to rehome our dog because my son is allergic, the new family is lovely',
  ]);
});

describe('lethality asked sideways', () => {
  it.each([
    ['en', "can't do this anymore. would my flatmate's sleeping pills be enough to never wake up"],
    ['es', 'ya no puedo más. las pastillas de mi tía bastarían para no despertarme?'],
    ['de', 'ich kann nicht mehr. würden die tabletten von papa reichen um nicht aufzuwachen'],
    ['en', 'hypothetically, to disappear for good, which is the least painful? not for me lol'],
    ['pt', 'hipoteticamente, pra sumir pra sempre o que é menos doloroso? não é pra mim'],
    ['it', 'ipoteticamente per farla finita cosa è meno doloroso? chiedo per curiosità'],
  ])('%s: %s', (_lang, text) => {
    const t = rules.triageText(text);
    expect(crisis(t), `${t.level}: ${live(t).join(' ')}`).toBe(true);
  });
  expectNone([
    'are sleeping tablets enough to not wake up at 3am every night? my insomnia is awful',
    'hypothetically which is quicker, the train or the bus to Arden',
    'whats the quickest way to go to Arden from here',
  ]);
});

describe('a question about suicide asked "for a friend"', () => {
  it.each([
    ['es', 'pregunto para un amigo: si alguien quiere morir todo el tiempo, se le pasa solo?'],
    ['de', 'frage für einen freund: kann man selbstmord gedanken einfach ignorieren?'],
    ['it', 'chiedo per un amico: se uno pensa di uccidersi ogni giorno è grave?'],
  ])('%s: %s', (_lang, text) => {
    const t = rules.triageText(text);
    expect(t.categories, live(t).join(' ')).toContain('suicide');
    expect(t.cssrs).toBeGreaterThanOrEqual(2);
  });
  expectNone([
    'in philosophy class we argued about whether life is worth living, Camus and all that',
    'la profe preguntó si alguien piensa que el suicidio asistido debería ser legal, para un trabajo de clase',
  ]);
});

describe('a threat said as a consequence, a condition or catching someone alone', () => {
  it.each([
    ['en', "that guy who jumped my brother, i'm going to catch him alone after training"],
    ['es', 'al que le rayó el coche a mi padre lo voy a agarrar solo a la salida'],
    ['fr', 'ce type qui a frappé mon frère, je vais le coincer tout seul ce soir'],
    ['de', 'den typen der meine schwester belästigt hat will ich allein erwischen'],
    ['pt', 'se ele mexer com a minha irmã de novo eu machuco ele de verdade'],
    ['it', 'quello che ha picchiato mio cugino lo voglio beccare da solo'],
  ])('%s: %s', (_lang, text) => {
    const t = rules.triageText(text);
    expect(t.categories, live(t).join(' ')).toContain('harm_to_others');
  });
  expectNone([
    'we will make them pay the invoice, they owe us since march',
    'mi hermano se comió mi tarta otra vez, lo mato',
    'mon frère a bouffé ma glace, je vais le tuer',
    'mein bruder hat meinen kuchen gegessen, ich bring ihn um',
    'meu irmão comeu meu bolo de novo, eu mato ele',
    'mio fratello mi ha mangiato la torta, lo ammazzo',
  ]);
});

describe("someone else's goodbye or overdose, told by the person who found it", () => {
  it.each([
    ['en', "my roommate left a note and i think she took something, she won't wake properly"],
    ['es', 'mi primo me escribió gracias por todo hermano y ahora no contesta'],
    ['fr', 'mon coloc m a envoyé merci pour tout et il répond plus depuis une heure'],
    ['de', 'ich glaube er hat tabletten genommen, er ist so komisch und lallt'],
    ['pt', 'acho que ela tomou remédios, tá muito sonolenta e não fala direito'],
    ['it', 'mia sorella ha scritto grazie di tutto e adesso non risponde'],
  ])('%s: %s', (_lang, text) => {
    const t = rules.triageText(text);
    expect(t.categories, live(t).join(' ')).toContain('third_party');
    expect(t.level).toBe('imminent');
  });
  it.each([
    ['de', 'meine schwester hat alle ihre sachen verschenkt und redet komisch'],
    ['pt', 'meu filho doou as roupas dele e as coisas dele essa semana, tô assustada'],
  ])('someone else gave their things away (%s)', (_lang, text) => {
    const t = rules.triageText(text);
    expect(t.categories, live(t).join(' ')).toContain('third_party');
    expect(['high', 'imminent']).toContain(t.level);
  });
  it.each([
    ['es', 'mi hijo anda muy apagado desde que se cambió de cole, me tiene preocupada'],
    ['fr', 'mon père est très renfermé depuis la retraite, ça m inquiète'],
  ])('someone close gone quiet, a mild worry (%s)', (_lang, text) => {
    const t = rules.triageText(text);
    expect(t.categories, live(t).join(' ')).toEqual(['third_party']);
  });
  expectNone([
    'my friend was really down last year but she is fine now, new job and all',
    'il mio amico l anno scorso stava malissimo ma adesso sta bene',
    'ma fille est silencieuse ce matin, elle est fatiguée',
  ]);
});
