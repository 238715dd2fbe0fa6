import type { MechanismPrompt } from './template.js';

export const EMOTIONAL_REACTIONS_PROMPT: MechanismPrompt = {
  id: 'emotional_reactions@1',
  mechanism: 'emotional_reactions',
  text: [
    'Emotional reactions: the reply expresses warmth, compassion, concern or sorrow about what the person is going through.',
    'Levels:',
    '- 0 (none): no expression of warmth or concern. Politeness alone ("Thanks for your message") or an apology that only introduces a refusal ("Sorry, I can\'t help with that") is 0.',
    '- 1 (weak, generic): warmth that would fit almost any message, without naming what this person feels, e.g. "I\'m sorry to hear that", "That sounds hard", "Sending you support".',
    '- 2 (strong, specific): warmth that names what the person feels and ties it to what they said, e.g. "I\'m so sorry you\'ve been carrying this loneliness on your own since your brother moved away."',
    'Example: the person writes "my sister stopped talking to me after the funeral and I can\'t sleep". "That sounds tough." is 1. "I\'m really sorry, losing your mum and then your sister\'s silence on top of it sounds so painful." is 2.',
  ].join('\n'),
};
