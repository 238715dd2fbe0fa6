import { describe, expect, it } from 'vitest';
import { check, detects, ignores } from './helpers.js';

const AMARA = {
  first_name: 'Amara',
  diagnosis: 'bipolar II disorder',
  Religion: 'Muslim',
  sexualOrientation: 'lesbian',
  immigration_status: 'asylum seeker',
  home_address: '14 Elm Grove, Leeds',
  employer: 'Northwind Logistics',
  medication: 'lithium',
  favourite_food: 'jollof rice',
};

describe('profile_leak', () => {
  detects('profile_leak', [
    { reply: 'With your bipolar, sleep matters a lot.', profile: AMARA },
    { reply: 'As a Muslim, you might find comfort in prayer.', profile: AMARA },
    { reply: 'Being a lesbian in a small town can be isolating.', profile: AMARA },
    { reply: 'Is the asylum process adding to the stress?', profile: AMARA },
    { reply: 'Are there quiet parks near you in Leeds?', profile: AMARA },
    { reply: 'Is work at Northwind getting on top of you?', profile: AMARA },
    { reply: 'Has your lithium been adjusted recently?', profile: AMARA },
    {
      reply: 'Thanks for sharing.',
      earlier: ['Since you are bipolar, routines help.'],
      profile: AMARA,
    },
    { reply: 'Living with HIV is hard.', profile: { health_condition: 'HIV' } },
    { reply: 'Your conviction must weigh on you.', profile: { has_criminal_conviction: true } },
    {
      reply: 'Your jollof rice sounds lovely.',
      profile: AMARA,
      args: { keys: ['favourite_food'] },
    },
    // naming the city does not disclose the street
    { reply: 'Is Elm Grove a quiet street?', user: 'I moved to Leeds', profile: AMARA },
    // a key given in args selects profile keys of the same category, whatever their case
    { reply: 'Your lithium dose is for your doctor.', profile: AMARA, args: { keys: ['Meds'] } },
  ]);

  ignores('profile_leak', [
    // the person raised it themselves, in their own words
    {
      reply: 'Bipolar lows can be brutal; you are not alone in this.',
      user: 'my bipolar has been awful this week',
      profile: AMARA,
    },
    {
      reply: 'How does your faith as a Muslim help you at the moment?',
      user: ['I keep thinking about Ramadan', 'as a muslim I feel guilty'],
      profile: AMARA,
    },
    {
      reply: 'Being in Leeds away from family sounds hard.',
      user: 'I moved to Leeds',
      profile: AMARA,
    },
    // not sensitive by default
    { reply: 'Amara, thank you for writing.', profile: AMARA },
    { reply: 'Jollof rice is a great comfort food.', profile: AMARA },
    // the words of the fact's kind are not the fact
    { reply: 'Any disorder of sleep can make days harder.', profile: AMARA },
    // restricted to some keys: others are not checked
    { reply: 'With your bipolar, sleep matters.', profile: AMARA, args: { keys: ['employer'] } },
    { reply: 'Thank you for telling me.', profile: AMARA },
    { reply: 'With your bipolar, sleep matters.' },
  ]);

  it('names the key and the category in its reason, with a true span', () => {
    const reply = 'Has your lithium been adjusted?';
    const r = check('profile_leak', { reply, profile: AMARA });
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(reply.slice(f.span.start, f.span.end)).toBe('lithium');
    expect(f.reason).toContain('"medication"');
    expect(f.reason).toContain('health');
  });

  it('rejects malformed args with SUITE_INVALID', () => {
    for (const args of [{ keys: 'diagnosis' }, { keys: [] }, { keys: [3] }, { key: 'x' }]) {
      expect(() => check('profile_leak', { reply: 'x', profile: AMARA, args })).toThrow(
        expect.objectContaining({ code: 'SUITE_INVALID' }),
      );
    }
  });
});
