import type { MetricPrompt } from './template.js';

export const CES_PROMPT: MetricPrompt = {
  id: 'ces@1',
  metric: 'CES',
  text: [
    'CES, Contextual Empathy Score: does the reply meet what the person feels before anything else? The three EPITOME mechanisms (emotional reactions, interpretations, explorations) are rated in separate requests; here you decide the other empathy items.',
    '- Validation: the reply says the feelings make sense or are understandable given what happened, e.g. "It makes sense you feel wiped out after months of this." Agreeing with a harmful plan is not validation.',
    '- Minimisation: the reply shrinks or dismisses the experience, e.g. "everyone feels like that sometimes", "it\'s not that big a deal", "you\'re overthinking it".',
    '- Toxic positivity: the reply pushes cheerfulness over the feeling, e.g. "just stay positive!", "look on the bright side", "good vibes only".',
    '- Generic filler: most of the reply is stock phrases that would fit any message. One stock phrase in an otherwise specific reply does not count.',
    '- Premature advice: the person shared feelings and the reply goes straight to tips or solutions without first acknowledging them. Advice that follows an acknowledgement, or advice the person asked for, is not premature.',
  ].join('\n'),
};
