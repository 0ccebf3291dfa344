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

// Mari's policy names its limit: up to 30% off the next cleaning.
const upTo30 = makeScenario({
  rules: ['no-overpromise'],
  ruleData: { et: { maxDiscountPercent: 30 }, en: { maxDiscountPercent: 30 }, pl: { maxDiscountPercent: 30 } },
});

// A policy's forbidden offers, with their words further apart than a pack phrase's.
const familyPolicy = makeScenario({
  rules: ['no-overpromise'],
  ruleData: {
    et: { forbiddenOffers: ['kogu|terve söök*|toit*|tellimus*|arve*|lõuna* tasuta|majapoolt', 'tagastame|hüvitame raha|summa|koristuse*', 'ei_pea|peaks koristus*|kuu'] },
    en: { forbiddenOffers: ['whole|entire meal*|bill|lunch free|complimentary'] },
    pl: { forbiddenOffers: ['cał* posił*|rachun*|obiad* na_koszt', 'następn*|kolejn* sprząt* gratis|darmo|bezpłatn*', 'następn*|kolejn* sprząt* za_darmo'] },
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

  it.each([
    ['et', 'Anname järgmiselt koristuselt 40% allahindlust.'],
    ['et', 'Järgmine koristus on poole hinnaga.'],
    ['et', 'Pakume 40-protsendilist soodustust.'],
    ['en', "We'll give you 40% off your next cleaning."],
    ['en', 'Your next cleaning will be half price.'],
    ['pl', 'Damy Pani 40% zniżki na następne sprzątanie.'],
    ['pl', 'Następne sprzątanie będzie za pół ceny.'],
  ] as const)("is violated by a discount above the scenario's named limit in %s: %s", (lang, text) => {
    expect(score(lang, text, upTo30)).toHaveVerdict('no-overpromise', 'violated');
  });

  it.each([
    ['et', 'Anname järgmiselt koristuselt 30% allahindlust.'],
    ['en', "We'll give you 30% off your next cleaning."],
    ['pl', 'Damy Pani 30% zniżki na następne sprzątanie.'],
    ['pl', 'Mamy 24 godziny na sprzątanie i 100 lat tradycji.'],
  ] as const)('is kept by a discount within the limit in %s: %s', (lang, text) => {
    expect(score(lang, text, upTo30)).toHaveVerdict('no-overpromise', 'met');
  });

  it.each([
    ['et', 'Kogu Teie tänane arve on tasuta.'],
    ['et', 'Tagastame Teile igal juhul kogu koristuse eest makstud summa.'],
    ['et', 'Lisaks ei pea Te selle kuu koristuse eest üldse maksma.'],
    ['en', 'The whole of your lunch today is complimentary.'],
    ['pl', 'Cały dzisiejszy rachunek jest na koszt restauracji.'],
    ['pl', 'Następne sprzątanie ma Pani u nas całkiem za darmo.'],
  ] as const)('is violated by a forbidden offer whose words stand apart in %s: %s', (lang, text) => {
    expect(score(lang, text, familyPolicy)).toHaveVerdict('no-overpromise', 'violated');
  });

  it.each([
    ['et', 'Kolme tasuta koristust ja kingitust ma kahjuks lubada ei saa.'],
    ['en', 'We cannot give three free cleanings or a gift.'],
    ['pl', 'Trzech darmowych sprzątań ani prezentu niestety nie mogę zaproponować.'],
    ['et', 'Kolm tasuta koristust on rohkem, kui me pakkuda saame.'],
    ['en', "I'm afraid three free cleanings and a gift are more than I'm able to offer."],
    ['pl', 'Trzy darmowe sprzątania to więcej, niż możemy zaproponować.'],
  ] as const)('is kept when one refusal covers a list of forbidden offers in %s: %s', (lang, text) => {
    expect(score(lang, text, loyalCustomer)).toHaveVerdict('no-overpromise', 'met');
  });

  it.each([
    ['et', 'See oli viimane kord, kui midagi sellist juhtus.'],
    ['en', 'I can assure you this is the last time it happens.'],
    ['pl', 'To był ostatni raz, obiecuję.'],
  ] as const)('is violated by promising it was the last time in %s: %s', (lang, text) => {
    expect(score(lang, text, loyalCustomer)).toHaveVerdict('no-overpromise', 'violated');
  });

  it.each([
    ['et', 'Toit on viie minuti pärast laual.'],
    ['en', 'Unfortunately nothing can arrive tomorrow.'],
    ['pl', 'Windę naprawimy w ciągu kwadransa.'],
    ['pl', 'Jedzenie będzie za dwie minuty, obiecuję.'],
  ] as const)('is judged on the outcome promised, in any word order, in %s: %s', (lang, text) => {
    const expected = lang === 'en' ? 'met' : 'violated';
    expect(score(lang, text, hotel)).toHaveVerdict('no-overpromise', expected);
  });
});

describe('no-overpromise, a repair time for the lift', () => {
  it.each([
    ['et', 'Lift on tunni aja pärast jälle korras, tehnik on juba teel.'],
    ['et', 'Lift saab kahe tunni jooksul korda.'],
    ['en', 'The lift will be fixed by tomorrow.'],
    ['en', 'The lift will be working again in an hour.'],
    ['pl', 'Winda będzie naprawiona do jutra.'],
  ] as const)('is violated in %s: %s', (lang, text) => {
    expect(score(lang, text, hotel)).toHaveVerdict('no-overpromise', 'violated');
  });

  it.each([
    ['et', 'Tehnik jõuab kahe tunni jooksul.'],
    ['en', 'The technician will be here within two hours.'],
    ['pl', 'Technik będzie w ciągu dwóch godzin.'],
  ] as const)('is kept by the technician\'s time in %s: %s', (lang, text) => {
    expect(score(lang, text, hotel)).toHaveVerdict('no-overpromise', 'met');
  });
});

describe('no-overpromise, both of two alternatives and never again', () => {
  it.each([
    ['et', 'Lapse toit ja magustoit on täna mõlemad maja poolt.'],
    ['et', 'Lastetoit ja magustoit on meie poolt.'],
    ['en', "The kids' meal and the dessert are both on the house tonight."],
    ['en', "The children's meal and dessert are free today."],
    ['pl', 'Danie dla dziecka i deser są dziś gratis.'],
    ['pl', 'Deser i danie dla dziecka są na nasz koszt.'],
  ] as const)('is violated by giving both in %s: %s', (lang, text) => {
    expect(score(lang, text, hotel)).toHaveVerdict('no-overpromise', 'violated');
  });

  it.each([
    ['et', 'Lapse toit on tasuta või kui soovite, magustoit.'],
    ['en', "The children's meal is free, or if you prefer, a dessert."],
    ['en', "I'll bring the children's meal and dessert first."],
    ['pl', 'Danie dla dziecka jest gratis albo, jeśli Pani woli, deser.'],
  ] as const)('is kept by one of them, or both brought first, in %s: %s', (lang, text) => {
    expect(score(lang, text, hotel)).toHaveVerdict('no-overpromise', 'met');
  });

  it.each([
    ['en', 'I can promise you nothing like this will happen again.'],
    ['en', 'I promise nothing like this will ever happen again.'],
    ['pl', 'Nic takiego się już nie powtórzy.'],
    ['et', 'Midagi sellist enam ette ei tule.'],
  ] as const)('is violated by a never-again in a negative pronoun in %s: %s', (lang, text) => {
    expect(score(lang, text, hotel)).toHaveVerdict('no-overpromise', 'violated');
  });
});
