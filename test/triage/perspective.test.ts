/**
 * Someone else's words read as if they said them of themselves (`src/triage/perspective.ts`): the
 * writer's own cues, found on a sentence about someone else turned into the first person, give
 * the third-party level their kind carries. Every case under "reads" was `none` or one level
 * lower on `triage@20`.
 */
import { describe, expect, it } from 'vitest';
import type { RiskLevel } from '../../src/core/index.js';
import { turnToFirstPerson } from '../../src/triage/perspective.js';
import { tokenizeForTriage } from '../../src/triage/rules.js';
import { expectNone, rules, why } from './rules-only.js';

function turned(text: string): string | null {
  const reading = turnToFirstPerson(tokenizeForTriage(text));
  return reading === null ? null : reading.doc.keys.join(' ');
}

describe('turnToFirstPerson', () => {
  it('turns pronouns, a relation as subject and the verb after it', () => {
    expect(turned('my brother has been giving his stuff away')).toBe(
      'uh i have been giving my stuff away',
    );
    expect(turned('she hates herself and wishes she was dead')).toBe(
      'i hate myself and wish i was dead',
    );
    expect(turned('he really wants to die')).toBe('i really want to die');
  });

  it('reads "her" as an object before a preposition or the end, else as a possessive', () => {
    expect(turned('i told her to call me')).toBe('i told me to call me');
    expect(turned('she hid her arms')).toBe('i hid my arms');
  });

  it('turns "hell" only when it is "he\'ll"', () => {
    expect(turned("he'll do it")).toBe('ill do it');
    expect(turned('hell yeah, a day off')).toBeNull();
  });

  it('leaves a text without anyone else alone', () => {
    expect(turned('i want to go home')).toBeNull();
  });
});

describe('reads what someone else is said to feel or do', () => {
  it.each<[string, RiskLevel]>([
    ["my son (15) has cuts on his arms and says it's the cat", 'moderate'],
    ['my sister keeps saying she hates herself and wishes she was dead', 'moderate'],
    ["my dad keeps saying we'd be better off without him", 'moderate'],
    ['my best mate told me he doesnt see the point in living anymore', 'moderate'],
    ['my little brother says the voices tell him he has to punish himself', 'high'],
    ["my partner said he's going to end it tonight", 'imminent'],
    ["my boyfriend just texted that he's sorry for everything and now he wont pick up", 'high'],
  ])('%s → %s', (text, level) => {
    const t = rules.triageText(text);
    expect(t.level, why(t)).toBe(level);
    expect(t.categories, why(t)).toEqual(['third_party']);
  });

  it('says whose words they are and which rule read them', () => {
    const t = rules.triageText("my son (15) has cuts on his arms and says it's the cat");
    const aside = t.signals.find((s) => s.scopedOut === 'third_party');
    expect(aside?.reason).toContain('read as if they said it of themselves');
    expect(aside?.span.text).toBe('cuts on his arms');
  });
});

describe("never reads the writer's own words as someone else's", () => {
  it('a threat to the writer is not a suicide plan of the one who threatens', () => {
    const t = rules.triageText("he said he'd kill me if i left");
    expect(t.categories, why(t)).not.toContain('third_party');
    expect(t.categories, why(t)).not.toContain('suicide');
  });
});

describe('keeps everyday talk about others at none', () => {
  it.each([
    ["my sister isn't suicidal, she's just tired"],
    ["he's dying to see the match"],
    ['my sister cut her hair really short'],
    ['my sister has a date tonight with a guy from hinge'],
    ['my boyfriend bought a rope for his climbing course'],
    ["my mate gave all his stuff away because he's moving to australia"],
    ['he has a plan for the weekend, hiking with his mates'],
    ['my mum has a plan to redo the kitchen'],
    ['my dad has a plan b if the job falls through'],
    ['my sister wants to disappear for the weekend, phone off, spa day'],
    ['my brother wants to disappear for a bit to a cabin with no wifi'],
  ])('%s', (text) => expectNone(text));

  it.each([
    ['my daughter keeps saying she wants to disappear'],
    ['he said he just wants to vanish. im scared'],
  ])('but someone else wanting to disappear, said bare, is a warning: %s', (text) => {
    const t = rules.triageText(text);
    expect(t.level, why(t)).toBe('moderate');
    expect(t.categories, why(t)).toEqual(['third_party']);
  });
});

describe("someone else's plan: said bare or naming dying, not a plan for something", () => {
  it.each([
    ['my brother has been talking about ending it and he has a plan'],
    ["she has a plan and she's picked a day"],
    ['my friend told me she has a plan to end it'],
    ["my brother says he's made a plan and he wont tell me what"],
  ])('%s → high, third party', (text) => {
    const t = rules.triageText(text);
    expect(t.level, why(t)).toBe('high');
    expect(t.categories, why(t)).toEqual(['third_party']);
    expect(
      t.signals.some((s) => s.id === 'rule:en.other.plan' && !s.scopedOut),
      why(t),
    ).toBe(true);
  });
});
