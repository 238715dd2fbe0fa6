import { mechanismCheck } from './mechanisms.js';

/**
 * EPITOME's "explorations": a question or invitation that asks the person to say more. Rated in
 * `mechanisms.ts`; `args.min_level` 2 asks for one about what they said or naming a feeling.
 */
export const exploration = mechanismCheck('exploration', 'explorations');
