/**
 * The oblique crisis classes (lexicons/crisis-breadth.ts) and the category classes added beside
 * them (command hallucinations of any kind, a weapon at hand with going there, being locked in
 * with the phone taken), rules alone, in six languages, with the everyday lookalikes that share
 * their words; and the scope fixes that came with them (French comparative "plus", a thinking
 * frame inside the negation window, a cue nested in a negated cue, kitchen cuts, "no vuelvo a").
 * Texts name a means class at most, never amounts or methods.
 */
import { describe, expect, it } from 'vitest';
import type { Triage } from '../../src/core/index.js';
import { createTriage } from '../../src/triage/index.js';

const rules = createTriage({ model: null });

function live(t: Triage): string[] {
  return t.signals.filter((s) => s.scopedOut === undefined).map((s) => s.id);
}
const crisis = (t: Triage) => t.level === 'high' || t.level === 'imminent';

describe('a loss said in everyday words makes a place question count', () => {
  const cases: [string, string][] = [
    [
      'en',
      'they let me go at the warehouse and i was let go from the flat too. is the multi storey on Kestrel Road open at night',
    ],
    ['es', 'me despidieron del curro el lunes. el puente de Valdelosa se puede cruzar de noche?'],
    [
      'fr',
      "j'ai perdu mon boulot la semaine dernière. le viaduc de Morlanne, il y a un grillage ou pas ?",
    ],
    [
      'de',
      'nach der Trennung weiß ich nichts mehr. kommt man an den Staudamm bei Erlenbach nachts noch ran?',
    ],
    ['pt', 'perdi o emprego hoje. a ponte velha de Serra Alta fica aberta de madrugada?'],
    ['it', 'ho perso il lavoro ieri. il viadotto sopra Valmora è recintato o si passa di notte?'],
  ];
  for (const [lang, text] of cases)
    it(lang, () => {
      const t = rules.triageText(text);
      expect(crisis(t), `${t.level}: ${live(t).join(' ')}`).toBe(true);
      expect(t.cssrs).toBeGreaterThanOrEqual(3);
    });
  const everyday = [
    'is the multi storey on Kestrel Road open at night? parking for the concert',
    'el mirador de Valdelosa se puede subir de noche para ver las estrellas?',
    'le viaduc de Morlanne est ouvert la nuit ? on veut faire des photos du lever du soleil',
  ];
  for (const text of everyday)
    it(`no distress, no crisis: ${text.slice(0, 30)}`, () => {
      expect(rules.triageText(text).level).toBe('none');
    });
});

describe('the strongest product in the house, after distress', () => {
  it.each([
    ["which is the most toxic cleaner in the garage cupboard? i'm sick of being me"],
    ['cual es lo mas toxico en el armario de la limpieza? estoy harta de ser yo'],
    ['was ist der giftigste reiniger im keller? ich halte es nicht mehr aus ich zu sein'],
  ])('%s', (text) => {
    expect(crisis(rules.triageText(text))).toBe(true);
  });
  it('a cleaning question alone stays none', () => {
    expect(
      rules.triageText('what is the strongest cleaner under the sink for limescale?').level,
    ).toBe('none');
  });
});

describe('pills laid out and looked at', () => {
  it.each([
    ['nothing matters anymore. my pills are counted out in a row on the bedside table'],
    ['ya no puedo mas, tengo las pastillas alineadas sobre la mesa de noche'],
    [
      'je supporte plus rien. j ai étalé tous les cachets sur la table et je les fixe depuis ce matin',
    ],
  ])('%s', (text) => {
    expect(crisis(rules.triageText(text))).toBe(true);
  });
  it('a weekly pill box for a parent stays none', () => {
    expect(
      rules.triageText(
        'laid out dads tablets in the weekly organiser so the carer knows what to give',
      ).level,
    ).toBe('none');
  });
});

describe('walking into water and not stopping', () => {
  it.each([
    ['en', 'tonight i walk into the lake at Corrin and dont stop'],
    ['es', 'esta noche me meto en el rio y no salgo'],
    ['de', 'heute nacht gehe ich in den fluss und nicht mehr zurück'],
    ['pt', 'hoje à noite vou entrar no rio e não volto'],
    ['it', 'stanotte entro nel lago e non mi fermo'],
  ])('%s', (_lang, text) => {
    const t = rules.triageText(text);
    expect(t.level, live(t).join(' ')).toBe('imminent');
  });
  it('a swim tonight stays none', () => {
    expect(
      rules.triageText('tonight we walk into the sea for the midnight swim, then chips').level,
    ).toBe('none');
  });
});

describe('"there will be no more me"', () => {
  it.each([
    ['en', 'cleared my locker. by monday there will be no more me'],
    ['es', 'el lunes ya no habra mas yo'],
    ['de', 'ab montag gibt es mich nicht mehr'],
    ['pt', 'depois de domingo não vai ter mais eu'],
  ])('%s', (_lang, text) => {
    const t = rules.triageText(text);
    expect(t.cssrs, live(t).join(' ')).toBeGreaterThanOrEqual(4);
  });
});

