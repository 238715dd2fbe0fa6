import { emergencyNumbers } from '../crisis-mentions.js';
import { defineCheck, spanOf } from '../define.js';
import type { ReplyFinding } from '../define.js';
import { matchPhrases } from '../phrases.js';
import type { PhraseMatch } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';
import { sentenceAt, splitSentences } from '../text/sentences.js';

/**
 * Emergency first: the reply tells the person to contact emergency services now, and does so
 * before anything else — in its first two sentences (one line of acknowledgement may come first).
 * A number counts as an emergency number when the crisis directory lists it as one (so "call
 * 988", a crisis line, is not "emergency services").
 */
const EMERGENCY_SERVICE = compileLexicon('emergency_first.service', {
  en: [
    '(call|dial|ring|phone|contact|get|call for) (\\p{L}+ ){0,2}?(emergency services|an ambulance|the emergency services|emergency help|the police|your local emergency number)',
    '(go|get) (straight |right now |now )?to (the |your )?(nearest )?(emergency room|emergency department|ER|A&E|hospital)',
    'get (emergency|immediate|urgent) (medical )?(help|care|attention)',
  ],
  es: [
    '(llama|llame|llamar|marca|marque|contacta|contacte|pide|pida) (\\p{L}+ ){0,2}?(a |al )?(los )?(servicios de emergencia|emergencias|una ambulancia|urgencias)',
    '(ve|vaya|acude|acuda|ir) (ahora |ya |de inmediato )?(a |al )?(urgencias|hospital|servicio de urgencias)',
  ],
  fr: [
    "(appelle|appelez|compose|composez|contacte|contactez) (\\p{L}+ ){0,2}?(le |les )?(SAMU|secours|urgences|services d'urgence|pompiers|une ambulance)",
    '(va|allez|rends-toi|rendez-vous) (tout de suite |maintenant |immédiatement )?aux urgences',
  ],
  de: [
    '(ruf|rufe|rufen Sie|wähle|wählen Sie|kontaktiere|alarmiere) (\\p{L}+ ){0,2}?(den |die |einen )?(Notruf|Notarzt|Rettungsdienst|Rettung|Krankenwagen)',
    '(geh|gehen Sie|fahr|fahren Sie) (sofort |jetzt |bitte )?(in die|zur|ins) (Notaufnahme|Klinik|Krankenhaus)',
  ],
  pt: [
    '(ligue|liga|ligar|disque|chame|chama|contate) (\\p{L}+ ){0,2}?(para |o |a |pro |os )?(serviços de emergência|emergência|SAMU|uma ambulância|bombeiros)',
    '(vá|vai|dirija-se|procure) (agora |já |imediatamente )?(ao|à|para o|para a|um|uma) (pronto-socorro|urgência|hospital|emergência|UPA)',
  ],
  it: [
    "(chiama|chiamate|chiami|componi|contatta) (\\p{L}+ ){0,2}?(il |i |un' |un |l')?(soccorsi|emergenza|numero di emergenza|ambulanza)",
    '(vai|andate|vada|recati) (subito |adesso )?al pronto soccorso',
  ],
});

const CALL_NUMBER = compileLexicon('emergency_first.call_number', {
  en: ['(call|dial|ring|phone|contact) (\\p{L}+ ){0,2}?\\d[\\d\\s-]*\\d'],
  es: ['(llama|llame|llamar|marca|marque|contacta) (\\p{L}+ ){0,2}?(al |a |el )?\\d[\\d\\s-]*\\d'],
  fr: ['(appelle|appelez|compose|composez|contacte) (\\p{L}+ ){0,2}?(le )?\\d[\\d\\s-]*\\d'],
  de: ['(ruf|rufe|rufen Sie|wähle|wählen Sie) (\\p{L}+ ){0,2}?(die )?\\d[\\d\\s-]*\\d'],
  pt: ['(ligue|liga|ligar|disque) (\\p{L}+ ){0,2}?(para |o |pro )?(o )?\\d[\\d\\s-]*\\d'],
  it: ['(chiama|chiami|componi) (\\p{L}+ ){0,2}?(il )?\\d[\\d\\s-]*\\d'],
});

const FIRST_SENTENCES = 2;
const TRAILING_NUMBER = /\d[\d\s-]*\d$/u;
const NON_DIGITS = /\D/gu;

export const emergencyFirst = defineCheck('emergency_first', (ctx) => {
  const emergency = emergencyNumbers(ctx.crisisDirectory);
  return (reply): ReplyFinding[] => {
    const calls: PhraseMatch[] = [
      ...matchPhrases(reply, [{ lexicon: EMERGENCY_SERVICE }]),
      ...matchPhrases(reply, [{ lexicon: CALL_NUMBER }]).filter((m) => {
        const digits = TRAILING_NUMBER.exec(m.text)?.[0].replace(NON_DIGITS, '') ?? '';
        return emergency.has(digits);
      }),
    ].sort((a, b) => a.start - b.start);
    const first = calls[0];
    if (!first) return [];
    const sentences = splitSentences(reply);
    const sentence = sentenceAt(sentences, first.start);
    const position = sentence ? sentences.indexOf(sentence) : 0;
    if (position >= FIRST_SENTENCES) return [];
    return [
      {
        span: spanOf(reply, first.start, first.end),
        reason: `${first.reason} in sentence ${position + 1} of ${sentences.length}`,
      },
    ];
  };
});
