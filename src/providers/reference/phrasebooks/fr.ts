import type { Phrasebook } from '../phrasebook.js';

export const fr: Phrasebook = {
  language: 'fr',
  quote: (text) => `« ${text} »`,
  and: 'et',
  emotions: {
    sad: 'beaucoup de tristesse',
    anxious: "beaucoup d'anxiété",
    lonely: 'un profond sentiment de solitude',
    tired: 'une grande fatigue',
    sleepless: "l'épuisement de ne pas arriver à dormir",
    angry: 'beaucoup de colère et de frustration',
    scared: 'beaucoup de peur',
    ashamed: 'beaucoup de honte',
    worthless: 'beaucoup de doutes sur vous-même',
    hopeless: 'beaucoup de découragement',
    stressed: 'beaucoup de stress',
    overwhelmed: 'le sentiment que tout vous submerge',
    guilty: 'beaucoup de culpabilité',
    grief: 'beaucoup de chagrin après cette perte',
    hurt: 'beaucoup de peine',
    numb: 'un grand vide',
  },
  relations: {
    sister: 'votre sœur',
    brother: 'votre frère',
    mother: 'votre mère',
    father: 'votre père',
    friend: 'votre ami',
    friend_f: 'votre amie',
    partner: 'votre partenaire',
    wife: 'votre femme',
    husband: 'votre mari',
    girlfriend: 'votre copine',
    boyfriend: 'votre copain',
    grandmother: 'votre grand-mère',
    grandfather: 'votre grand-père',
    aunt: 'votre tante',
    uncle: 'votre oncle',
    daughter: 'votre fille',
    son: 'votre fils',
    therapist: 'votre thérapeute',
    teacher: 'votre enseignant ou enseignante',
  },
  feelingOpeners: [
    'On dirait que vous ressentez {emotion} en ce moment.',
    "J'entends {emotion} dans ce que vous me dites.",
    'Merci de me dire que vous ressentez {emotion}.',
    'Ça doit être vraiment difficile de ressentir {emotion}.',
    "Porter {emotion}, c'est lourd.",
  ],
  reflections: [
    'Quand vous dites {phrase}, je perçois à quel point cela vous pèse.',
    'Vous écrivez {phrase}, et cela semble vraiment difficile.',
    'Ce que vous dites, {phrase}, montre tout ce que vous portez en ce moment.',
    'En lisant {phrase}, je comprends que vous portez beaucoup.',
  ],
  plainOpeners: [
    'Merci de partager cela avec moi.',
    "Merci de m'écrire.",
    'Merci de me raconter ce qui se passe.',
  ],
  validations: [
    "C'est tout à fait compréhensible de ressentir cela.",
    'Ce que vous ressentez est légitime.',
    "N'importe qui à votre place pourrait ressentir la même chose.",
    "Il n'y a rien de mal à se sentir ainsi.",
    'Votre réaction a du sens, vu tout ce que vous vivez.',
  ],
  ideaIntros: [
    'Une petite chose qui pourrait aider maintenant : {idea}',
    'Si cela vous convient, vous pourriez essayer ceci : {idea}',
    'Quelque chose que certaines personnes trouvent utile : {idea}',
    'Seulement si cela vous semble faisable : {idea}',
  ],
  questions: [
    "Qu'est-ce qui a été le plus difficile pour vous dans tout cela ?",
    "Voulez-vous m'en dire un peu plus sur ce qui se passe ?",
    "Qu'est-ce qui vous pèse le plus en ce moment ?",
    'Comment cela affecte-t-il vos journées ?',
    "Qu'est-ce qui vous aide d'habitude, même un peu, quand vous vous sentez ainsi ?",
    'Depuis quand vous sentez-vous comme ça ?',
    "Qu'est-ce qui vous soutiendrait le plus en ce moment ?",
    "Qu'est-ce qui occupe le plus vos pensées ces jours-ci ?",
  ],
  greetings: [
    'Bonjour, ça me fait plaisir de vous lire.',
    "Bonjour, merci d'être là.",
    "Bonjour, merci de m'écrire.",
  ],
  smallTalkQuestions: [
    "Comment vous sentez-vous aujourd'hui ?",
    "Qu'avez-vous en tête aujourd'hui ?",
    'Comment se passe votre journée ?',
    'De quoi aimeriez-vous parler ?',
  ],
  howAreYouAnswers: [
    "Merci de demander. Je suis une IA, donc je n'ai pas de journées comme les vôtres, mais je suis là pour vous écouter.",
    "C'est gentil de demander. En tant qu'IA, je n'ai pas d'émotions propres, mais c'est un plaisir d'échanger avec vous.",
  ],
  thanksReplies: ['Avec plaisir, tant mieux si cela vous aide.', 'Merci à vous de me le dire.'],
  aiDisclosures: [
    'Je suis une intelligence artificielle, pas une personne. Je ne remplace ni un professionnel ni un proche, mais je suis là pour vous écouter.',
    'Pour être honnête avec vous : je suis une IA, pas un être humain. Je peux vous écouter et vous aider à y voir plus clair, mais je ne remplace ni une personne ni un professionnel.',
  ],
  riskOpeners: [
    "Merci de me l'avoir dit. Il faut du courage pour le dire, et c'est important que vous l'ayez fait.",
    "C'est vraiment douloureux, ce que vous traversez, et merci de m'en parler.",
    "Ce que vous vivez semble terriblement douloureux, et vous n'avez pas à le traverser sans soutien.",
  ],
  focusNotes: {
    third_party: [
      "On voit à quel point cette personne compte pour vous. Si vous le pouvez, restez avec elle, écoutez-la sans la juger et aidez-la à contacter l'un des services ci-dessous.",
    ],
    self_harm: [
      "L'envie de vous faire du mal arrive souvent quand la douleur semble trop grande, et vous méritez de l'attention, pas un jugement.",
    ],
    abuse: [
      "Personne n'a le droit de vous faire du mal ni de vous menacer, et ce qui se passe n'est pas de votre faute.",
    ],
    harm_to_others: [
      "Pour l'instant, le plus sûr est de mettre de la distance entre vous et cette personne, et de vous éloigner de tout ce qui pourrait servir à blesser quelqu'un.",
    ],
    psychosis: [
      "Cela semble vraiment effrayant. Je ne peux pas savoir ce que vous vivez, mais j'entends à quel point cela paraît réel et angoissant, et un médecin ou une équipe de crise peut vous aider précisément pour cela.",
    ],
    mania: [
      "On dirait qu'il y a énormément d'énergie en ce moment. Passer plusieurs jours sans dormir peut beaucoup peser sur le corps et le jugement, même quand on se sent très bien.",
    ],
    eating_disorder: [
      "Les inquiétudes autour de la nourriture et du corps méritent une vraie attention, et vous n'avez pas à les porter sans soutien.",
    ],
    ocd_reassurance: [
      "Ça doit être vraiment difficile, ce doute qui vous pèse autant. C'est tout à fait compréhensible d'avoir besoin de certitude quand il est aussi fort, et l'anxiété qui est derrière est bien réelle. Je vais pourtant éviter de vous rassurer une fois de plus : chaque réassurance soulage un moment, puis le doute revient et en réclame une autre ; c'est le cercle de la réassurance, et ce n'est pas votre faute.",
      "Ce doit être épuisant d'avoir sans cesse besoin de cette certitude, et c'est tout à fait compréhensible de ressentir cette anxiété. C'est justement parce que je tiens à ce que vous alliez mieux que je ne vais pas essayer de lever le doute à votre place : le soulagement d'une réponse dure peu, et le doute revient souvent plus fort ; c'est ce cycle qui entretient ce genre d'inquiétude.",
    ],
  },
  professionalNotes: {
    suicide: [
      'Parler à un médecin ou à un psychologue peut aussi vous aider avec ce que vous portez, en plus des personnes de ces lignes.',
    ],
    self_harm: [
      'Quand vous vous en sentirez capable, consultez un médecin : il peut regarder vos blessures et vous aider à trouver un soutien qui vous convient.',
    ],
    eating_disorder: [
      'Consulter un médecin généraliste est un bon premier pas : il peut voir comment va votre corps et vous orienter vers une équipe spécialiste des troubles alimentaires.',
    ],
    mania: [
      "Cela aiderait d'en parler à votre médecin ou à votre équipe de santé mentale : comment se sont passés ces derniers jours, surtout le sommeil.",
    ],
    abuse: [
      "Parler à un psychologue ou à un professionnel de l'accompagnement des violences peut vous aider à réfléchir à vos options, à votre rythme.",
    ],
    harm_to_others: [
      "En parler avec un médecin ou un thérapeute peut aider face à ce genre d'impulsions, avant que quelqu'un ne soit blessé.",
    ],
    third_party: [
      "Encouragez cette personne, avec douceur, à parler aussi à un médecin ou à un psychologue, et proposez-lui de l'aider à prendre rendez-vous.",
    ],
    ocd_reassurance: [
      "Une thérapeute ou un thérapeute peut vous aider à traverser ce genre de doute, par exemple avec l'exposition avec prévention de la réponse (EPR), pour que vivre avec l'incertitude devienne plus facile et que le besoin de vérifier perde de sa force avec le temps.",
      "Travailler avec un ou une thérapeute sur l'exposition avec prévention de la réponse (EPR) est l'une des approches qui aident le plus, et vous pouvez en parler à votre médecin ou à un service de santé mentale.",
    ],
  },
  safetyQuestions: {
    suicide: [
      'Avez-vous des pensées de mettre fin à votre vie en ce moment ?',
      'Pensez-vous au suicide en ce moment ?',
      'Êtes-vous en sécurité en ce moment, ou pensez-vous à mettre fin à votre vie ?',
    ],
    third_party: [
      "La personne qui vous inquiète est-elle en sécurité en ce moment, et quelqu'un est-il avec elle ?",
    ],
    self_harm: ["Êtes-vous en sécurité en ce moment, et vous êtes-vous fait du mal aujourd'hui ?"],
    abuse: ['Êtes-vous en sécurité là où vous êtes en ce moment ?'],
    medical_emergency: ["Y a-t-il quelqu'un avec vous en ce moment qui peut vous aider ?"],
    harm_to_others: ["Quelqu'un est-il en danger en ce moment, y compris vous ?"],
    psychosis: ['Y a-t-il une personne de confiance qui pourrait être avec vous en ce moment ?'],
    mania: [
      'Accepteriez-vous de parler à votre médecin ou à une personne de confiance avant de prendre de grandes décisions ?',
    ],
    eating_disorder: [
      'Pourriez-vous envisager de parler de ce que vous vivez à un médecin ou à un service spécialisé dans les troubles alimentaires ?',
    ],
    ocd_reassurance: [
      'Que remarquez-vous dans votre inquiétude, dans les heures qui suivent une réassurance ?',
      'Quelle place ce doute prend-il dans vos journées en ce moment ?',
    ],
  },
  checkInQuestions: [
    "Tout à l'heure, vous m'avez dit à quel point les choses sont dures ; comment vous sentez-vous maintenant, et êtes-vous en sécurité ?",
    "Je repense à ce que vous m'avez confié plus tôt ; êtes-vous en sécurité en ce moment ?",
  ],
  emergencyFirst: [
    "Appelez les secours tout de suite, au {emergency}, ou demandez à quelqu'un près de vous d'appeler ; votre sécurité passe avant tout.",
  ],
  resources: [
    "Vous pouvez contacter {services} pour parler à quelqu'un. En cas de danger immédiat, appelez les secours : {emergency}.",
    'Les personnes de {services} peuvent vous écouter et vous aider à rester en sécurité. En cas de danger immédiat, appelez les secours : {emergency}.',
  ],
  helperEmergencyFirst: [
    "Si cette personne est peut-être en danger en ce moment, appelez les secours, au {emergency}, et restez auprès d'elle jusqu'à leur arrivée.",
  ],
  helperResources: [
    "Vous pouvez contacter {services} pour savoir comment la soutenir, et l'encourager à demander de l'aide elle aussi. Si elle est en danger immédiat, appelez les secours : {emergency}.",
    "Les personnes de {services} peuvent vous aider à réfléchir à la façon de l'accompagner, et vous pouvez aussi l'aider à les joindre. En cas de danger immédiat pour elle, appelez les secours : {emergency}.",
  ],
  limits: [
    'Je suis une IA : je ne peux pas être physiquement à vos côtés, et vous méritez le soutien de personnes qui le peuvent.',
    "En tant qu'IA, je peux continuer à vous écouter, mais je ne peux pas remplacer quelqu'un qui serait avec vous maintenant.",
  ],
  service: { call: 'tél.', text: 'SMS', hours: 'horaires', or: 'ou' },
  localEmergencyNumber: "le numéro d'urgence de votre pays",
};
