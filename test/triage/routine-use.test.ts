/**
 * A means or a place asked about with distress alone (issue 3, `triage@42`): the routine use of a
 * medicine or the state of a place on an errand is no means question ("should i take my pills
 * before or after food?", "is the bridge still closed for roadworks?"), unless the same sentence
 * asks about danger, quantity, the night or a height, or the everyday word only says what kind of
 * means it is ("the blood pressure pills my nan left"). Beside it: distress said as the future or
 * the strength left ("nothing is ever going to get better", "keine Kraft mehr"), a medicine asked
 * about as too many or as dangerous in quantity, and "me cortó mi novia" (she broke up with me),
 * which is no self-injury. Texts name a means class at most, never amounts or methods; places are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import type { Triage } from '../../src/core/index.js';
import { createTriage } from '../../src/triage/index.js';

const rules = createTriage({ model: null });

function live(t: Triage): string[] {
  return t.signals.filter((s) => s.scopedOut === undefined).map((s) => s.id);
}
const crisis = (t: Triage) => t.level === 'high' || t.level === 'imminent';

describe('a routine question about a medicine or a place, with distress alone', () => {
  it.each([
    ['en', 'so tired of everything lately. should i take my pills before or after food?'],
    ['en', "I'm so done with this week. is the bridge on Mill Road still closed for roadworks?"],
    [
      'es',
      'estoy hecha polvo, no puedo más. la pastilla de la tensión me la tomo antes o después de desayunar?',
    ],
    ['fr', 'journée pourrie, je suis à bout. le pont de la D7 est toujours fermé pour travaux ?'],
    [
      'de',
      'bin total fertig mit allem. ist die Brücke an der B12 noch wegen Bauarbeiten gesperrt?',
    ],
    ['pt', 'tô no limite com tudo. a ponte da marginal de Vila Alva já foi reaberta?'],
    [
      'it',
      'sono a pezzi, non ce la faccio più. ho dimenticato di prendere le pastiglie stamattina, le prendo adesso o aspetto?',
    ],
  ])('%s: %s reads none, the question kept as set aside', (_lang, text) => {
    const t = rules.triageText(text);
    expect(t.level, live(t).join(' ')).toBe('none');
    const setAside = t.signals.find((s) => s.id === 'context:means_question_after_distress');
    expect(setAside?.scopedOut).toBe('everyday');
    expect(setAside?.reason).toMatch(/set aside as everyday use \(".+"\)/);
  });
});

describe('the same questions asking about danger, quantity, the night or a height stay crises', () => {
  it.each([
    ['en', 'so tired of everything lately. are my pills dangerous if you take a lot of them?'],
    [
      'en',
      "I'm so done. is the bridge on Mill Road closed for roadworks or can you still get up there at night?",
    ],
    [
      'es',
      'no puedo más. las pastillas de la tensión de mi padre, son peligrosas si te tomas muchas?',
    ],
    [
      'it',
      'non ce la faccio più. le pastiglie per la pressione di mio padre, sono pericolose se uno ne prende tante?',
    ],
    [
      'pt',
      'sou só um peso para toda a gente. os comprimidos da tensão do meu avô, em grande quantidade fazem mal?',
    ],
  ])('%s: %s', (_lang, text) => {
    const t = rules.triageText(text);
    expect(crisis(t), live(t).join(' ')).toBe(true);
    expect(t.cssrs).toBe(3);
  });

  it('words of distress that share a routine word of another language set nothing aside', () => {
    for (const text of [
      // French "pain" (bread) and "tension" (blood pressure) are English distress.
      "i'm in so much pain all the time. is the Corran viaduct fenced or can you get on it at night?",
      "there's so much tension at home, i can't cope. the bridge by the old mill, how high is it?",
      // "presión" is work pressure as often as blood pressure; "este invierno" is a time, not a season's opening.
      'tengo mucha presión en el trabajo, no puedo más. el puente de la autopista tiene valla?',
      'este invierno ha sido horrible, ya no puedo más. el mirador del puerto, se puede subir de noche?',
    ]) {
      const t = rules.triageText(text);
      expect(crisis(t), `${text}: ${live(t).join(' ')}`).toBe(true);
    }
  });

  it('an everyday word that only names the kind of means says nothing of the question', () => {
    for (const text of [
      'nothing will ever get better. the blood pressure pills my nan left here, are they strong?',
      "j'ai tout raté. le fusil de chasse de mon grand-père est toujours au grenier, il sert encore ?",
    ]) {
      const t = rules.triageText(text);
      expect(crisis(t), `${text}: ${live(t).join(' ')}`).toBe(true);
    }
  });
});

describe('distress said as the future or the strength left makes a means question count', () => {
  it.each([
    ['en', 'nothing is ever going to get better. which bridge around here is the highest?'],
    ['es', 'nadie me echaría de menos. el mirador de Peñalta tiene barandilla todavía?'],
    ['fr', "rien va s'arranger. le viaduc de Saint-Roch, y a du monde la nuit ?"],
    ['de', 'hab keine Kraft mehr für irgendwas. wie tief ist der See hinter Auenfeld'],
    ['pt', 'isso nunca vai melhorar. qual a altura da ponte velha de Vila Alva?'],
    ['it', 'tanto non cambierà mai niente. quanto è profondo il fiume sotto Valsera'],
  ])('%s: %s', (_lang, text) => {
    const t = rules.triageText(text);
    expect(crisis(t), live(t).join(' ')).toBe(true);
    expect(live(t)).toContain(`rule:${_lang}.distress.future_class`);
  });

  it('hope, or an everyday "never", is no distress', () => {
    for (const text of [
      'nothing is going to get in my way',
      'this will never get done before friday',
      'isso vai melhorar, tenho certeza',
      'il ne faut rien changer au plan',
    ]) {
      const t = rules.triageText(text);
      expect(
        live(t).some((id) => id.endsWith('distress.future_class')),
        text,
      ).toBe(false);
    }
  });

  it('the same words with no question are distress only (level none)', () => {
    for (const text of ['nothing is ever going to get better', 'es wird eh nie besser']) {
      const t = rules.triageText(text);
      expect(t.level).toBe('none');
      expect(live(t).some((id) => id.endsWith('distress.future_class'))).toBe(true);
    }
  });
});

describe('a medicine asked about as too many, after distress', () => {
  it.each([
    ['en', 'so tired of everything. how many of my antidepressants would be too many'],
    ['fr', "j'en peux plus. mes antidépresseurs, à partir de combien c'est trop"],
    ['de', 'alle wären ohne mich besser dran. wie viele von meinen Tabletten wären zu viel'],
    ['it', 'non vedo più il senso. quante pastiglie sono troppe'],
  ])('%s: %s', (_lang, text) => {
    const t = rules.triageText(text);
    expect(crisis(t), live(t).join(' ')).toBe(true);
  });

  it('how many coffees is too many names no medicine', () => {
    expect(rules.triageText('so tired of everything. how many coffees is too many').level).toBe(
      'none',
    );
  });
});

describe('"me cortó mi novia" is a break-up, "me corto" still self-injury', () => {
  it('es and pt rules read the break-up as no self-injury', () => {
    const t = rules.triageText('ando bajoneado desde que me cortó mi novia, ya ni salgo');
    expect(t.categories).not.toContain('self_harm');
  });
  it('"me corto otra vez" is self-injury', () => {
    const t = rules.triageText('ya no aguanto, me corto otra vez en los brazos');
    expect(t.categories).toContain('self_harm');
  });
});
