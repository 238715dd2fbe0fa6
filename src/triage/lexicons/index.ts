/** All triage lexicons, one per language (see types.ts for what a rule is). */
import { DE } from './de.js';
import { EN } from './en.js';
import { ES } from './es.js';
import { FR } from './fr.js';
import { IT } from './it.js';
import { PT } from './pt.js';
import { CATEGORY_RULES } from './categories.js';
import { CRISIS_BREADTH } from './crisis-breadth.js';
import { EMERGENCY_BREADTH } from './emergency-breadth.js';
import { QUESTION_BREADTH } from './question-breadth.js';
import { READINESS_BREADTH } from './readiness-breadth.js';
import { SIDEWAYS_BREADTH } from './sideways-breadth.js';
import type { Lexicon } from './types.js';

/**
 * Each language's lexicon with its condition-category rules (categories.ts), the oblique crisis
 * classes (crisis-breadth.ts), the sideways-risk classes (sideways-breadth.ts), the classes asked as
 * a question or a condition (question-breadth.ts) and the overdose and
 * attempt classes (emergency-breadth.ts) and the readiness classes (readiness-breadth.ts) appended.
 */
export const LEXICONS: readonly Lexicon[] = [EN, ES, FR, DE, PT, IT].map((lexicon) => ({
  ...lexicon,
  rules: [
    ...lexicon.rules,
    ...CATEGORY_RULES[lexicon.lang],
    ...CRISIS_BREADTH[lexicon.lang],
    ...SIDEWAYS_BREADTH[lexicon.lang],
    ...QUESTION_BREADTH[lexicon.lang],
    ...EMERGENCY_BREADTH[lexicon.lang],
    ...READINESS_BREADTH[lexicon.lang],
  ],
}));
