import type { Phrasebook } from '../phrasebook.js';

export const pt: Phrasebook = {
  language: 'pt',
  quote: (text) => `“${text}”`,
  and: 'e',
  emotions: {
    sad: 'muita tristeza',
    anxious: 'muita ansiedade',
    lonely: 'muita solidão',
    tired: 'muito cansaço',
    sleepless: 'o cansaço de não conseguir dormir',
    angry: 'muita raiva e frustração',
    scared: 'muito medo',
    ashamed: 'muita vergonha',
    worthless: 'muita autocrítica',
    hopeless: 'muita desesperança',
    stressed: 'muito estresse',
    overwhelmed: 'uma sobrecarga enorme',
    guilty: 'muita culpa',
    grief: 'muita dor por essa perda',
    hurt: 'muita mágoa',
    numb: 'um grande vazio',
  },
  relations: {
    sister: 'sua irmã',
    brother: 'seu irmão',
    mother: 'sua mãe',
    father: 'seu pai',
    friend: 'seu amigo',
    friend_f: 'sua amiga',
    partner: 'seu companheiro ou sua companheira',
    wife: 'sua esposa',
    husband: 'seu marido',
    girlfriend: 'sua namorada',
    boyfriend: 'seu namorado',
    grandmother: 'sua avó',
    grandfather: 'seu avô',
    aunt: 'sua tia',
    uncle: 'seu tio',
    daughter: 'sua filha',
    son: 'seu filho',
    therapist: 'seu terapeuta',
    teacher: 'seu professor ou sua professora',
  },
  feelingOpeners: [
    'Parece que você está sentindo {emotion} agora.',
    'Percebo {emotion} no que você me conta.',
    'Deve ser muito difícil sentir {emotion} assim.',
    'Agradeço por me contar que está sentindo {emotion}.',
    'Sinto muito que você esteja carregando {emotion}.',
  ],
  reflections: [
    'Quando você diz {phrase}, percebo o quanto isso está pesando.',
    'Você escreveu {phrase}, e isso parece muito difícil.',
    'Ao ler {phrase}, entendo que você está carregando muita coisa.',
    'O que você diz, {phrase}, mostra que muita coisa está acontecendo agora.',
  ],
  plainOpeners: [
    'Agradeço por compartilhar isso comigo.',
    'Que bom que você escreveu.',
    'Agradeço por me contar o que está acontecendo.',
  ],
  validations: [
    'Faz todo o sentido você se sentir assim.',
    'O que você sente é válido.',
    'Qualquer pessoa no seu lugar poderia se sentir assim.',
    'Não há nada de errado em se sentir assim.',
    'É compreensível, diante de tudo o que você está vivendo.',
  ],
  ideaIntros: [
    'Uma coisa pequena que pode ajudar agora: {idea}',
    'Se fizer sentido para você, pode tentar isto: {idea}',
    'Algo que algumas pessoas acham útil: {idea}',
    'Só se parecer possível: {idea}',
  ],
  questions: [
    'O que tem sido mais difícil nisso tudo para você?',
    'Quer me contar um pouco mais sobre o que está acontecendo?',
    'O que mais está pesando para você agora?',
    'Como isso tem afetado o seu dia a dia?',
    'O que costuma ajudar você, nem que seja um pouco, quando se sente assim?',
    'Desde quando você se sente assim?',
    'O que seria mais apoio para você neste momento?',
    'O que mais tem ocupado os seus pensamentos nesses dias?',
  ],
  greetings: [
    'Olá, que bom ter notícias suas.',
    'Oi, que bom que você está aqui.',
    'Olá, agradeço por escrever.',
  ],
  smallTalkQuestions: [
    'Como você está se sentindo hoje?',
    'O que está passando pela sua cabeça hoje?',
    'Como está sendo o seu dia?',
    'Sobre o que você gostaria de conversar?',
  ],
  howAreYouAnswers: [
    'Agradeço a pergunta. Sou uma IA, então não tenho dias como os seus, mas estou aqui para ouvir você.',
    'Que gentileza perguntar. Como IA, não tenho sentimentos próprios, mas fico feliz de estar aqui com você.',
  ],
  thanksReplies: ['De nada, que bom que ajudou.', 'Eu que agradeço por me contar.'],
  aiDisclosures: [
    'Sou uma inteligência artificial, não uma pessoa. Não substituo um profissional nem alguém de confiança, mas estou aqui para ouvir você.',
    'Com toda a sinceridade: sou uma IA, não um ser humano. Posso ouvir e ajudar você a organizar as ideias, mas não substituo uma pessoa nem um profissional.',
  ],
  riskOpeners: [
    'Agradeço por me contar. É preciso coragem para dizer isso, e fico muito feliz que você tenha dito.',
    'Sinto muito que você esteja sofrendo tanto, e fico feliz que tenha me contado.',
    'O que você está vivendo parece muito doloroso, e você não precisa enfrentar isso sem apoio.',
  ],
  focusNotes: {
    third_party: [
      'Dá para ver o quanto essa pessoa é importante para você. Se puder, fique com ela, ouça sem julgar e ajude-a a entrar em contato com um dos serviços abaixo.',
    ],
    self_harm: [
      'A vontade de se machucar costuma aparecer quando a dor parece grande demais, e você merece cuidado, não julgamento.',
    ],
    abuse: [
      'Ninguém tem o direito de machucar ou ameaçar você, e o que está acontecendo não é culpa sua.',
    ],
    harm_to_others: [
      'Por agora, o mais seguro é colocar distância entre você e essa pessoa, e se afastar de qualquer coisa que possa ser usada para ferir alguém.',
    ],
    psychosis: [
      'Isso parece realmente assustador. Não tenho como saber o que você está vivendo, mas percebo o quanto parece real e angustiante, e um médico ou uma equipe de crise pode ajudar exatamente com isso.',
    ],
    mania: [
      'Parece que há muita energia agora. Passar dias sem dormir pode pesar bastante no corpo e no julgamento, mesmo quando a sensação é ótima.',
    ],
    eating_disorder: [
      'Preocupações com a comida e com o corpo merecem um cuidado de verdade, e você não precisa lidar com elas sem apoio.',
    ],
    ocd_reassurance: [
      'Sinto muito que essa dúvida esteja pesando tanto. Faz todo o sentido precisar de certeza quando ela aperta assim, e a ansiedade por trás disso é real. Mesmo assim, prefiro não te dar mais uma confirmação: cada uma alivia por um tempinho, depois a dúvida volta pedindo outra; esse é o ciclo da busca por tranquilidade, e não é culpa sua.',
      'Deve ser exaustivo precisar dessa segurança o tempo todo, e a sua ansiedade faz sentido. Justamente porque eu me importo com o seu bem-estar, não vou tentar resolver a dúvida por você: o alívio de uma resposta dura pouco e a dúvida costuma voltar mais forte; é esse ciclo que mantém esse tipo de preocupação.',
    ],
  },
  professionalNotes: {
    suicide: [
      'Conversar com um médico ou um psicólogo também pode ajudar com o que você está carregando, além das pessoas dessas linhas.',
    ],
    self_harm: [
      'Quando você se sentir pronto, procure um médico: ele pode olhar qualquer ferimento e ajudar a encontrar um apoio que combine com você.',
    ],
    eating_disorder: [
      'Procurar um médico é um bom primeiro passo: ele pode ver como está o seu corpo e indicar uma equipe especialista em transtornos alimentares.',
    ],
    mania: [
      'Ajudaria contar ao seu médico ou à sua equipe de saúde mental como foram estes últimos dias, principalmente o sono.',
    ],
    abuse: [
      'Conversar com um psicólogo ou um profissional de atendimento a vítimas de violência pode ajudar você a pensar nas suas opções, no seu ritmo.',
    ],
    harm_to_others: [
      'Conversar sobre isso com um médico ou um terapeuta pode ajudar com impulsos assim, antes que alguém se machuque.',
    ],
    third_party: [
      'Incentive essa pessoa, com cuidado, a falar também com um médico ou um psicólogo, e ofereça ajuda para marcar a consulta.',
    ],
    ocd_reassurance: [
      'Um terapeuta pode ajudar muito com esse tipo de dúvida, por exemplo com exposição e prevenção de resposta (EPR), para que conviver com a incerteza fique mais fácil e a vontade de checar perca força com o tempo.',
      'Vale a pena procurar um terapeuta que trabalhe com exposição e prevenção de resposta (EPR), um dos caminhos que mais ajudam; você também pode conversar com seu médico sobre isso.',
    ],
  },
  safetyQuestions: {
    suicide: [
      'Você está tendo pensamentos de tirar a própria vida agora?',
      'Você está pensando em suicídio neste momento?',
      'Você está em segurança agora, ou está pensando em tirar a própria vida?',
    ],
    third_party: [
      'A pessoa com quem você se preocupa está em segurança agora, e há alguém com ela?',
    ],
    self_harm: ['Você está em segurança agora, e se machucou hoje?'],
    abuse: ['Você está em segurança onde está agora?'],
    medical_emergency: ['Há alguém com você agora que possa ajudar?'],
    harm_to_others: ['Há alguém em perigo agora, inclusive você?'],
    psychosis: ['Há alguém de confiança que poderia ficar com você agora?'],
    mania: [
      'Você aceitaria conversar com seu médico ou com alguém de confiança antes de tomar decisões importantes?',
    ],
    eating_disorder: [
      'Você consideraria conversar com um médico ou com um serviço especializado em transtornos alimentares sobre o que está vivendo?',
    ],
    ocd_reassurance: [
      'O que você percebe que acontece com a preocupação nas horas depois de alguém te tranquilizar?',
      'Como essa dúvida tem afetado o seu dia a dia?',
    ],
  },
  checkInQuestions: [
    'Antes você me contou como as coisas estão difíceis; como você está se sentindo agora, e está em segurança?',
    'Continuo pensando no que você compartilhou antes; você está em segurança agora?',
  ],
  emergencyFirst: [
    'Por favor, ligue já para a emergência, no {emergency}, ou peça a alguém perto de você para ligar; a sua segurança vem em primeiro lugar.',
  ],
  resources: [
    'Você pode entrar em contato com {services} para conversar com alguém. Se estiver em perigo imediato, ligue para a emergência: {emergency}.',
    'As pessoas de {services} podem ouvir você e ajudar você a ficar em segurança. Em caso de perigo imediato, ligue para a emergência: {emergency}.',
  ],
  helperEmergencyFirst: [
    'Se essa pessoa pode estar em perigo agora, ligue para a emergência, no {emergency}, e fique com ela até a ajuda chegar.',
  ],
  helperResources: [
    'Você pode entrar em contato com {services} para saber como apoiá-la, e incentivá-la a pedir ajuda também. Se ela estiver em perigo imediato, ligue para a emergência: {emergency}.',
    'As pessoas de {services} podem ajudar você a pensar em como apoiar essa pessoa, e você também pode ajudá-la a entrar em contato. Em caso de perigo imediato para ela, ligue para a emergência: {emergency}.',
  ],
  limits: [
    'Sou uma IA, então não posso estar com você pessoalmente, e você merece o apoio de pessoas que possam.',
    'Como IA, posso continuar ouvindo você, mas não posso substituir alguém que esteja com você agora.',
  ],
  service: { call: 'tel.', text: 'SMS', hours: 'horário', or: 'ou' },
  localEmergencyNumber: 'o número de emergência do seu país',
};
