import type { Phrasebook } from '../phrasebook.js';

export const en: Phrasebook = {
  language: 'en',
  quote: (text) => `“${text}”`,
  and: 'and',
  emotions: {
    sad: 'sad',
    anxious: 'anxious',
    lonely: 'lonely',
    tired: 'exhausted',
    sleepless: 'worn out from not sleeping',
    angry: 'angry and frustrated',
    scared: 'scared',
    ashamed: 'ashamed',
    worthless: 'really down on yourself',
    hopeless: 'hopeless',
    stressed: 'stressed',
    overwhelmed: 'overwhelmed',
    guilty: 'guilty',
    grief: 'heartbroken by this loss',
    hurt: 'hurt',
    numb: 'numb',
  },
  relations: {
    sister: 'your sister',
    brother: 'your brother',
    mother: 'your mum',
    father: 'your dad',
    friend: 'your friend',
    friend_f: 'your friend',
    partner: 'your partner',
    wife: 'your wife',
    husband: 'your husband',
    girlfriend: 'your girlfriend',
    boyfriend: 'your boyfriend',
    grandmother: 'your grandmother',
    grandfather: 'your grandfather',
    aunt: 'your aunt',
    uncle: 'your uncle',
    daughter: 'your daughter',
    son: 'your son',
    therapist: 'your therapist',
    teacher: 'your teacher',
  },
  feelingOpeners: [
    "It sounds like you're feeling {emotion} right now.",
    "I'm sorry you're feeling {emotion}.",
    "Thank you for telling me you're feeling {emotion}.",
    'Feeling {emotion} is a lot to carry.',
    'That sounds really hard, feeling {emotion} on top of everything else.',
    "I can hear that you've been feeling {emotion}.",
  ],
  reflections: [
    'When you say {phrase}, I can hear how much this is weighing on you.',
    'You mentioned {phrase}, and that sounds genuinely difficult.',
    'What you said, {phrase}, tells me a lot is happening for you right now.',
    "Hearing {phrase}, I get a sense of how much you're carrying.",
  ],
  plainOpeners: [
    'Thank you for sharing this with me.',
    "I'm glad you reached out.",
    "Thanks for telling me what's going on.",
  ],
  validations: [
    "It makes sense that you'd feel this way.",
    'Anyone in your position could feel the same; your reaction is understandable.',
    "What you're feeling is valid, given everything you're dealing with.",
    "It's understandable that this is getting to you.",
    'Those feelings make a lot of sense.',
    "There's nothing wrong with feeling this way.",
  ],
  ideaIntros: [
    'One small thing that might help right now: {idea}',
    'If it feels right, you could try this: {idea}',
    'Something some people find useful: {idea}',
    'Only if it feels doable: {idea}',
  ],
  questions: [
    'What has been the hardest part of this for you?',
    "Would you like to tell me more about what's been going on?",
    'What do you think is weighing on you most right now?',
    'How has this been affecting your days?',
    'What usually helps you, even a little, when things feel like this?',
    'When did you first notice feeling this way?',
    'What would feel most supportive to you right now?',
    "What's been on your mind the most since this started?",
  ],
  greetings: [
    "Hi, it's good to hear from you.",
    "Hello, I'm glad you're here.",
    'Hi there, thanks for writing.',
  ],
  smallTalkQuestions: [
    'How are you feeling today?',
    "What's on your mind today?",
    'How has your day been so far?',
    'What would you like to talk about?',
  ],
  howAreYouAnswers: [
    "Thanks for asking. I'm an AI, so I don't have days like you do, but I'm here and ready to listen.",
    "That's kind of you to ask. As an AI I don't have feelings of my own, but I'm glad to be here with you.",
  ],
  thanksReplies: ["You're welcome, I'm glad this was useful.", 'Thank you for saying that.'],
  aiDisclosures: [
    "I'm an AI, not a person. I can't replace a counsellor or a friend, but I'm here to listen.",
    "To be honest with you: I'm an AI, not a human. I can listen and help you think things through, but I'm not a substitute for a person or a professional.",
  ],
  riskOpeners: [
    "Thank you for telling me. It takes courage to say this, and I'm really glad you did.",
    "I'm really sorry you're hurting this much, and I'm glad you told me.",
    "What you're going through sounds incredibly painful, and you don't have to face it alone.",
  ],
  focusNotes: {
    third_party: [
      "It's clear how much you care about them. If you can, stay with them, listen without judging, and help them contact one of the services below.",
    ],
    self_harm: [
      'Urges to hurt yourself often come when the pain feels too big, and you deserve care, not judgement.',
    ],
    abuse: [
      "No one has the right to hurt or threaten you, and what's happening is not your fault.",
    ],
    harm_to_others: [
      'For now, the safest step is to put some distance between yourself and the person, and between yourself and anything that could be used to hurt someone.',
    ],
    psychosis: [
      "That sounds really frightening. I can't know what you're experiencing, but I can hear how real and scary it feels, and a doctor or crisis team can help with exactly this.",
    ],
    mania: [
      'It sounds like there is a lot of energy right now. Going days without sleep can take a real toll on your body and your judgement, even when you feel great.',
    ],
    eating_disorder: [
      "Worries about food and your body deserve real care, and you don't have to handle them alone.",
    ],
    ocd_reassurance: [
      "I'm sorry the doubt is pulling at you this hard. It's completely understandable to want to be sure when it feels this loud, and the anxiety behind it is real. I'm going to gently hold back from adding another reassurance, though, because each one brings relief for a moment and then the doubt comes back asking for more; that's the reassurance loop, and it isn't your fault.",
      "It sounds exhausting to keep needing that certainty, and what you're feeling is completely understandable. Because I care about you feeling better, I won't try to settle the doubt for you: reassurance quiets it for a little while, then it usually returns stronger, and that cycle is what keeps this kind of worry going.",
    ],
  },
  professionalNotes: {
    suicide: [
      "A doctor or a counsellor can also help with what you're carrying, alongside the people on those lines.",
    ],
    self_harm: [
      'When you feel ready, it could help to see a doctor or GP, who can check any injuries and help you find support that fits you.',
    ],
    eating_disorder: [
      'Talking to a doctor or GP is a good first step: they can check how your body is doing and point you to specialist eating-disorder support.',
    ],
    mania: [
      'It would help to let a doctor or your mental health team know how the last few days have been, especially your sleep.',
    ],
    abuse: [
      'It could help to talk to a counsellor or a domestic abuse professional, who can think through your options with you at your own pace.',
    ],
    harm_to_others: [
      'Talking this through with a doctor or a therapist can help with urges like these, before anyone gets hurt.',
    ],
    third_party: [
      'Gently encourage them to talk to a doctor or a counsellor too, and offer to help them make that call.',
    ],
    ocd_reassurance: [
      'A therapist can help with exactly this kind of doubt, for example through exposure and response prevention (ERP), so that living with uncertainty gets easier and the urge to check loses its grip over time.',
      "Working with a therapist on exposure and response prevention (ERP) is one of the most helpful ways through this, and it's something you can ask your doctor or a mental-health service about.",
    ],
  },
  safetyQuestions: {
    suicide: [
      'Are you having thoughts of ending your life right now?',
      'Are you thinking about suicide right now?',
      'Are you safe right now, or are you thinking about ending your life?',
    ],
    third_party: ['Is the person you are worried about safe right now, and is someone with them?'],
    self_harm: [
      'Are you safe right now, and have you hurt yourself today?',
      'Have you hurt yourself today, and are you safe right now?',
    ],
    abuse: ['Are you safe where you are right now?', 'Are you somewhere safe at the moment?'],
    medical_emergency: ['Is there someone with you right now who can help?'],
    harm_to_others: ['Is anyone in danger right now, including you?'],
    psychosis: ['Is there someone you trust who could be with you right now?'],
    mania: [
      'Would you be willing to talk with your doctor or someone you trust before making any big decisions?',
    ],
    eating_disorder: [
      "Would you be open to talking with a doctor or an eating-disorder service about what you're going through?",
    ],
    ocd_reassurance: [
      "What do you notice happens to the worry in the hours after you've been reassured?",
      'How much of your day has this doubt been taking up lately?',
    ],
  },
  checkInQuestions: [
    'Earlier you told me how hard things have been; how are you feeling now, and are you safe?',
    'I keep thinking about what you shared earlier; are you safe right now?',
  ],
  emergencyFirst: [
    'Please call emergency services on {emergency} right now, or ask someone near you to call for you; your safety comes first.',
  ],
  resources: [
    'You can contact {services} to talk with someone. If you are in immediate danger, call {emergency}.',
    "People at {services} can listen and help you stay safe. If you're in immediate danger, please call {emergency}.",
  ],
  helperEmergencyFirst: [
    'If they may be in danger right now, call emergency services on {emergency} and stay with them until help arrives.',
  ],
  helperResources: [
    'You can contact {services} for advice on how to support them, and encourage them to reach out too. If they are in immediate danger, call {emergency}.',
    'People at {services} can help you think through how to support them, and you can help them get in touch as well. If they are in immediate danger, call {emergency}.',
  ],
  limits: [
    "I'm an AI, so I can't be there with you in person, and you deserve support from people who can.",
    "As an AI I can keep listening, but I can't replace someone who can be with you right now.",
  ],
  service: { call: 'call', text: 'text', hours: 'hours', or: 'or' },
  localEmergencyNumber: 'your local emergency number',
};
