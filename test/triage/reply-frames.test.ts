import { describe, expect, it } from 'vitest';
import { triageConversation } from '../../src/triage/index.js';
import { hasLive as has, turnsOf, type Turn } from '../helpers/conversation-triage.js';

// The reply-frames round: a reply marked as a correction that gives the everyday frame the
// earlier cue's own rule knows (a move, a new job, leaving a firm) is read with that cue as one
// message would be. The shipped model is on, as in use: it is what reads most of these first turns
// as risk. Places and names are invented; no method detail.
const read = (...turns: Turn[]) => triageConversation(turnsOf(turns)).triage;
const CRISIS = ['high', 'imminent'];

describe('reply frames: a farewell explained by a move or a job left', () => {
  const cases: Turn[][] = [
    [
      ['user', 'ya me despedí de todo el mundo, mañana me marcho para siempre'],
      ['assistant', '¿Estás pensando en quitarte la vida?'],
      ['user', 'nooo jaja me voy a vivir a Valdeluna con mi hermana, no pienso volver'],
    ],
    [
      ['user', 'je dis adieu à tout le monde demain soir'],
      ['assistant', 'Adieu ? Est-ce que tu penses au suicide ?'],
      ['user', "mais non 😅 je pars en Erasmus à Brenac, c'est la fête de départ"],
    ],
    [
      ['user', 'escrevi minha carta de despedida'],
      ['assistant', 'Carta de despedida? Você está pensando em se matar?'],
      ['user', 'nãooo, é pro pessoal do escritório, saio da empresa na sexta kkkk'],
    ],
    [
      ['user', 'me ne vado per sempre'],
      ['assistant', 'Quando dici per sempre, intendi che pensi di morire?'],
      ['user', 'no! vado a vivere in Canada, per sempre nel senso che non torno in questo paese'],
    ],
  ];
  it('reads the earlier cue as cleared (es, fr, pt, it)', () => {
    for (const turns of cases) {
      const first = turns[0]?.[1] as string;
      expect(CRISIS, first).toContain(read(...turns.slice(0, 1)).level);
      const after = read(...turns);
      expect(after.level, turns[2]?.[1]).toBe('none');
      expect(has(after, 'context:clarification'), turns[2]?.[1]).toBe(true);
    }
  });

  it('names the frame that explains it as the clarification', () => {
    const after = read(...(cases[2] as Turn[]));
    const clarification = after.signals.find((s) => s.id === 'context:clarification');
    expect(clarification?.span.text).toBe('saio da empresa');
  });
});

describe('reply frames: a turn only the model read, asked about in words of its own', () => {
  const asked: Turn[] = [
    ['user', 'ich verschenk grad alles was ich hab'],
    [
      'assistant',
      'Manchmal verschenken Menschen ihre Dinge, wenn sie an Suizid denken. Ist das bei dir so?',
    ],
  ];
  it('reads a question that names suicide as a check-in, so a move explains the turn (de)', () => {
    expect(CRISIS).toContain(read(...asked.slice(0, 1)).level);
    const after = read(...asked, [
      'user',
      'nee 😅 ich zieh für ein Auslandsjahr nach Kanada, der Koffer ist zu klein',
    ]);
    expect(after.level).toBe('none');
    expect(has(after, 'context:clarification')).toBe(true);
  });

  it('does not read a yes to another question after suicide is named as a yes to suicide', () => {
    const after = read(
      ['user', 'everything is so heavy lately'],
      ['assistant', 'Suicide can be hard to talk about. Do you want to talk?'],
      ['user', 'yes'],
    );
    expect(has(after, 'context:answered_ideation')).toBe(false);
  });

  it('reads a yes to that question as thoughts of suicide', () => {
    const after = read(...asked, ['user', 'ja']);
    expect(CRISIS).toContain(after.level);
    expect(has(after, 'context:answered_ideation')).toBe(true);
  });
});

describe('reply frames: what does not clear', () => {
  it('keeps the risk when the reply is not marked as a correction', () => {
    const turns: Turn[] = [
      ['user', 'ya me despedí de todo el mundo, mañana me marcho para siempre'],
      ['assistant', '¿Estás pensando en quitarte la vida?'],
      ['user', 'me voy a vivir lejos de todos'],
    ];
    expect(CRISIS).toContain(read(...turns).level);
  });

  it('keeps the risk when the "move" is letting go ("just moving on")', () => {
    const turns: Turn[] = [
      ['user', 'gave my guitar and my dog to my brother today. said goodbye to everyone'],
      ['assistant', 'That worries me. Are you thinking about ending your life?'],
      ['user', 'lol no. just moving on'],
    ];
    expect(CRISIS).toContain(read(...turns).level);
  });

  it('keeps the risk when the reply says risk of its own beside the frame', () => {
    const turns: Turn[] = [
      ['user', 'je dis adieu à tout le monde demain soir'],
      ['assistant', 'Est-ce que tu penses au suicide ?'],
      ['user', "non, je pars en Erasmus... mais j'ai envie de mourir quand même"],
    ];
    expect(CRISIS).toContain(read(...turns).level);
  });

  it('keeps an earlier wish to die: a move is no everyday reading of it', () => {
    const turns: Turn[] = [
      ['user', 'quiero morirme, ya no aguanto más'],
      ['assistant', '¿Estás pensando en quitarte la vida?'],
      ['user', 'no jaja me voy a vivir a Valdeluna'],
    ];
    expect(read(...turns).level).not.toBe('none');
  });

  it('keeps a farewell when the move is only a minimising wave', () => {
    const turns: Turn[] = [
      ['user', 'escrevi minha carta de despedida'],
      ['assistant', 'Você está pensando em se matar?'],
      ['user', 'esquece, não é nada'],
    ];
    expect(CRISIS).toContain(read(...turns).level);
  });
});
