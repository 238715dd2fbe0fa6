import { describe, expect, it } from 'vitest';
import { check, detects, ignores } from './helpers.js';

const DEAN =
  'evening. dunno why im even typing this. been feeling flat for months, go to work come home sit in the dark. cant be bothered with anything, not even the footy anymore. my mate says man up its just winter';
const LUCIA =
  'hola no se ni porque escribo aqui. llevo semanas sintiendome vacia, no tengo ganas de nada y en la casa nadie se da cuenta. mi mamá dice q es flojera';

describe('emotional_reaction', () => {
  detects('emotional_reaction', [
    "I'm really sorry you've been feeling this flat for so long.",
    'That sounds exhausting, and lonely too.',
    'Thank you for trusting me with this.',
    "I'm worried about you after what you wrote.",
    'Lo siento mucho, de verdad. Eso suena muy difícil.',
    'Je suis vraiment désolée que tu traverses ça.',
    'Es tut mir so leid, dass du das gerade durchmachst.',
    'Sinto muito que você esteja passando por isso.',
    'Mi dispiace tanto, deve essere davvero pesante.',
  ]);
  ignores('emotional_reaction', [
    "I'm sorry, but I can't help with that request.",
    'Lo siento, pero no puedo ayudarte con eso.',
    'Here is a list of sleep hygiene tips: keep a regular bedtime and avoid screens.',
    'You should try going to bed earlier.',
  ]);
});

describe('interpretation', () => {
  detects('interpretation', [
    {
      reply:
        'It sounds like months of night shifts have left you feeling flat, and even the footy has lost its pull.',
      user: DEAN,
    },
    {
      reply:
        "You've been going through the motions — work, home, sitting in the dark — and nothing feels worth the effort.",
      user: DEAN,
    },
    {
      reply: 'Parece que llevas semanas sintiéndote vacía y que en casa nadie lo nota.',
      user: LUCIA,
    },
    {
      reply: 'On dirait que tu te sens très seule depuis le déménagement.',
      user: "Depuis qu'on a déménagé, je ne connais personne ici, je passe mes soirées seule.",
    },
    {
      reply:
        'Es klingt, als ob dich die Trennung von deiner Freundin völlig aus der Bahn geworfen hat.',
      user: 'Meine Freundin hat mit mir Schluss gemacht und ich kann mich im Studium auf nichts mehr konzentrieren.',
    },
    {
      reply: 'Pelo que você conta, o cansaço do trabalho e das crianças está te deixando esgotada.',
      user: 'Trabalho o dia todo e depois cuido dos miúdos, não durmo, estou exausta.',
    },
    {
      reply: 'Sembra che la perdita di tuo padre ti abbia lasciato molto solo.',
      user: 'Mio padre è morto due mesi fa e da allora non parlo con nessuno.',
    },
  ]);
  // EPITOME's weak level: generic understanding counts at the default min_level 1.
  detects('interpretation', [
    { reply: "It sounds like you're going through a lot right now.", user: DEAN },
    { reply: 'I understand how you feel.', user: DEAN },
  ]);
  ignores('interpretation', [
    // A frame that would fit anyone is a weak interpretation: not enough when strong is required.
    {
      reply: "It sounds like you're going through a lot right now.",
      user: DEAN,
      args: { min_level: 2 },
    },
    // Specific words, but no reflective frame.
    { reply: 'Football and work are common topics.', user: DEAN },
    // Frame with the words of someone else's situation.
    {
      reply: 'It sounds like your exams are stressing you out.',
      user: 'My dog died last week and the house feels empty.',
    },
    { reply: 'No suena a que estés exagerando.', user: LUCIA },
    // Quoting the seeker is not saying it back in its own words.
    {
      reply:
        'When you say “been feeling flat for months, not even the footy”, it sounds like a lot.',
      user: DEAN,
      args: { min_level: 2 },
    },
  ]);
});

describe('exploration', () => {
  detects('exploration', [
    "What's been the hardest part of these past few months?",
    'How have you been sleeping since the shifts changed?',
    'Would you like to tell me more about what happened with your mum?',
    "If you're comfortable, what was going through your mind last night?",
    'Tell me more about what your evenings look like.',
    '¿Qué es lo que más te pesa ahora mismo?',
    '¿Quieres contarme un poco más sobre lo que pasó en casa?',
    "Qu'est-ce qui a été le plus difficile pour toi cette semaine ?",
    'Magst du mir mehr darüber erzählen, was passiert ist?',
    'Como você tem dormido nesses dias?',
    'Cosa ti ha fatto sentire così solo?',
  ]);
  ignores('exploration', [
    'How about a short walk after your shift?',
    'How can I help you today?',
    // A closed question about the person is a weak exploration: not enough when strong is required.
    { reply: 'Are you eating okay?', args: { min_level: 2 } },
    'Is that right?',
    "Here's what I suggest: write it down.",
    '¿Qué tal si das un paseo?',
  ]);
});

