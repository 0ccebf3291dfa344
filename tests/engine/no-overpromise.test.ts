import { describe, expect, it } from 'vitest';
import { score } from '../helpers/score';
import { makeScenario } from '../helpers/scenario-builder';

// Kaie's policy: a free re-clean within 24 hours, up to 50% off the next cleaning, nothing more.
const loyalCustomer = makeScenario({
  rules: ['no-overpromise', 'propose-solution'],
  ruleData: {
    et: { forbiddenOffers: ['3|kolm|kolme tasuta', 'kingi*', '55|60|65|70|75|80|90|100 allahindlus*|soodustus*|protsen*'] },
    en: { forbiddenOffers: ['three|3 free', 'gift*', '55|60|65|70|75|80|90|100 off|discount*|percent'] },
    pl: { forbiddenOffers: ['3|trzy|trzech darmow*|bezpłatn*', 'prezent*', '55|60|65|70|75|80|90|100 rabat*|zniżk*|procent*'] },
  },
});

// The hotel: the technician arrives within 2 hours; nobody can promise when the lift works again.
const hotel = makeScenario({ rules: ['no-overpromise'] });

describe('no-overpromise', () => {
  it.each([
    ['et', 'Garanteerin, et järgmine koristus on laitmatu.'],
    ['et', 'See ei kordu enam kunagi.'],
    ['et', 'Luban 100%, et see ei kordu.'],
    ['et', 'Sellist asja enam ei juhtu.'],
    ['et', 'Pakume Teile kolme tasuta koristust ja kingitust.'],
    ['et', 'Saate järgmiselt koristuselt 60% allahindlust.'],
    ['et', 'Saate järgmiselt koristuselt 57% allahindlust.'],
    ['en', 'I guarantee this will never happen again.'],
    ['en', 'This will not happen again.'],
    ['en', "I'm 100% sure it won't happen again."],
    ['en', 'We will give you three free cleanings and a gift.'],
    ['en', 'We can give you 70% off your next cleaning.'],
    ['pl', 'Gwarantuję, że to się więcej nie powtórzy.'],
    ['pl', 'To się już nigdy nie powtórzy.'],
    ['pl', 'Oferujemy trzy darmowe sprzątania i prezent.'],
    ['pl', 'Dajemy Pani 60% rabatu na kolejne sprzątanie.'],
  ] as const)('is violated by a guarantee or an offer beyond the policy in %s: %s', (lang, text) => {
    expect(score(lang, text, loyalCustomer)).toHaveVerdict('no-overpromise', 'violated');
  });

  it.each([
    ['et', 'Teeme kõik, et see ei korduks.'],
    ['et', 'Teeme endast oleneva, et see enam ei kordu.'],
    ['et', 'Kolme tasuta koristust me kahjuks pakkuda ei saa.'],
    ['et', 'Mõistan, et soovite kolme tasuta koristust ja kingitust.'],
    ['et', 'Kolme tasuta koristuse osas pean nõu pidama juhatajaga.'],
    ['et', 'Pakume 50% allahindlust järgmiselt koristuselt.'],
    ['et', 'Me ei saa garanteerida, et see ei kordu.'],
    ['et', 'Kolme tasuta koristust me kindlasti ei anna.'],
    ['en', "We'll do our best to make sure it never happens again."],
    ['en', "We can't offer three free cleanings, but we can offer 50% off."],
    ['en', 'I cannot guarantee that this will never happen again.'],
    ['en', 'Your request for three free cleanings and a gift needs my manager’s approval.'],
    ['en', 'We can give you 30% off your next cleaning.'],
    ['pl', 'Dołożymy wszelkich starań, aby to się nie powtórzyło.'],
    ['pl', 'Nie możemy zaoferować trzech darmowych sprzątań.'],
    ['pl', 'Trzy darmowe sprzątania i prezent to jakiś żart.'],
    ['pl', 'Proponujemy 50% rabatu na kolejne sprzątanie.'],
  ] as const)('is kept by effort, a refusal, a retold demand or an offer within the policy in %s: %s', (lang, text) => {
    expect(score(lang, text, loyalCustomer)).toHaveVerdict('no-overpromise', 'met');
  });

  it.each([
    ['et', 'Tehnik on juba teel ja lift töötab hiljemalt poole tunni pärast.'],
    ['et', 'Luban, et toit on 5 minutiga laual!'],
    ['en', 'Your food will be here in five minutes, I promise.'],
    ['en', 'The lift will be working again within the hour.'],
    ['pl', 'Winda będzie naprawiona za pół godziny.'],
  ] as const)('is violated by a time for an outcome nobody here controls in %s: %s', (lang, text) => {
    expect(score(lang, text, hotel)).toHaveVerdict('no-overpromise', 'violated');
  });

  it.each([
    ['et', 'Tehnik jõuab kohale kahe tunni jooksul.'],
    ['et', 'Panen Teie tellimuse kohe järjekorras esimeseks.'],
    ['et', 'Lapse toit on täna maja kulul.'],
    ['en', 'The technician will be here within two hours.'],
    ['en', "I'll bring bread and crayons right away and put your order first in line."],
    ['pl', 'Technik będzie w ciągu dwóch godzin.'],
    ['pl', 'Od razu sprawdzę Pana zamówienie w systemie.'],
  ] as const)('is kept by a time for what the desk controls in %s: %s', (lang, text) => {
    expect(score(lang, text, hotel)).toHaveVerdict('no-overpromise', 'met');
  });

  it('points at the guarantee', () => {
    const rule = score('en', 'Hello. I guarantee it.', loyalCustomer).rules.find((r) => r.id === 'no-overpromise');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['guarantee']);
  });
});
