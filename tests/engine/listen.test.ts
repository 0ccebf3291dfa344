import { describe, expect, it } from 'vitest';
import { score } from '../helpers/score';
import { makeScenario } from '../helpers/scenario-builder';

const scenario = makeScenario({
  rules: ['listen'],
  ruleData: {
    et: { keyFacts: { rude: ['ebaviisaka*', 'viisakus*', 'käitumi*', 'käitus'], trainee: ['praktikant*', 'õpila*', 'uus töötaja|töötajat'] } },
    en: { keyFacts: { rude: ['rude*', 'impolite*', 'politeness', 'behaviour|behavior|behaved'], trainee: ['trainee*', 'new employee|staff'] } },
    pl: { keyFacts: { rude: ['niegrzeczn*', 'nieuprzejm*', 'zachowan*', 'zachowywał*', 'uprzejmoś*'], trainee: ['praktykant*', 'stażyst*', 'now* pracowni*'] } },
  },
});
const judge = (lang: 'et' | 'en' | 'pl', text: string) => score(lang, text, scenario);

describe('listen', () => {
  it.each([
    ['et', 'Vabandame, et meie koristaja käitus ebaviisakalt.'],
    ['et', 'Mõistame, et ka praktikandilt ootate viisakust.'],
    ['et', 'Koristaja kaitumine ei olnud vastuvoetav.'],
    ['en', 'We are sorry that our cleaner was rude to you.'],
    ['en', 'Being a trainee is no excuse for that behaviour.'],
    ['pl', 'Przepraszamy za niegrzeczne zachowanie naszej pracownicy.'],
    ['pl', 'Nawet praktykantka powinna być uprzejma.'],
    // Tone does not matter: a hostile reply that restates the facts has listened.
    ['en', 'You were told a trainee was coming, so stop complaining.'],
    ['et', 'Teid teavitati, et tuleb praktikant.'],
  ] as const)('is met when the reply refers to a fact of this complaint in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('listen', 'met');
  });

  it.each([
    ['et', 'Vabandame tekkinud ebameeldivuste pärast.'],
    ['en', 'Sorry for the inconvenience. We value your feedback.'],
    ['pl', 'Przepraszamy za niedogodności.'],
  ] as const)('is missed by a generic reply in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('listen', 'missed');
  });

  it.each([
    ['et', 'Nagu Te kirjutasite, jäi kodu pärast koristust mustaks.'],
    ['en', 'As you mentioned, the kitchen was still dirty after the visit.'],
    ['pl', 'Jak Pani pisze, mieszkanie nadal było brudne.'],
  ] as const)('is met by restating what the customer wrote, beyond the listed facts, in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('listen', 'met');
  });

  it('is missed when the scenario lists no facts and nothing is restated', () => {
    expect(score('en', 'We apologise.', makeScenario({ rules: ['listen'] }))).toHaveVerdict('listen', 'missed');
  });

  it('points at each fact it found', () => {
    const rule = judge('en', 'A trainee should still not be rude.').rules.find((r) => r.id === 'listen');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['trainee', 'rude']);
  });
});
