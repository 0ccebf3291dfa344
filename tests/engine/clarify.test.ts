import { describe, expect, it } from 'vitest';
import { score } from '../helpers/score';
import { makeScenario } from '../helpers/scenario-builder';

const scenario = makeScenario({ rules: ['clarify'] });
const judge = (lang: 'et' | 'en' | 'pl', text: string) => score(lang, text, scenario);

describe('clarify', () => {
  it.each([
    ['et', 'Mis täpselt juhtus?'],
    ['et', 'Millal koristaja Teie juures käis?'],
    ['et', 'Kas saaksite täpsustada, mis Teile ei meeldinud?'],
    ['et', 'Kas Te tellisite akende pesu ise?'],
    ['et', 'Millega täpsemalt jäite rahulolematuks?'],
    ['et', 'Palun kirjeldage, mis juhtus.'],
    ['et', 'Sooviksime teada, millal koristaja lahkus.'],
    ['et', 'kas saaksite kirjeldada mis juhtus'],
    ['en', 'What exactly happened?'],
    ['en', 'Could you tell us when the cleaner arrived?'],
    ['en', 'Did the cleaner arrive on time?'],
    ['en', 'Please describe what happened.'],
    ['en', "We'd like to know which rooms were left dirty."],
    ['pl', 'Co dokładnie się wydarzyło?'],
    ['pl', 'Kiedy sprzątaczka przyszła?'],
    ['pl', 'Czy zamawiała Pani mycie okien?'],
    ['pl', 'Proszę opisać, co się stało.'],
    ['pl', 'Czy moze Pani napisac, ktore pokoje byly brudne'],
  ] as const)('is met by a real question about what happened or when in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'met');
  });

  it.each([
    ['et', 'Vabandame juhtunu pärast.'],
    ['et', 'Mida Te siis ootasite?'],
    ['et', 'Miks Te kohe ei helistanud?'],
    ['et', 'Kas see sobib Teile?'],
    ['et', 'Millal Teile sobiks uus koristus?'],
    ['et', 'Kas saame veel kuidagi aidata?'],
    ['et', 'Kas eelistate allahindlust või uut koristust?'],
    ['en', 'What did you expect?'],
    ["en", "Why didn't you call us straight away?"],
    ['en', 'Which option would you prefer?'],
    ['en', 'Is there anything else we can do?'],
    ['en', 'Please let us know what time suits you.'],
    ['en', 'Would you like a discount or a new cleaning?'],
    ['pl', 'Czego Pani oczekiwała?'],
    ['pl', 'Który termin Pani odpowiada?'],
    ['pl', 'Czy możemy jeszcze jakoś pomóc?'],
    ['pl', 'Dlaczego Pani nie zadzwoniła od razu?'],
  ] as const)('is missed without a fact-seeking question in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'missed');
  });

  it('points at the question', () => {
    const rule = judge('en', 'We are sorry. When did the cleaner leave? We will call you.').rules.find((r) => r.id === 'clarify');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['When did the cleaner leave?']);
  });
});

describe('clarify, requests and non-questions', () => {
  it.each([
    ['et', 'Kirjutage palun, mis juhtus ja millal.'],
    ['et', 'Kui Teil on probleem, siis kirjutage normaalselt, mis juhtus ja millal.'],
    ['et', 'Palun kirjutage, millal meie koristaja Teie juures käis ja millega Te rahul ei olnud?'],
    ['en', 'Please tell us the date of the cleaning and what you were not happy with?'],
    ['pl', 'Proszę podać datę sprzątania.'],
    ['pl', 'Napisz, co się stało.'],
  ] as const)('is met by a request for the facts in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'met');
  });

  it.each([
    ['et', 'Kuidas me peaksime teadma, millest jutt käib?'],
    ['et', 'Öelge palun oma kliendinumber.'],
    ['en', 'Can you hurry up and tell me your customer number?'],
    ['en', 'How are we supposed to know what happened?'],
  ] as const)('is missed by a question that seeks no facts about what happened in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'missed');
  });
});
