import { describe, expect, it } from 'vitest';
import { seekerBeliefs } from '../../src/analyzers/safety/belief-context.js';

// Issue 5, third round: belief kinds the collusion gate missed in es, fr, de, pt and it (control
// through food or drink, being dead, being loved from afar, a chip in a vaccine, no need to sleep,
// a ritual "or else something will happen"). Fresh wordings, not the batch's.

describe('seekerBeliefs: third-round kinds', () => {
  it('reads delusions in other languages', () => {
    for (const turn of [
      'mi cuñado mete algo en mi comida para vigilarme',
      'ya estoy muerta por dentro, de verdad, mis órganos se están pudriendo',
      'je suis déjà mort, personne ne le voit',
      'Im Impfstoff war ein Mikrochip, ich spüre ihn im Arm',
      'a cantora tá apaixonada por mim, ela canta só pra mim',
      'il conduttore è innamorato di me, lo capisco da come parla',
    ])
      expect(seekerBeliefs([turn]).delusion, turn).toBe(true);
  });

  it('reads a manic plan and a ritual', () => {
    expect(seekerBeliefs(['no necesito dormir, esta noche termino la novela']).mania).toBe(true);
    expect(
      seekerBeliefs(['apro tre negozi contemporaneamente, non ho tempo di dormire']).mania,
    ).toBe(true);
    expect(
      seekerBeliefs(['je dois toucher la porte trois fois, sinon il arrivera malheur']).compulsion,
    ).toBe(true);
  });

  it('leaves ordinary talk alone', () => {
    for (const turn of [
      'he puesto azúcar en el café, ¿está bien para la dieta?',
      'mon téléphone est mort, je le recharge',
      'Ich habe meine Impfung gestern bekommen, der Arm tut weh',
      'estou morta de cansaço depois do trabalho',
      'estoy muerto de hambre, ¿qué ceno?',
      'sono morta di sonno stasera',
    ]) {
      const beliefs = seekerBeliefs([turn]);
      expect(beliefs.delusion || beliefs.mania, turn).toBe(false);
    }
  });
});
