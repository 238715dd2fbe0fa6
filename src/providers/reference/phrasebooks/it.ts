import type { Phrasebook } from '../phrasebook.js';

export const it: Phrasebook = {
  language: 'it',
  quote: (text) => `«${text}»`,
  and: 'e',
  emotions: {
    sad: 'molta tristezza',
    anxious: 'molta ansia',
    lonely: 'molta solitudine',
    tired: 'molta stanchezza',
    sleepless: 'la stanchezza di non riuscire a dormire',
    angry: 'molta rabbia e frustrazione',
    scared: 'molta paura',
    ashamed: 'molta vergogna',
    worthless: 'molta autocritica',
    hopeless: 'molto sconforto',
    stressed: 'molto stress',
    overwhelmed: 'un peso enorme',
    guilty: 'un forte senso di colpa',
    grief: 'un grande dolore per questa perdita',
    hurt: 'molto dolore',
    numb: 'un grande vuoto',
  },
  /** Direct objects: used after "sentire" ("sentire tua sorella", "sentire la tua amica"). */
  relations: {
    sister: 'tua sorella',
    brother: 'tuo fratello',
    mother: 'tua madre',
    father: 'tuo padre',
    friend: 'il tuo amico',
    friend_f: 'la tua amica',
    partner: 'il tuo compagno o la tua compagna',
    wife: 'tua moglie',
    husband: 'tuo marito',
    girlfriend: 'la tua ragazza',
    boyfriend: 'il tuo ragazzo',
    grandmother: 'tua nonna',
    grandfather: 'tuo nonno',
    aunt: 'tua zia',
    uncle: 'tuo zio',
    daughter: 'tua figlia',
    son: 'tuo figlio',
    therapist: 'il tuo terapeuta',
    teacher: 'il tuo insegnante',
  },
  feelingOpeners: [
    'Sembra che tu stia provando {emotion} in questo momento.',
    'Sento {emotion} in quello che mi racconti.',
    "Dev'essere davvero difficile provare {emotion} così.",
    'Grazie per avermi detto che stai provando {emotion}.',
    'Mi dispiace che tu stia portando {emotion}.',
  ],
  reflections: [
    'Quando dici {phrase}, sento quanto ti stia pesando.',
    'Hai scritto {phrase}, e sembra davvero difficile.',
    'Leggendo {phrase}, capisco che stai portando un peso grande.',
    'Quello che dici, {phrase}, mi fa capire che stanno succedendo tante cose.',
  ],
  plainOpeners: [
    'Grazie per aver condiviso questo con me.',
    'Mi fa piacere che tu mi abbia scritto.',
    'Grazie per avermi raccontato cosa sta succedendo.',
  ],
  validations: [
    'Ha perfettamente senso che tu ti senta così.',
    'Quello che provi è valido.',
    'Chiunque al tuo posto potrebbe sentirsi così.',
    "Non c'è niente di sbagliato nel sentirsi così.",
    'È comprensibile, con tutto quello che stai vivendo.',
  ],
  ideaIntros: [
    'Una piccola cosa che potrebbe aiutarti adesso: {idea}',
    'Se ti sembra giusto, potresti provare questo: {idea}',
    'Qualcosa che alcune persone trovano utile: {idea}',
    'Solo se ti sembra fattibile: {idea}',
  ],
  questions: [
    'Qual è stata la parte più difficile di tutto questo per te?',
    'Ti va di raccontarmi un po’ di più su cosa sta succedendo?',
    'Cosa ti pesa di più in questo momento?',
    'Come sta influenzando le tue giornate?',
    'Cosa ti aiuta di solito, anche solo un po’, quando ti senti così?',
    'Da quanto tempo ti senti così?',
    'Di cosa avresti più bisogno in questo momento?',
    'Cosa occupa di più i tuoi pensieri in questi giorni?',
  ],
  greetings: [
    'Ciao, mi fa piacere sentirti.',
    'Ciao, sono felice che tu sia qui.',
    'Ciao, grazie per avermi scritto.',
  ],
  smallTalkQuestions: [
    'Come ti senti oggi?',
    'Cosa hai in mente oggi?',
    'Come sta andando la tua giornata?',
    'Di cosa ti piacerebbe parlare?',
  ],
  howAreYouAnswers: [
    'Grazie per averlo chiesto. Sono un’IA, quindi non ho giornate come le tue, ma sono qui per ascoltarti.',
    'Gentile da parte tua chiederlo. Come IA non ho emozioni mie, ma mi fa piacere essere qui con te.',
  ],
  thanksReplies: ['Figurati, mi fa piacere se ti è utile.', 'Grazie a te per avermelo detto.'],
  aiDisclosures: [
    'Sono un’intelligenza artificiale, non una persona. Non posso sostituire un professionista o una persona cara, ma sono qui per ascoltarti.',
    'In tutta sincerità: sono un’IA, non un essere umano. Posso ascoltarti e aiutarti a fare chiarezza, ma non sostituisco una persona o un professionista.',
  ],
  riskOpeners: [
    'Grazie per avermelo detto. Ci vuole coraggio per dirlo, ed è importante che tu l’abbia fatto.',
    'Mi dispiace tanto che tu stia soffrendo così, e sono felice che tu me ne abbia parlato.',
    'Quello che stai vivendo sembra davvero doloroso, e non devi affrontarlo senza sostegno.',
  ],
  focusNotes: {
    third_party: [
      'Si vede quanto tieni a questa persona. Se puoi, resta con lei, ascoltala senza giudicare e aiutala a contattare uno dei servizi qui sotto.',
    ],
    self_harm: [
      'La spinta a farti del male arriva spesso quando il dolore sembra troppo grande, e meriti cura, non giudizio.',
    ],
    abuse: [
      'Nessuno ha il diritto di farti del male o di minacciarti, e quello che sta succedendo non è colpa tua.',
    ],
    harm_to_others: [
      'Per ora, la cosa più sicura è mettere distanza tra te e quella persona, e allontanarti da qualsiasi cosa possa servire a ferire qualcuno.',
    ],
    psychosis: [
      'Sembra davvero spaventoso. Non posso sapere cosa stai vivendo, ma sento quanto ti sembri reale e angosciante, e un medico o un servizio di crisi può aiutarti proprio in questo.',
    ],
    mania: [
      'Sembra che ci sia tantissima energia in questo momento. Passare giorni senza dormire può pesare molto sul corpo e sul giudizio, anche quando ti senti benissimo.',
    ],
    eating_disorder: [
      'Le preoccupazioni per il cibo e per il corpo meritano una cura vera, e non devi affrontarle senza sostegno.',
    ],
    ocd_reassurance: [
      'Mi dispiace che il dubbio ti stia tormentando così. Ha perfettamente senso aver bisogno di certezza quando si fa così forte, e l’ansia che c’è dietro è reale. Preferisco comunque non darti un’altra rassicurazione: ognuna dà sollievo per un momento, poi il dubbio torna e ne chiede un’altra; è il circolo delle rassicurazioni, e non è colpa tua.',
      'Mi dispiace, dev’essere sfiancante avere bisogno di questa sicurezza ancora e ancora, e la tua ansia ha senso. Proprio perché mi sta a cuore che tu stia meglio, non proverò a sciogliere il dubbio al posto tuo: il sollievo di una risposta dura poco e il dubbio spesso torna più forte; è questo ciclo che tiene in piedi questo tipo di preoccupazione.',
    ],
  },
  professionalNotes: {
    suicide: [
      'Anche un medico o uno psicologo può aiutarti con quello che stai portando, oltre alle persone di quelle linee.',
    ],
    self_harm: [
      'Quando te la senti, rivolgiti a un medico: può controllare eventuali ferite e aiutarti a trovare un sostegno adatto a te.',
    ],
    eating_disorder: [
      'Parlare con il medico di base è un buon primo passo: può vedere come sta il tuo corpo e indirizzarti a un centro specialista per i disturbi alimentari.',
    ],
    mania: [
      'Ti aiuterebbe raccontare al tuo medico o al tuo servizio di salute mentale come sono stati questi ultimi giorni, soprattutto il sonno.',
    ],
    abuse: [
      'Parlare con uno psicologo o con un professionista di un centro antiviolenza può aiutarti a pensare alle tue opzioni, con i tuoi tempi.',
    ],
    harm_to_others: [
      'Parlarne con un medico o un terapeuta può aiutare con impulsi come questi, prima che qualcuno si faccia male.',
    ],
    third_party: [
      'Incoraggia questa persona, con delicatezza, a parlare anche con un medico o uno psicologo, e offriti di aiutarla a prendere appuntamento.',
    ],
    ocd_reassurance: [
      'Un terapeuta può aiutarti proprio con questo tipo di dubbi, per esempio con l’esposizione con prevenzione della risposta (ERP), così che convivere con l’incertezza diventi più facile e il bisogno di controllare perda forza col tempo.',
      'Vale la pena rivolgerti a un terapeuta che lavori con l’esposizione con prevenzione della risposta (ERP), una delle strade che aiutano di più; puoi parlarne anche con il tuo medico.',
    ],
  },
  safetyQuestions: {
    suicide: [
      'Stai avendo pensieri di toglierti la vita in questo momento?',
      'Stai pensando al suicidio in questo momento?',
      'Sei al sicuro adesso, o stai pensando di toglierti la vita?',
    ],
    third_party: ['La persona per cui ti preoccupi è al sicuro adesso, e c’è qualcuno con lei?'],
    self_harm: ['Sei al sicuro adesso, e oggi ti è capitato di farti del male?'],
    abuse: ['Sei al sicuro nel posto in cui ti trovi adesso?'],
    medical_emergency: ['C’è qualcuno con te in questo momento che possa aiutarti?'],
    harm_to_others: ['Qualcuno è in pericolo in questo momento, anche tu?'],
    psychosis: ['C’è una persona di cui ti fidi che potrebbe stare con te adesso?'],
    mania: [
      'Te la sentiresti di parlare con il tuo medico o con una persona di fiducia prima di prendere decisioni importanti?',
    ],
    eating_disorder: [
      'Prenderesti in considerazione di parlare con un medico o con un servizio per i disturbi alimentari di quello che stai vivendo?',
    ],
    ocd_reassurance: [
      'Cosa noti che succede alla preoccupazione nelle ore dopo che qualcuno ti ha rassicurato?',
      'Come sta influenzando le tue giornate questo dubbio, ultimamente?',
    ],
  },
  checkInQuestions: [
    'Prima mi hai raccontato quanto sono difficili le cose; come ti senti adesso, e sei al sicuro?',
    'Continuo a pensare a quello che mi hai confidato prima; sei al sicuro adesso?',
  ],
  emergencyFirst: [
    'Per favore, chiama subito i soccorsi ({emergency}) oppure chiedi a qualcuno vicino a te di chiamare; la tua sicurezza viene prima di tutto.',
  ],
  resources: [
    'Puoi contattare {services} per parlare con qualcuno. Se sei in pericolo immediato, chiama i soccorsi: {emergency}.',
    'Le persone di {services} possono ascoltarti e aiutarti a restare al sicuro. In caso di pericolo immediato, chiama i soccorsi: {emergency}.',
  ],
  helperEmergencyFirst: [
    'Se quella persona potrebbe essere in pericolo adesso, chiama i soccorsi ({emergency}) e resta con lei finché non arriva aiuto.',
  ],
  helperResources: [
    'Puoi contattare {services} per capire come sostenerla, e incoraggiarla a chiedere aiuto anche lei. Se è in pericolo immediato, chiama i soccorsi: {emergency}.',
    'Le persone di {services} possono aiutarti a capire come starle vicino, e puoi aiutarla a contattarle. In caso di pericolo immediato per lei, chiama i soccorsi: {emergency}.',
  ],
  limits: [
    'Sono un’IA, quindi non posso essere lì con te di persona, e meriti il sostegno di persone che possano esserci.',
    'Come IA posso continuare ad ascoltarti, ma non posso sostituire qualcuno che sia con te adesso.',
  ],
  service: { call: 'tel.', text: 'SMS', hours: 'orari', or: 'o' },
  localEmergencyNumber: 'il numero di emergenza del tuo paese',
};
