import type { MechanismPrompt } from './template.js';

export const EXPLORATIONS_PROMPT: MechanismPrompt = {
  id: 'explorations@1',
  mechanism: 'explorations',
  text: [
    'Explorations: the reply invites the person to say more about feelings or experiences they have not yet put into words.',
    'Levels:',
    '- 0 (none): no question or invitation to say more. A question only about logistics or consent to give advice ("Do you want some tips?") is 0.',
    '- 1 (weak, generic): an invitation that would fit any message, e.g. "What happened?", "Do you want to talk about it?", "How are you feeling?"',
    '- 2 (strong, specific): a question about something the person actually said, e.g. "You said the nights are the worst. What goes through your mind when you can\'t sleep?"',
    'Example: the person writes "since moving here I feel invisible at school". "Tell me more." is 1. "What is it like in the moments at school when you feel most invisible?" is 2.',
  ].join('\n'),
};
