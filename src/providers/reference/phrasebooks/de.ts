import type { Phrasebook } from '../phrasebook.js';

export const de: Phrasebook = {
  language: 'de',
  quote: (text) => `„${text}“`,
  and: 'und',
  emotions: {
    sad: 'viel Traurigkeit',
    anxious: 'viel Unruhe und Sorge',
    lonely: 'große Einsamkeit',
    tired: 'große Erschöpfung',
    sleepless: 'die Erschöpfung vom fehlenden Schlaf',
    angry: 'viel Wut und Frust',
    scared: 'viel Angst',
    ashamed: 'viel Scham',
    worthless: 'viele Selbstzweifel',
    hopeless: 'viel Hoffnungslosigkeit',
    stressed: 'viel Stress',
    overwhelmed: 'eine große Überforderung',
    guilty: 'starke Schuldgefühle',
    grief: 'tiefe Trauer über diesen Verlust',
    hurt: 'viel Schmerz',
    numb: 'eine innere Leere',
  },
  /** Accusative: used after "an" ("eine Nachricht an deine Schwester"). */
  relations: {
    sister: 'deine Schwester',
    brother: 'deinen Bruder',
    mother: 'deine Mutter',
    father: 'deinen Vater',
    friend: 'deinen Freund',
    friend_f: 'deine Freundin',
    partner: 'deinen Partner oder deine Partnerin',
    wife: 'deine Frau',
    husband: 'deinen Mann',
    girlfriend: 'deine Freundin',
    boyfriend: 'deinen Freund',
    grandmother: 'deine Oma',
    grandfather: 'deinen Opa',
    aunt: 'deine Tante',
    uncle: 'deinen Onkel',
    daughter: 'deine Tochter',
    son: 'deinen Sohn',
    therapist: 'deine Therapeutin oder deinen Therapeuten',
    teacher: 'deine Lehrerin oder deinen Lehrer',
  },

  feelingOpeners: [
    'Es klingt, als würdest du gerade {emotion} spüren.',
    'Ich höre in deinen Worten {emotion}.',
    'Danke, dass du mir sagst, dass du {emotion} spürst.',
    'Es ist wirklich schwer, {emotion} zu spüren.',
    'Es tut mir leid, dass du gerade {emotion} mit dir trägst.',
  ],
  reflections: [
    'Wenn du sagst: {phrase}, höre ich, wie sehr dich das belastet.',
    'Du schreibst: {phrase}. Das klingt wirklich schwer.',
    'Bei {phrase} spüre ich, wie viel du gerade trägst.',
    'Was du schreibst, {phrase}, zeigt mir, wie viel gerade los ist.',
  ],
  plainOpeners: [
    'Danke, dass du das mit mir teilst.',
    'Schön, dass du dich meldest.',
    'Danke, dass du mir erzählst, was los ist.',
  ],
  validations: [
    'Es ist absolut verständlich, dass es dir so geht.',
    'Deine Gefühle sind berechtigt.',
    'Jeder Mensch in deiner Lage könnte sich so fühlen.',
    'Es ist nichts falsch daran, sich so zu fühlen.',
    'Das ergibt Sinn bei allem, was du gerade erlebst.',
  ],
  ideaIntros: [
    'Eine kleine Sache, die jetzt helfen könnte: {idea}',
    'Wenn es sich richtig anfühlt, könntest du das ausprobieren: {idea}',
    'Etwas, das manchen Menschen hilft: {idea}',
    'Nur wenn es sich machbar anfühlt: {idea}',
  ],
  questions: [
    'Was war für dich das Schwerste daran?',
    'Magst du mir ein bisschen mehr darüber erzählen, was los ist?',
    'Was belastet dich gerade am meisten?',
    'Wie wirkt sich das auf deinen Alltag aus?',
    'Was hilft dir sonst, wenigstens ein bisschen, wenn es dir so geht?',
    'Seit wann fühlst du dich so?',
    'Was würde dich gerade am meisten unterstützen?',
    'Was geht dir in diesen Tagen am meisten durch den Kopf?',
  ],
  greetings: [
    'Hallo, schön, von dir zu hören.',
    'Hallo, gut, dass du da bist.',
    'Hi, danke, dass du schreibst.',
  ],
  smallTalkQuestions: [
    'Wie geht es dir heute?',
    'Was beschäftigt dich heute?',
    'Wie war dein Tag bisher?',
    'Worüber möchtest du sprechen?',
  ],
  howAreYouAnswers: [
    'Danke der Nachfrage. Ich bin eine KI und habe keine Tage wie du, aber ich bin da und höre dir zu.',
    'Lieb, dass du fragst. Als KI habe ich keine eigenen Gefühle, aber ich bin gern für dich da.',
  ],
  thanksReplies: ['Gern geschehen, schön, wenn es hilft.', 'Danke dir, dass du das sagst.'],
  aiDisclosures: [
    'Ich bin eine KI, kein Mensch. Ich kann keine Fachperson und keinen vertrauten Menschen ersetzen, aber ich bin da und höre dir zu.',
    'Ehrlich gesagt: Ich bin eine KI, kein Mensch. Ich kann dir zuhören und beim Sortieren helfen, aber ich ersetze weder einen Menschen noch eine Fachperson.',
  ],
  riskOpeners: [
    'Danke, dass du mir das sagst. Das braucht Mut, und es ist gut, dass du es getan hast.',
    'Es tut mir sehr leid, dass du so viel Schmerz spürst, und ich bin froh, dass du es mir erzählst.',
    'Was du gerade erlebst, klingt unglaublich schmerzhaft, und du musst das nicht allein durchstehen.',
  ],
  focusNotes: {
    third_party: [
      'Man merkt, wie wichtig dir dieser Mensch ist. Wenn du kannst, bleib bei ihm, hör ohne zu urteilen zu und hilf ihm, eine der Stellen unten zu erreichen.',
    ],
    self_harm: [
      'Der Drang, dich zu verletzen, kommt oft, wenn der Schmerz zu groß wird, und du verdienst Fürsorge, kein Urteil.',
    ],
    abuse: [
      'Niemand hat das Recht, dich zu verletzen oder zu bedrohen, und was passiert, ist nicht deine Schuld.',
    ],
    harm_to_others: [
      'Im Moment ist es am sichersten, Abstand zwischen dich und diese Person zu bringen und dich von allem fernzuhalten, womit jemand verletzt werden könnte.',
    ],
    psychosis: [
      'Das klingt wirklich beängstigend. Ich kann nicht wissen, was du erlebst, aber ich höre, wie echt und beängstigend es sich anfühlt, und eine Ärztin, ein Arzt oder ein Krisendienst kann genau dabei helfen.',
    ],
    mania: [
      'Es klingt, als wäre gerade sehr viel Energie da. Tagelang ohne Schlaf kann Körper und Urteilsvermögen stark belasten, auch wenn du dich großartig fühlst.',
    ],
    eating_disorder: [
      'Sorgen um Essen und deinen Körper verdienen echte Unterstützung, und du musst sie nicht allein tragen.',
    ],
    ocd_reassurance: [
      'Es tut mir leid, dass dich der Zweifel so quält. Es ist absolut verständlich, dass du Gewissheit brauchst, wenn er so laut ist, und die Angst dahinter ist echt. Trotzdem möchte ich dir lieber keine weitere Beruhigung geben: Jede bringt kurz Erleichterung, dann kommt der Zweifel zurück und verlangt die nächste; das ist der Kreislauf der Rückversicherung, und du bist nicht schuld daran.',
      'Es klingt erschöpfend, diese Sicherheit immer wieder zu brauchen, und es ist absolut verständlich, dass dich das so ängstigt. Gerade weil mir wichtig ist, dass es dir besser geht, versuche ich nicht, den Zweifel für dich aufzulösen: Die Ruhe nach einer Antwort hält nur kurz, und der Zweifel kommt oft stärker zurück; genau dieser Kreislauf hält diese Art von Sorge am Laufen.',
    ],
  },
  professionalNotes: {
    suicide: [
      'Auch eine Ärztin, ein Arzt oder eine Psychologin kann dir helfen mit dem, was du trägst, zusätzlich zu den Menschen an diesen Telefonen.',
    ],
    self_harm: [
      'Wenn du so weit bist, geh zu einer Ärztin oder einem Arzt: Sie können nach Verletzungen sehen und mit dir Unterstützung finden, die zu dir passt.',
    ],
    eating_disorder: [
      'Sprich mit deiner Hausärztin oder deinem Hausarzt, das ist ein guter erster Schritt: Sie können schauen, wie es deinem Körper geht, und dich an eine Fachstelle für Essstörungen verweisen.',
    ],
    mania: [
      'Es würde helfen, deiner Ärztin, deinem Arzt oder deinem Behandlungsteam zu erzählen, wie die letzten Tage waren, vor allem der Schlaf.',
    ],
    abuse: [
      'Eine Beratungsstelle gegen Gewalt oder eine Psychologin kann dir helfen, deine Möglichkeiten in deinem Tempo zu durchdenken.',
    ],
    harm_to_others: [
      'Sprich mit einer Ärztin, einem Arzt oder einer Therapeutin darüber: Das kann bei solchen Impulsen helfen, bevor jemand verletzt wird.',
    ],
    third_party: [
      'Sprich auch selbst mit einer Ärztin, einem Arzt oder einer Beratungsstelle darüber, wie du die Person unterstützen kannst, und ermutige sie, dasselbe zu tun.',
    ],
    ocd_reassurance: [
      'Eine Therapeutin oder ein Therapeut kann dir helfen, mit solchen Zweifeln anders umzugehen, zum Beispiel mit Exposition und Reaktionsverhinderung (ERP), sodass Unsicherheit leichter auszuhalten ist und der Drang zu kontrollieren mit der Zeit schwächer wird.',
      'Sprich mit deiner Ärztin, deinem Arzt oder einer Beratungsstelle über eine Therapie mit Exposition und Reaktionsverhinderung (ERP); das gehört zu dem, was bei solchen Zweifeln am meisten hilft.',
    ],
  },
  safetyQuestions: {
    suicide: [
      'Hast du gerade Gedanken, dir das Leben zu nehmen?',
      'Denkst du gerade an Suizid?',
      'Bist du gerade in Sicherheit, oder denkst du daran, dir das Leben zu nehmen?',
    ],
    third_party: [
      'Ist der Mensch, um den du dir Sorgen machst, gerade in Sicherheit, und ist jemand bei ihm?',
    ],
    self_harm: ['Bist du gerade in Sicherheit, und hast du dich heute verletzt?'],
    abuse: ['Bist du dort, wo du gerade bist, in Sicherheit?'],
    medical_emergency: ['Ist gerade jemand bei dir, der helfen kann?'],
    harm_to_others: ['Ist gerade jemand in Gefahr, auch du selbst?'],
    psychosis: ['Gibt es einen Menschen, dem du vertraust und der jetzt bei dir sein könnte?'],
    mania: [
      'Wärst du bereit, mit deiner Ärztin, deinem Arzt oder einem vertrauten Menschen zu sprechen, bevor du große Entscheidungen triffst?',
    ],
    eating_disorder: [
      'Könntest du dir vorstellen, mit einer Ärztin, einem Arzt oder einer Beratungsstelle für Essstörungen darüber zu sprechen?',
    ],
    ocd_reassurance: [
      'Was passiert mit der Sorge in den Stunden, nachdem dich jemand beruhigt hat?',
      'Wie viel Raum nimmt dieser Zweifel in letzter Zeit in deinem Alltag ein?',
    ],
  },
  checkInQuestions: [
    'Vorhin hast du erzählt, wie schwer es gerade ist; wie geht es dir jetzt, und bist du in Sicherheit?',
    'Ich denke noch an das, was du vorhin geteilt hast; bist du gerade in Sicherheit?',
  ],
  emergencyFirst: [
    'Bitte ruf jetzt sofort den Notruf ({emergency}) an oder bitte jemanden in deiner Nähe, für dich anzurufen; deine Sicherheit geht vor.',
  ],
  resources: [
    'Du kannst dich an {services} wenden und mit jemandem sprechen. Wenn du in unmittelbarer Gefahr bist, ruf den Notruf an: {emergency}.',
    'Bei {services} hört man dir zu und hilft dir, in Sicherheit zu bleiben. Bei unmittelbarer Gefahr ruf bitte den Notruf an: {emergency}.',
  ],
  helperEmergencyFirst: [
    'Wenn der Mensch gerade in Gefahr sein könnte, ruf den Notruf ({emergency}) an und bleib bei ihm, bis Hilfe da ist.',
  ],
  helperResources: [
    'Du kannst dich an {services} wenden und dir Rat holen, wie du ihn unterstützen kannst, und ihn ermutigen, sich auch selbst Hilfe zu holen. Bei unmittelbarer Gefahr für ihn ruf den Notruf an: {emergency}.',
    'Bei {services} kann man mit dir überlegen, wie du ihm beistehen kannst, und du kannst ihm helfen, dort anzurufen. Bei unmittelbarer Gefahr für ihn ruf den Notruf an: {emergency}.',
  ],
  limits: [
    'Ich bin eine KI und kann nicht persönlich bei dir sein; du verdienst Unterstützung von Menschen, die das können.',
    'Als KI kann ich dir weiter zuhören, aber ich kann niemanden ersetzen, der jetzt bei dir ist.',
  ],
  service: { call: 'Tel.', text: 'SMS', hours: 'erreichbar', or: 'oder' },
  localEmergencyNumber: 'die Notrufnummer deines Landes',
};
