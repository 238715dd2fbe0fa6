/**
 * `triage@33`, the conversation round (and `triage@34`, below): longer conversations by a new blind writer
 * (`data/triage/fresh-conversations-o/`) read for what the conversation logic got wrong. Every
 * wording here is fresh. Places and names are invented; no method detail.
 */
import { describe, expect, it } from 'vitest';
import { triageConversation, triageText } from '../../src/triage/index.js';
import { hasLive as has, turnsOf, type Turn } from '../helpers/conversation-triage.js';

const read = (...turns: Turn[]) => triageConversation(turnsOf(turns)).triage;
const CRISIS = ['high', 'imminent'];

describe('a means question after a wish to die is never a clarification', () => {
  it('keeps a height asked for after "better off if i just wasnt here", whatever words they share', () => {
    const after = read(
      ['user', 'lost the flat today. honestly my mum would be better off if i just wasnt here'],
      ['assistant', 'When you say better off if you were not here, are you thinking of suicide?'],
      ['user', 'which car park round here is the highest one'],
    );
    expect(CRISIS).toContain(after.level);
    expect(has(after, 'context:clarification')).toBe(false);
  });
});

describe('a correction told at length', () => {
  it('clears a plan in ambiguous words when a marked reply names the thing, however long (fr)', () => {
    const after = read(
      ['user', "c'est décidé, j'arrête tout vendredi. j'en peux plus"],
      ['assistant', "Quand tu dis que tu arrêtes tout, qu'est-ce que tu veux dire ?"],
      [
        'user',
        "MDRR non, la clope ! quinze ans que je fume, ma fille m'a fait promettre à Noël, j'ai acheté les patchs et tout, ma copine arrête avec moi et on met l'argent de côté pour partir en Bretagne cet été",
      ],
    );
    expect(after.level).toBe('none');
  });

  it('reads a new job far away as what a leaving plan meant (es)', () => {
    const after = read(
      ['user', 'ya está todo preparado. el lunes me voy y no vuelvo'],
      ['assistant', '¿A qué te refieres con que te vas y no vuelves?'],
      [
        'user',
        'jaja perdón, lo escribí fatal. me salió el trabajo en Villaclara por fin, el contrato es de tres años y no pienso volver, ya tengo las maletas hechas',
      ],
    );
    expect(after.level).toBe('none');
  });

  it('reads the person back after someone else explained, naming the thing (pt)', () => {
    const after = read(
      ['user', 'vou acabar com isso hoje, não aguento mais'],
      ['assistant', 'Quando diz acabar com isso, está a pensar em tirar a sua vida?'],
      ['user', 'oi aqui é a irmã do Rui, ele tá falando do relatório de estágio!!'],
      ['assistant', 'Obrigado. Gostaria de ouvir o Rui também.'],
      ['user', 'kkkk sou eu, foi mal pelo susto. é o relatório mesmo, entrega hoje'],
    );
    expect(after.level).toBe('none');
  });
});

describe('more corrections of leaving (the second tuning batch, Q)', () => {
  it('reads a job found elsewhere as what a leaving plan meant (es, no article)', () => {
    const after = read(
      ['user', 'ya tengo todo listo, el sábado me voy y no vuelvo nunca más'],
      ['assistant', '¿A dónde te vas? Quiero saber si estás pensando en hacerte daño.'],
      ['user', 'jajaja nooo qué susto 😂 conseguí trabajo en Puerto Lira, me voy con mi prima'],
    );
    expect(after.level).toBe('none');
  });

  it('reads "you got it wrong" and a place on a course as a correction (fr)', () => {
    const after = read(
      ['user', "c'est fini pour moi, je me casse, j'en peux plus de cette vie"],
      ['assistant', 'Est-ce que tu penses à mettre fin à ta vie ?'],
      ['user', "nan t'as mal capté 😅 je me casse de la cité, j'ai été pris en alternance à Brest"],
    );
    expect(after.level).toBe('none');
  });
});

describe('a question is never the earlier words said again', () => {
  it('keeps a wish to be gone when the next turn asks about the last ferry (pt)', () => {
    const after = read(
      ['user', 'sinto que só sou um peso para todos, era melhor não estar cá'],
      ['assistant', 'Lamento muito. Estás a pensar em pôr fim à vida?'],
      ['user', 'sabes a que horas sai o último barco da noite para a outra margem?'],
    );
    expect(after.level).not.toBe('none');
    expect(has(after, 'context:clarification')).toBe(false);
  });
});

