import type { Phrasebook } from '../phrasebook.js';

export const es: Phrasebook = {
  language: 'es',
  quote: (text) => `«${text}»`,
  and: 'y',
  emotions: {
    sad: 'mucha tristeza',
    anxious: 'mucha ansiedad',
    lonely: 'mucha soledad',
    tired: 'mucho cansancio',
    sleepless: 'el agotamiento de no poder dormir',
    angry: 'mucha rabia y frustración',
    scared: 'mucho miedo',
    ashamed: 'mucha vergüenza',
    worthless: 'mucha autocrítica',
    hopeless: 'mucha desesperanza',
    stressed: 'mucho estrés',
    overwhelmed: 'mucho agobio',
    guilty: 'mucha culpa',
    grief: 'mucho dolor por esta pérdida',
    hurt: 'mucho dolor',
    numb: 'un gran vacío',
  },
  relations: {
    sister: 'tu hermana',
    brother: 'tu hermano',
    mother: 'tu madre',
    father: 'tu padre',
    friend: 'tu amigo',
    friend_f: 'tu amiga',
    partner: 'tu pareja',
    wife: 'tu esposa',
    husband: 'tu marido',
    girlfriend: 'tu novia',
    boyfriend: 'tu novio',
    grandmother: 'tu abuela',
    grandfather: 'tu abuelo',
    aunt: 'tu tía',
    uncle: 'tu tío',
    daughter: 'tu hija',
    son: 'tu hijo',
    therapist: 'tu terapeuta',
    teacher: 'tu profesor o profesora',
  },
  feelingOpeners: [
    'Parece que estás sintiendo {emotion} en este momento.',
    'Siento mucho que estés cargando con {emotion}.',
    'Gracias por contarme que sientes {emotion}.',
    'Cargar con {emotion} es muy duro.',
    'Te leo, y noto {emotion} en lo que me cuentas.',
  ],
  reflections: [
    'Cuando dices {phrase}, noto cuánto te está pesando.',
    'Mencionas {phrase}, y eso suena realmente difícil.',
    'Lo que dices, {phrase}, me hace ver que estás pasando por mucho.',
    'Al leer {phrase}, entiendo que llevas mucho encima.',
  ],
  plainOpeners: [
    'Gracias por compartir esto conmigo.',
    'Me alegra que me escribas.',
    'Gracias por contarme lo que está pasando.',
  ],
  validations: [
    'Tiene mucho sentido que te sientas así.',
    'Es completamente comprensible, con todo lo que estás viviendo.',
    'Lo que sientes es válido.',
    'Cualquier persona en tu lugar podría sentirse igual.',
    'No hay nada de malo en sentirse así.',
  ],
  ideaIntros: [
    'Algo pequeño que podría ayudarte ahora: {idea}',
    'Si te parece bien, podrías probar esto: {idea}',
    'Algo que a algunas personas les sirve: {idea}',
    'Solo si te parece posible: {idea}',
  ],
  questions: [
    '¿Qué ha sido lo más difícil de todo esto para ti?',
    '¿Quieres contarme un poco más sobre lo que está pasando?',
    '¿Qué es lo que más te pesa ahora mismo?',
    '¿Cómo está afectando esto a tu día a día?',
    '¿Qué te suele ayudar, aunque sea un poco, cuando te sientes así?',
    '¿Desde cuándo te sientes así?',
    '¿Qué sería lo que más te apoyaría en este momento?',
    '¿Qué es lo que más vueltas te da en la cabeza estos días?',
  ],
  greetings: [
    'Hola, me alegra saber de ti.',
    'Hola, qué bueno que estés aquí.',
    'Hola, gracias por escribir.',
  ],
  smallTalkQuestions: [
    '¿Cómo te sientes hoy?',
    '¿Qué tienes en mente hoy?',
    '¿Cómo va tu día?',
    '¿De qué te gustaría hablar?',
  ],
  howAreYouAnswers: [
    'Gracias por preguntar. Soy una IA, así que no tengo días como los tuyos, pero estoy aquí para escucharte.',
    'Qué amable que lo preguntes. Como IA no tengo sentimientos propios, pero me alegra estar aquí contigo.',
  ],
  thanksReplies: ['De nada, me alegra que te sirva.', 'Gracias a ti por decírmelo.'],
  aiDisclosures: [
    'Soy una inteligencia artificial, no una persona. No puedo reemplazar a un profesional ni a alguien de confianza, pero estoy aquí para escucharte.',
    'Te lo digo con sinceridad: soy una IA, no un ser humano. Puedo escucharte y ayudarte a ordenar lo que sientes, pero no sustituyo a una persona ni a un profesional.',
  ],
  riskOpeners: [
    'Gracias por contármelo. Hace falta valor para decir esto, y me alegra mucho que lo hayas hecho.',
    'Siento mucho que estés sufriendo tanto, y me alegra que me lo hayas contado.',
    'Lo que estás viviendo suena muy doloroso, y no tienes que enfrentarlo sin apoyo.',
  ],
  focusNotes: {
    third_party: [
      'Se nota cuánto te importa esa persona. Si puedes, quédate a su lado, escúchala sin juzgar y ayúdala a contactar con uno de los servicios que te indico.',
    ],
    self_harm: [
      'Las ganas de hacerte daño suelen aparecer cuando el dolor se siente demasiado grande, y mereces cuidado, no juicio.',
    ],
    abuse: [
      'Nadie tiene derecho a hacerte daño ni a amenazarte, y lo que está pasando no es culpa tuya.',
    ],
    harm_to_others: [
      'Por ahora, lo más seguro es poner distancia entre tú y esa persona, y apartarte de cualquier cosa con la que se pudiera hacer daño.',
    ],
    psychosis: [
      'Eso suena realmente aterrador. No puedo saber lo que estás viviendo, pero sí noto lo real y lo angustioso que se siente, y un médico o un equipo de crisis puede ayudarte justo con esto.',
    ],
    mania: [
      'Parece que ahora mismo hay muchísima energía. Pasar días sin dormir puede afectar mucho al cuerpo y al juicio, aunque te sientas genial.',
    ],
    eating_disorder: [
      'Las preocupaciones por la comida y el cuerpo merecen un cuidado de verdad, y no tienes que afrontarlas sin apoyo.',
    ],
    ocd_reassurance: [
      'Siento mucho que la duda te esté apretando tanto. Tiene todo el sentido que necesites tener certeza cuando se siente así, y la ansiedad que sientes es real. Aun así, prefiero no darte una confirmación más: cada una alivia un rato, pero luego la duda vuelve y pide otra, y ese círculo de buscar tranquilidad no es culpa tuya.',
      'Suena agotador necesitar esa seguridad una y otra vez, y es comprensible que la ansiedad pese tanto. Justo porque me importa que estés mejor, no voy a intentar resolver la duda por ti: la calma que da una respuesta dura poco y la duda suele volver con más fuerza; ese ciclo es lo que mantiene este tipo de preocupación.',
    ],
  },
  professionalNotes: {
    suicide: [
      'También puede ayudarte hablar con un médico o un psicólogo sobre lo que estás cargando, además de las personas de esas líneas.',
    ],
    self_harm: [
      'Cuando quieras, un médico puede revisar cualquier herida y ayudarte a encontrar un apoyo que encaje contigo.',
    ],
    eating_disorder: [
      'Hablar con un médico es un buen primer paso: puede ver cómo está tu cuerpo y orientarte hacia un equipo especialista en trastornos de la conducta alimentaria.',
    ],
    mania: [
      'Te ayudaría contarle a tu médico o a tu equipo de salud mental cómo han sido estos últimos días, sobre todo el sueño.',
    ],
    abuse: [
      'Puede ayudarte hablar con un psicólogo o un profesional de atención a la violencia, que piense contigo en tus opciones, a tu ritmo.',
    ],
    harm_to_others: [
      'Hablarlo con un médico o un terapeuta puede ayudar con impulsos así, antes de que nadie salga herido.',
    ],
    third_party: [
      'Anímale con cuidado a hablar también con un médico o un psicólogo, y ofrécete a ayudarle a pedir la cita.',
    ],
    ocd_reassurance: [
      'Un terapeuta puede ayudar muchísimo con este tipo de dudas, por ejemplo con exposición y prevención de respuesta (EPR), para que convivir con la incertidumbre sea más fácil y la necesidad de comprobar pierda fuerza con el tiempo.',
      'Vale la pena buscar a un terapeuta que trabaje con exposición y prevención de respuesta (EPR); es una de las vías que más ayudan, y también puedes consultarlo con tu médico.',
    ],
  },
  safetyQuestions: {
    suicide: [
      '¿Estás teniendo pensamientos de quitarte la vida ahora mismo?',
      '¿Estás pensando en el suicidio en este momento?',
      '¿Estás a salvo ahora mismo, o estás pensando en quitarte la vida?',
    ],
    third_party: ['¿Esa persona está a salvo ahora mismo, y hay alguien con ella?'],
    self_harm: ['¿Estás a salvo ahora mismo, y te has hecho daño hoy?'],
    abuse: ['¿Estás a salvo donde te encuentras ahora?'],
    medical_emergency: ['¿Hay alguien contigo ahora mismo que pueda ayudarte?'],
    harm_to_others: ['¿Hay alguien en peligro ahora mismo, también tú?'],
    psychosis: ['¿Hay alguien de confianza que pueda estar contigo ahora?'],
    mania: [
      '¿Te animarías a hablar con tu médico o con alguien de confianza antes de tomar decisiones importantes?',
    ],
    eating_disorder: [
      '¿Te plantearías hablar con un médico o con un servicio especializado en trastornos alimentarios sobre lo que estás viviendo?',
    ],
    ocd_reassurance: [
      '¿Qué notas que pasa con la preocupación en las horas después de que alguien te tranquiliza?',
      '¿Cómo ha ido afectando esta duda a tus días últimamente?',
    ],
  },
  checkInQuestions: [
    'Antes me contaste lo difíciles que están siendo las cosas; ¿cómo te sientes ahora, y estás a salvo?',
    'Sigo pensando en lo que compartiste antes; ¿estás a salvo ahora mismo?',
  ],
  emergencyFirst: [
    'Por favor, llama ahora mismo a emergencias ({emergency}) o pide a alguien cercano que llame por ti; tu seguridad es lo primero.',
  ],
  resources: [
    'Puedes contactar con {services} para hablar con alguien. Si estás en peligro inmediato, llama a emergencias: {emergency}.',
    'En {services} pueden escucharte y ayudarte a estar a salvo. Si corres peligro inmediato, llama a emergencias: {emergency}.',
  ],
  helperEmergencyFirst: [
    'Si esa persona puede estar en peligro ahora mismo, llama a emergencias ({emergency}) y quédate con ella hasta que llegue la ayuda.',
  ],
  helperResources: [
    'Puedes contactar con {services} para que te orienten sobre cómo apoyarla, y animarla a que también pida ayuda. Si corre peligro inmediato, llama a emergencias: {emergency}.',
    'En {services} pueden ayudarte a pensar cómo acompañar a esa persona, y también puedes ayudarla a ponerse en contacto. Si corre peligro inmediato, llama a emergencias: {emergency}.',
  ],
  limits: [
    'Soy una IA, así que no puedo estar contigo en persona, y mereces el apoyo de personas que sí puedan.',
    'Como IA puedo seguir escuchándote, pero no puedo sustituir a alguien que esté contigo ahora.',
  ],
  service: { call: 'tel.', text: 'SMS', hours: 'horario', or: 'o' },
  localEmergencyNumber: 'el número de emergencias de tu país',
};