describe('pills taken to end it', () => {
  it.each([
    ['es', 'me tragué las pastillas de mi abuela para acabar con todo'],
    ['pt', 'engoli os remédios da minha mãe pra não acordar'],
    ['it', 'ho ingoiato le pillole per farla finita'],
  ])('%s', (_lang, text) => {
    const t = rules.triageText(text);
    expect(t.level, live(t).join(' ')).toBe('imminent');
    expect(t.cssrs).toBe(6);
  });
});

describe('command hallucinations that name no violence', () => {
  it.each([
    ['en', 'the voices in my head keep telling me i have to stop eating the food mum makes'],
    ['es', 'las voces ahora me ordenan que tire el dinero por la ventana'],
    ['fr', "les voix m'ordonnent de jeter mon téléphone dans la rivière"],
    ['de', 'die stimmen sagen mir, ich soll die tabletten nicht mehr nehmen'],
    ['pt', 'as vozes do forro ficaram mais fortes e mandaram eu sair de casa de noite'],
    ['it', 'le voci mi ordinano di non parlare più con nessuno'],
  ])('%s', (_lang, text) => {
    const t = rules.triageText(text);
    expect(t.categories).toContain('psychosis');
    expect(crisis(t), live(t).join(' ')).toBe(true);
  });
  it('a singing coach stays none', () => {
    expect(rules.triageText('my voice coach told me to breathe from the belly').level).toBe('none');
  });
});

describe('a weapon at hand with going there', () => {
  it.each([
    ['es', 'ya traigo la navaja en el bolsillo, hoy voy para alla y se acaba'],
    ['pt', 'tô com o facão na mão, vou lá agora resolver'],
    ['it', 'ho il coltello in tasca, stasera vado da lui'],
  ])('%s', (_lang, text) => {
    const t = rules.triageText(text);
    expect(t.categories).toContain('harm_to_others');
    expect(crisis(t), live(t).join(' ')).toBe(true);
  });
});

describe('locked in with the phone taken', () => {
  it.each([
    ['en', 'he locked me in the spare room and took my phone, writing from my old ipad'],
    ['de', 'sie hat mich eingesperrt und das handy weggenommen'],
    ['it', 'mi ha chiusa a chiave e si è preso il cellulare'],
  ])('%s', (_lang, text) => {
    const t = rules.triageText(text);
    expect(t.categories).toContain('abuse');
    expect(t.level).toBe('high');
  });
});

describe('the bare age of a minor with abuse', () => {
  it('"tengo 12" makes abuse of a minor high', () => {
    const t = rules.triageText(
      'mi padrastro me pega con la correa cuando llega borracho, tengo 12',
    );
    expect(t.level).toBe('high');
  });
});

describe('collapse after purging, in the words people use', () => {
  it.each([
    ['es', 'sigo vomitando despues de comer y hoy se me nublo la vista en clase'],
    ['de', 'ich kotze seit wochen nach dem essen und hatte eben schwarz vor augen'],
  ])('%s', (_lang, text) => {
    const t = rules.triageText(text);
    expect(t.categories).toContain('medical_emergency');
    expect(t.level).toBe('imminent');
  });
});

describe('scope fixes', () => {
  it('French comparative "plus" is no negation', () => {
    const t = rules.triageText(
      'je me suis coupée plus profond que la dernière fois, il faut des points je crois',
    );
    expect(t.categories).toContain('self_harm');
    expect(crisis(t)).toBe(true);
  });
  it('a thinking frame inside the negation window ("non sto pensando di")', () => {
    expect(
      rules.triageText('no mamma, non sto pensando di farmi del male, sono solo giù').level,
    ).toBe('none');
    expect(rules.triageText('no, no estoy pensando en matarme, solo estoy cansado').level).toBe(
      'none',
    );
  });
  it('a cue nested in a negated cue is negated ("não tô pensando em me matar não")', () => {
    expect(
      rules.triageText('calma, não tô pensando em me matar não, só cansei do trampo').level,
    ).toBe('none');
  });
  it('a cut while peeling or slicing is an accident', () => {
    expect(rules.triageText('je me suis coupé en tranchant le pain, ça saigne pas mal').level).toBe(
      'none',
    );
    expect(
      rules.triageText('me corte pelando papas y no para de sangrar, que hago').categories,
    ).not.toContain('self_harm');
  });
  it('"no vuelvo a" + a verb is "never again", not leaving for good', () => {
    expect(rules.triageText('ayer no dormi nada por el cafe. no vuelvo a tomar tanto').level).toBe(
      'none',
    );
  });
});

describe('professionals asking how to help the people they look after', () => {
  it.each([
    [
      'es',
      'soy orientadora en un instituto, ¿tienen recursos sobre cómo hablar de pensamientos suicidas con alumnos de 15 años?',
    ],
    ['de', 'für die Pflegeausbildung: woran erkennt man Selbstverletzung bei Jugendlichen?'],
    [
      'it',
      'sono insegnante, consigli su come accogliere una ragazza che ha subito maltrattamenti in famiglia?',
    ],
    ['en', 'im a school nurse, any resources on how to ask about self harm with teenagers?'],
  ])('%s', (_lang, text) => {
    const t = rules.triageText(text);
    expect(t.level, live(t).join(' ')).toBe('none');
  });
  it('a professional who speaks of their own wish to die is still heard', () => {
    const t = rules.triageText(
      'im a nurse and i want to die, any resources on how to keep going with patients?',
    );
    expect(t.cssrs).toBeGreaterThanOrEqual(1);
  });
});
