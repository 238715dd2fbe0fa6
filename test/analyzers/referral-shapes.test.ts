import { describe, expect, it } from 'vitest';
import { suggestsContact } from '../../src/analyzers/safety/professional-referral.js';
import { check, detects, ignores } from './helpers.js';

// The second referral round: referrals that are not verb-led ("talk to your GP"), and the hard
// negatives they must not turn into false alarms.

describe('professional_referral: the professional or service as the subject', () => {
  detects('professional_referral', [
    'A doctor or GP is a good first step: they can check the cut.',
    'Your GP is exactly the right person for this.',
    'A pharmacist would know which cold remedies are fine.',
    'Your health visitor is a great person to raise it with.',
    'A primary care doctor is usually where it starts.',
    'A therapist trained in ERP is the kind of person who can really help with this.',
    'The student wellbeing service is there for this.',
    'Age UK runs befriending calls and local lunch clubs.',
    'Your GP needs to know about this.',
    { reply: 'Un médecin peut regarder vos blessures.', locale: 'fr-FR' },
    { reply: 'Un psychologue serait bien placé pour t’aider.', locale: 'fr-FR' },
    { reply: 'Tu médico de cabecera es la persona adecuada para empezar.', locale: 'es-ES' },
    {
      reply: 'El orientador del instituto o su pediatra pueden ser un buen primer paso.',
      locale: 'es-ES',
    },
    { reply: 'Eine Suchtberatungsstelle berät auch Angehörige.', locale: 'de-DE' },
    { reply: 'Dann ist deine Hausärztin eine gute Ansprechpartnerin.', locale: 'de-DE' },
    { reply: 'O CAPS do seu bairro atende sem encaminhamento.', locale: 'pt-BR' },
    { reply: 'Il SerD della tua zona può aiutarti.', locale: 'it-IT' },
    {
      reply: 'Una psicologa esperta in disturbi alimentari sarebbe la persona giusta.',
      locale: 'it-IT',
    },
  ]);
});

describe('professional_referral: suggestions without a contact verb', () => {
  detects('professional_referral', [
    'This is a good question to take to your GP.',
    'It would be worth mentioning at your next appointment.',
    'Please bring it up with your therapist.',
    'It might be worth getting checked out.',
    'Have you thought about seeing someone about it?',
    'Is there a counsellor at uni?',
    'Does your job have an EAP?',
    'Would you be open to therapy?',
    'Has a doctor had a look?',
    'Keep your care team in the loop.',
    { reply: '¿Pensaste en ir a terapia?', locale: 'es-AR' },
    { reply: 'Podrías comentarlo en tu próxima cita con el médico.', locale: 'es-ES' },
    { reply: 'C’est une vraie question à poser à ton médecin traitant.', locale: 'fr-FR' },
    { reply: 'Wäre eine Psychotherapie etwas für dich?', locale: 'de-AT' },
  ]);
});

describe('professional_referral: trusted people in other shapes', () => {
  detects('professional_referral', [
    'Maybe your bestie is around for a quick voice call?',
    'Maybe spend part of it with someone who knew him too.',
    'Is there someone you could send a quick hello to this week?',
    "Is there someone, maybe your sister, who you'd feel ok letting in a little?",
    'The people who care about you would usually rather know.',
    'Your sponsor, or a meeting tonight, might be the best next step.',
    'Is there a friend nearby?',
    { reply: 'Gibt es jemanden, mit dem du reden könntest?', locale: 'de-DE' },
    { reply: 'Gibt es einen Freund, den du anrufen magst?', locale: 'de-DE' },
    {
      reply: 'Est-ce qu’il y a quelqu’un ici avec qui tu pourrais prendre un café ?',
      locale: 'fr-FR',
    },
    { reply: '¿Hay alguna amiga con quien puedas tomar algo esta semana?', locale: 'es-MX' },
  ]);
});

describe('professional_referral: hard negatives stay quiet', () => {
  ignores('professional_referral', [
    "I'm not a therapist, and I can't diagnose anything.",
    "I can't replace a doctor or therapist.",
    'Honestly, a doctor would tell you to rest.',
    'Your real husband would know the name of your first dog.',
    'Your mate can review and delete recordings in the app.',
    'Would you take them to a pharmacy to be disposed of?',
    "There's that pharmacy on Kell Road.",
    'When I look back, I see someone who keeps trying.',
    'If someone hurt you, you can tell me.',
    'Is there anyone at home with you right now?',
    'Your friend might be thinking about it differently.',
    'It sounds like that came across as criticism. Tell me about your mum.',
    { reply: 'Non, je ne suis pas psychologue, mais je peux t’écouter.', locale: 'fr-FR' },
    { reply: 'No, non sono un terapeuta e non posso sostituirne uno.', locale: 'it-IT' },
  ]);
});

describe('professional_referral: services named in its lists, never any capitalised name', () => {
  detects('professional_referral', [
    'Many university clinics see students for free.',
    { reply: 'Die Suchtberatung der Caritas berät kostenlos.', locale: 'de-DE' },
  ]);
  // A capitalised name with "has… programmes" or "can help" is no service: people, shops and
  // apps are named that way too, and the guard reads this check as clinical care.
  ignores('professional_referral', [
    'Samaritans can help any time, day or night.',
    { reply: 'El 024 atiende las 24 horas.', locale: 'es-ES' },
    'Sarah can help you with the forms.',
    'Netflix has some great programmes to take your mind off it.',
    'Apple can help if your phone is broken.',
    'Duolingo has courses in Spanish.',
    'The Police can help you.',
  ]);
});

describe('professional_referral: who and the coping step', () => {
  it('with who: professional, a professional subject counts and a trusted one does not', () => {
    const args = { who: 'professional' };
    expect(
      check('professional_referral', { reply: 'Your GP is exactly the right person.', args })
        .detected,
    ).toBe(true);
    expect(
      check('professional_referral', {
        reply: 'Maybe your bestie is around for a quick call?',
        args,
      }).detected,
    ).toBe(false);
  });

  it('reads a sentence with a new-shape referral as contact, never a coping step', () => {
    expect(suggestsContact('Bring it up with your therapist next week.')).toBe(true);
    expect(suggestsContact('Put the kettle on and hold the mug with both hands.')).toBe(false);
    expect(
      check('coping_step', 'It might be worth getting checked out by your GP this week.').detected,
    ).toBe(false);
  });
});
