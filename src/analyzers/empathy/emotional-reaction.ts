import { mechanismCheck } from './mechanisms.js';

/**
 * EPITOME's "emotional reactions": warmth, compassion, concern or sorrow about what the person
 * feels. Rated in `mechanisms.ts` with the other two mechanisms; `args.min_level` 2 asks for a
 * strong reaction (a named emotion, or sympathy about something the person said).
 */
export { EMOTIONAL_REACTION_RULES } from './mechanisms.js';

export const emotionalReaction = mechanismCheck('emotional_reaction', 'emotional_reactions');
