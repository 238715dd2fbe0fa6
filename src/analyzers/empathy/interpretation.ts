import { mechanismCheck } from './mechanisms.js';

/**
 * EPITOME's "interpretations": the reply shows it understood by saying back what the person feels
 * or is going through. Rated in `mechanisms.ts`; `args.min_level` 2 asks for a reflection that
 * reuses the person's own content or names a feeling of the same kind.
 */
export { REFLECTIVE_FRAME } from './mechanisms.js';

export const interpretation = mechanismCheck('interpretation', 'interpretations');