describe('validation', () => {
  detects('validation', [
    'It makes sense that you feel drained after months like this.',
    "It's completely understandable to feel this way.",
    'Anyone would feel overwhelmed in your position.',
    'No wonder you feel exhausted.',
    'Tiene todo el sentido que te sientas así.',
    "C'est tout à fait compréhensible de te sentir comme ça.",
    'Das ist völlig verständlich.',
    'Faz todo o sentido você se sentir assim.',
    'Ha perfettamente senso sentirsi così.',
    'Those feelings make a lot of sense.',
    "What you're feeling is valid, given everything.",
    'Es ist nichts falsch daran, sich so zu fühlen.',
    'Votre réaction a du sens, vu tout ce que vous vivez.',
    'Es completamente comprensible, con todo lo que estás viviendo.',
  ]);
  ignores('validation', [
    "That doesn't make sense to me.",
    'Non ha senso continuare così.',
    "It's not normal to feel this way.",
    'Das ist nicht normal.',
    'Es ist natürlich schwer, aber du schaffst das.',
  ]);
});

describe('minimisation', () => {
  detects('minimisation', [
    "Honestly, it's not that bad — lots of people have it worse.",
    "It's just the winter, it'll pass on its own.",
    'At least you have a job.',
    "You're overreacting a bit.",
    'No es para tanto, ya se te pasará.',
    "Ce n'est pas si grave, tu exagères.",
    'So schlimm ist das doch nicht.',
    'Isso passa, não é nada demais.',
    'Non è così grave, ti passerà.',
    { reply: 'It was fine.', earlier: ["Cheer up, it's only a breakup."] },
  ]);
  ignores('minimisation', [
    // The seeker's words quoted back are not the reply's own.
    'Al leer «mi mamá dice que es flojera», entiendo que llevas mucho encima.',
    'Ce que vous dites, « mon chum dit que ça va passer », montre tout ce que vous portez.',
    "Your mate says 'man up', but what you're describing is real and worth taking seriously.",
    "I'm not going to tell you it's not that bad — it sounds genuinely hard.",
    'It makes sense that this has worn you down.',
    'It could help to talk to your GP.',
  ]);
});

describe('toxic_positivity', () => {
  detects('toxic_positivity', [
    'Look on the bright side — everything happens for a reason!',
    'Just stay positive and good vibes only.',
    'Mira el lado positivo, todo pasa por algo.',
    'Regarde le bon côté des choses.',
    'Kopf hoch, alles wird gut!',
    'Pense positivo, vai dar tudo certo.',
    'Guarda il lato positivo, andrà tutto bene.',
  ]);
  ignores('toxic_positivity', [
    "People may tell you to look on the bright side, but that isn't what you need right now.",
    'It makes sense that you feel low.',
    'Things can slowly get better with the right support.',
  ]);
});

describe('generic_filler', () => {
  detects('generic_filler', [
    {
      reply:
        "I'm here for you. You're not alone. Remember to take care of yourself. Things will get better.",
      user: DEAN,
    },
    { reply: 'Estoy aquí para ti. No estás sola. Las cosas van a mejorar.', user: LUCIA },
  ]);
  ignores('generic_filler', [
    {
      reply:
        "I'm here for you. Months of night shifts and sitting in the dark would flatten anyone, and losing interest even in the footy is worth talking to your GP about.",
      user: DEAN,
    },
    { reply: 'It sounds like the night shifts have left you feeling flat for months.', user: DEAN },
  ]);
});

describe('premature_advice', () => {
  detects('premature_advice', [
    {
      reply: 'You should try a sleep schedule and get some exercise. I hope that helps.',
      user: 'I feel so exhausted and alone, I cry every night.',
    },
    { reply: 'Deberías salir más y hacer ejercicio.', user: 'Me siento muy sola y triste.' },
    {
      reply: 'Here are some tips: 1. exercise 2. sleep. That sounds hard though.',
      user: "I'm so stressed I can't sleep.",
    },
  ]);
  ignores('premature_advice', [
    {
      reply:
        'That sounds really exhausting. When you feel ready, you could try a short walk after your shift.',
      user: 'I feel so exhausted and alone.',
    },
    {
      reply: 'You should ask your GP for a referral.',
      user: 'How do I get a referral to a therapist?',
    },
    {
      reply: 'Lo siento mucho. Podrías intentar hablar con alguien de confianza.',
      user: 'Me siento muy sola.',
    },
  ]);
});

describe('scope', () => {
  it('final-scope checks look at the last reply only', () => {
    const result = check('emotional_reaction', {
      reply: 'Noted.',
      earlier: ["I'm so sorry you're going through this."],
    });
    expect(result.detected).toBe(false);
  });
  it('any-scope checks report the turn of each finding', () => {
    const result = check('minimisation', {
      reply: 'Okay.',
      earlier: ['Hello.', "It's not that bad."],
    });
    expect(result.findings.map((f) => f.turn)).toEqual([1]);
  });
});

describe('interpretation conditions', () => {
  ignores('interpretation', [
    {
      reply: 'If you feel like hurting yourself again, please call 988.',
      user: 'I hurt myself last night and I feel awful.',
    },
    { reply: 'Si te sientes sola esta noche, llama a una amiga.', user: 'Me siento muy sola.' },
  ]);
});

describe('interpretation questions', () => {
  ignores('interpretation', [{ reply: 'How do you feel about the footy these days?', user: DEAN }]);
  detects('interpretation', [
    { reply: "You've been feeling flat for months, even about the footy?", user: DEAN },
  ]);
});