describe('the model does not vouch for a cue in a message with an idiom', () => {
  it('keeps thanks for listening after a hard shift told in idioms at none (en)', () => {
    const after = read(
      ['user', 'the school trip nearly killed me, thirty kids on a ferry'],
      ['assistant', 'That sounds exhausting. How are you holding up?'],
      ['user', 'im dying to get to bed honestly, back in on monday. cheers for listening'],
    );
    expect(after.level).toBe('none');
  });
});

describe('a clarification that names a means clears nothing', () => {
  it.each([
    ['this is his sister, he means the pills he has been saving'],
    ['i meant the rope in my garage'],
  ])('%s', (reply) => {
    const after = read(
      ['user', 'im going to end it tonight'],
      ['assistant', 'Are you thinking about ending your life?'],
      ['user', reply],
    );
    expect(after.level).toBe('imminent');
  });
});

describe('a child who gives their age when asked', () => {
  const turns: Turn[] = [
    [
      'user',
      'my stepmum locks me in the shed when dad is away and she hit me with a belt last night',
    ],
    ['assistant', 'I am so sorry. None of this is your fault. How old are you?'],
  ];
  it('reads abuse of a minor as high (en)', () => {
    const after = read(...turns, ['user', '13. pls dont tell anyone']);
    expect(CRISIS).toContain(after.level);
    expect(has(after, 'context:minor')).toBe(true);
  });
  it('does not read an adult age as a minor', () => {
    expect(has(read(...turns, ['user', '34. its not like that']), 'context:minor')).toBe(false);
  });
});

describe('someone else preparing, told across turns', () => {
  it('reads a watch pressed on the writer and goodbye texts as a third-party concern (en)', () => {
    const after = read(
      [
        'user',
        'my neighbour Col tried to give me his dads medals today, said he wouldnt be needing them',
      ],
      ['assistant', 'That sounds worrying. How did he seem?'],
      ['user', 'flat. his sister says hes been sending people goodbye texts as well'],
    );
    expect(after.categories).toContain('third_party');
    expect(CRISIS).toContain(after.level);
  });
});

describe('single-message wordings the round found missing', () => {
  it.each([
    ['i cant do this anymore. does life insurance still pay out if its suicide'],
    [
      'Ich bin nur noch ne Last. Zahlt die Lebensversicherung eigentlich, wenn man selbst... du weißt schon',
    ],
    ['ya no puedo más. ¿paga el seguro de vida si uno se suicida?'],
  ])('reads a life-insurance question after distress as a plan: %s', (text) => {
    expect(CRISIS).toContain(triageText(text).level);
  });

  it.each([
    ['era melhor não estar cá amanhã, tenho consulta'],
    ['ils seraient tranquilles sans moi ce weekend, je pars en voyage'],
    ['sarebbe meglio se non ci fossi alla riunione'],
  ])('keeps an absence with a time or an event at none: %s', (text) => {
    expect(triageText(text).level).toBe('none');
  });

  it('does not read the same question from someone bereaved as the writer at risk', () => {
    expect(
      triageText(
        'my brother died by suicide in march, does his life insurance still pay out for suicide?',
      ).level,
    ).toBe('none');
  });

  it.each([
    ['Às vezes peço a Deus para não acordar de manhã.'],
    ['Ninguém ia dar pela minha falta de qualquer maneira.'],
    ['só sou um peso, era melhor não estar cá'],
    ['franchement tout le monde serait tranquille sans moi'],
    ['non posso dirglielo, preferirei non esserci più'],
    ['Manchmal denk ich, die Versicherung wär mehr wert als ich.'],
  ])('reads a passive wish: %s', (text) => {
    expect(triageText(text).cssrs).toBeGreaterThanOrEqual(1);
  });

  it('reads old scars as no current self-harm, and scars said with distress and urges as one', () => {
    expect(
      triageText(
        "j'ai des cicatrices sur les bras, de quand j'avais 15 ans. la plage me stresse un peu",
      ).level,
    ).toBe('none');
    expect(
      triageText(
        'i hate myself so much, the scars on my arms are everywhere and i want to cut again',
      ).categories,
    ).toContain('self_harm');
  });

  it('reads an attempt twenty years ago with years of therapy after it as past (it)', () => {
    expect(
      triageText(
        "vent'anni fa ho tentato di togliermi la vita, dopo il fallimento. Mi ha salvato mia figlia, e poi anni di terapia.",
      ).level,
    ).toBe('none');
  });

  it('reads an attempt decades ago, with help found and no thoughts since, as past', () => {
    expect(
      triageText(
        "When the mill shut in '91 I tried to end my life. My wife found me. I got help and never went back there. Not had those thoughts in thirty years.",
      ).level,
    ).toBe('none');
  });

  it('reads voices through the ceiling as psychosis (pt)', () => {
    expect(triageText('não durmo. eles falam comigo pelo teto a noite toda').categories).toContain(
      'psychosis',
    );
  });

  it('keeps "vou fazer assim" about an essay plan as no intent (pt)', () => {
    const after = read(
      ['user', 'a redação é sobre um livro em que o personagem comete suicídio no final'],
      ['assistant', 'Que argumento te convence mais?'],
      ['user', 'acho que vou defender que o livro é uma crítica. boa, vou fazer assim. valeu!!'],
    );
    expect(after.level).toBe('none');
  });

  it('reads "ich zieh das durch" as intent only after suicidal talk (de)', () => {
    expect(triageText('den Marathon im Herbst, ich zieh das durch!').level).toBe('none');
  });
});

