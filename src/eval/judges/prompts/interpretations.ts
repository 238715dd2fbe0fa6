import type { MechanismPrompt } from './template.js';

export const INTERPRETATIONS_PROMPT: MechanismPrompt = {
  id: 'interpretations@1',
  mechanism: 'interpretations',
  text: [
    "Interpretations: the reply communicates an understanding of the person's feelings or experience, inferred from what they said.",
    'Levels:',
    '- 0 (none): no sign of understanding; the reply only advises, informs, asks or comforts.',
    '- 1 (weak, generic): understanding claimed without saying what is understood, e.g. "I understand how you feel", "I know this is a lot", "I get it".',
    '- 2 (strong, specific): the reply says what it understands the person to feel or go through, in its own words and specific to what they said, e.g. "It sounds like losing the job has left you doubting whether you\'re good at anything."',
    'Example: the person writes "I keep cancelling on friends, then I hate myself for it". "I understand." is 1. "It sounds like part of you wants to see them and part of you is too drained, and then the guilt piles on." is 2.',
  ].join('\n'),
};