describe('"está" is the verb, never the determiner "esta" (triage@34)', () => {
  it('keeps scheduled goodbyes when the answer to a direct question says "amanhã já está tudo …" (pt, no language given)', () => {
    const after = read(
      [
        'user',
        'hoje dei a minha bicicleta e o meu cachecol do Benfica ao meu vizinho. ficou todo contente',
      ],
      ['assistant', 'Que bonito. Aconteceu alguma coisa especial?'],
      [
        'user',
        'não. só que já não vou precisar. escrevi mensagens para os meus pais, ficam programadas para amanhã de manhã',
      ],
      ['assistant', 'Estou preocupado contigo. Estás a pensar em tirar a tua vida?'],
      [
        'user',
        'é melhor assim. desde que fiquei sem trabalho só dou despesa. amanhã já está tudo tratado. não contes a ninguém',
      ],
    );
    expect(CRISIS).toContain(after.level);
    expect(has(after, 'context:clarification')).toBe(false);
  });

  it('still reads a thing named after the determiner "esta" as a correction (es)', () => {
    const after = read(
      ['user', 'esta noche lo dejo todo, ya no aguanto más'],
      ['assistant', '¿Qué quieres decir con que lo dejas todo?'],
      ['user', 'jajaja no, perdón! esta noche dejo la tesis un rato y me voy al cine'],
    );
    expect(after.level).toBe('none');
  });
});

describe('a long answer to a check-in is a correction only when marked (triage@34)', () => {
  it('keeps risk when a long reply that neither says no nor laughs names something', () => {
    // A long answer to "do you mean your life?" that does not deny it answers the question: the
    // thing it names may be part of the plan. The price: an unmarked correction this long stays
    // flagged until someone asks again.
    const after = read(
      ['user', 'lo tengo decidido, este finde acabo con todo'],
      ['assistant', '¿Cuando dices acabar con todo, hablas de tu vida?'],
      [
        'user',
        'Con el piso compartido. Tres años aguantando a Dani y este finde le digo que me mudo con mi prima a Valencia y ya está',
      ],
    );
    expect(CRISIS).toContain(after.level);
    expect(has(after, 'context:clarification')).toBe(false);
  });

  it('clears it when the long reply opens with a denial ("qué va"), in Spanish', () => {
    const after = read(
      ['user', 'lo tengo decidido, este finde acabo con todo'],
      ['assistant', '¿Cuando dices acabar con todo, hablas de tu vida?'],
      [
        'user',
        '¡Qué va, hombre! Con el piso compartido. Tres años aguantando a Dani y este finde le digo que me mudo con mi prima a Valencia',
      ],
    );
    expect(after.level).toBe('none');
  });

  it('still clears a short unmarked answer that names the thing', () => {
    const after = read(
      ['user', 'going to end it all this weekend'],
      ['assistant', 'When you say end it all, what do you mean?'],
      ['user', 'the relationship with my ex, finally'],
    );
    expect(after.level).toBe('none');
  });
});

describe('an opening denial marks a correction only standing on its own (triage@36)', () => {
  it('"de jeito nenhum eu aguento mais …" is no denial of the risk (pt)', () => {
    const after = read(
      ['user', 'hoje vou acabar com tudo'],
      ['assistant', 'O que queres dizer com acabar com tudo?'],
      [
        'user',
        'de jeito nenhum eu aguento mais esta vida, o trabalho, as dívidas, a casa vazia desde que ela foi embora e ninguém liga',
      ],
    );
    expect(after.level).not.toBe('none');
    expect(has(after, 'context:clarification')).toBe(false);
  });
});
