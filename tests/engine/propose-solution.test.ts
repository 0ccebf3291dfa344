import { describe, expect, it } from 'vitest';
import { score } from '../helpers/score';
import { makeScenario } from '../helpers/scenario-builder';

describe('propose-solution', () => {
  it.each([
    ['et', 'Pakume Teile tasuta korduskoristust.'],
    ['et', 'Saadame kogenud koristaja, kes koristab kõik uuesti üle.'],
    ['et', 'Tühistame tänase arve.'],
    ['et', 'Te ei pea tänase teenuse eest maksma.'],
    ['et', 'Arvet Teile ei esitata.'],
    ['et', 'Järgmiselt koristuselt saate 30% allahindlust.'],
    ['et', 'Kas sobiks, kui leiame Teile uue aja?'],
    ['et', 'Toon lapsele kohe leiba ja värvipliiatsid.'],
    ['et', 'Paigutame Teid ümber esimese korruse tuppa 104.'],
    ['et', 'Tasuta koristust me pakkuda ei saa, küll aga 50% allahindlust.'],
    ['et', 'Võtan akende pesu arvelt maha ja saadan parandatud arve.'],
    ['et', 'Pakume tasuta korduskoristust ilma lisatasuta.'],
    ['et', 'Parandame puudused juba homme.'],
    ['en', "We'd like to offer you a free re-clean tomorrow."],
    ['en', "You won't be charged for today's visit."],
    ['en', 'We can re-clean at no extra cost.'],
    ['en', 'Would you like us to send an experienced cleaner?'],
    ['en', "I'll remove the charge and post you a corrected invoice."],
    ['en', 'We can give you 30% off your next cleaning.'],
    ['en', "I'll bring some bread and crayons for your little one."],
    ['en', 'We can move you to room 104 on the ground floor.'],
    ['en', 'Let me find you a new time that suits you.'],
    ['pl', 'Proponujemy bezpłatne ponowne sprzątanie.'],
    ['pl', 'Anulujemy fakturę za dzisiejszą usługę.'],
    ['pl', 'Faktura za dzisiejszą usługę nie zostanie wystawiona.'],
    ['pl', 'Faktury nie wystawimy.'],
    ['pl', 'Nie musi Pani nic płacić.'],
    ['pl', 'Możemy zaproponować nowy termin z rabatem 20%.'],
    ['pl', 'Zaraz przyniosę pieczywo i kredki dla dziecka.'],
    ['pl', 'Przeniesiemy Pana do pokoju 104 na parterze.'],
    ['pl', 'Usuniemy tę pozycję z faktury i wyślemy poprawioną fakturę.'],
  ] as const)('is met by a concrete remedy in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('propose-solution', 'met');
  });

  it.each([
    ['et', 'Uurime asja.'],
    ['et', 'Vaatame selle üle ja anname teada.'],
    ['et', 'Me ei saa kahjuks pakkuda allahindlust.'],
    ['et', 'Mõistan, et soovite kolme tasuta koristust.'],
    ['et', 'Allahindlust me kahjuks pakkuda ei saa.'],
    ['et', 'Võite oodata fuajees, kuni tehnik tuleb.'],
    ['et', 'Arvestame Teie tagasisidega edaspidi.'],
    ['en', 'We will look into it.'],
    ['en', 'We cannot offer a discount.'],
    ['en', 'We are unable to offer a refund.'],
    ['en', 'I understand you want three free cleanings.'],
    ['en', 'Feel free to contact us if you have any questions.'],
    ['en', 'We could have offered you a discount if you had called.'],
    ['en', 'You can wait in the lobby until the technician arrives.'],
    ['pl', 'Zajmiemy się sprawą.'],
    ['pl', 'Niestety nie możemy zaoferować rabatu.'],
    ['pl', 'Dziękujemy za informację zwrotną.'],
    ['pl', 'Sprawą zajmiemy się w najbliższym możliwym terminie.'],
    ['pl', 'Trzy darmowe sprzątania to jakiś żart.'],
  ] as const)('is missed without a remedy really offered in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('propose-solution', 'missed');
  });

  it.each([
    ['et', 'Kolme tasuta koristust ja kingitust ma kahjuks lubada ei saa.'],
    ['en', 'We cannot give three free cleanings or a gift.'],
    ['pl', 'Trzech darmowych sprzątań ani prezentu niestety nie mogę zaproponować.'],
  ] as const)('is missed when one refusal covers a whole list of offers in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('propose-solution', 'missed');
  });

  it.each([
    ['et', 'Saadame uue koristaja ja Te ei pea selle eest midagi maksma.'],
    ['en', 'We will send a new cleaner tomorrow and you will not pay for it.'],
    ['pl', 'Przyślemy nową sprzątaczkę, a Pani nie zapłaci za to nic.'],
  ] as const)("keeps a remedy when the customer's own clause after it is negated in %s: %s", (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('propose-solution', 'met');
  });

  it.each([
    ['et', 'Uurime, kas saaksime Teile pakkuda uue aja.'],
    ['en', "I'll see what I can do about another room and let you know as soon as possible."],
    ['en', "I'll see if another room is available."],
    ['pl', 'Sprawdzę, czy możemy zaproponować nowy termin.'],
  ] as const)('is missed when a remedy is only looked into in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('propose-solution', 'missed');
  });

  it.each([
    ['et', 'Ma vaatan kohe köögist järele, mis Teie tellimusega juhtus, ja toon vahepeal lapsele saiakest.'],
    ['en', "I'll find out what happened to your order and bring some bread for your son meanwhile."],
  ] as const)('keeps a remedy in a clause of its own after looking into what happened in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('propose-solution', 'met');
  });

  it.each([
    ['et', 'Saadame koristaja homme kell 11 uuesti.'],
    ['et', 'Palun öelge, mida tellisite, siis panen selle uuesti sisse.'],
    ['et', 'Tänast arvet me loomulikult ei esita.'],
    ['en', 'Can you tell me what you ordered so I can put it through again?'],
    ['en', "I'll remove the 35 euros straight away."],
    ['en', "Today's invoice will not be issued."],
    ['en', 'One of our team will come back tomorrow to put things right.'],
    ['en', 'We can book you in for Thursday instead.'],
    ['pl', 'Możemy najwyżej przysłać kogoś jeszcze raz.'],
    ['pl', 'Złożę zamówienie jeszcze raz i przekażę je od razu do kuchni.'],
    ['pl', 'Fakturę już skasowałam, a następne sprzątanie ma Pani za darmo.'],
  ] as const)('is met by a remedy in its everyday wording in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('propose-solution', 'met');
  });

  it("does not count the customer's demand quoted back in a question", () => {
    const scenario = makeScenario({ rules: ['propose-solution'], ruleData: { en: { solutions: ['three|3 free cleanings'], forbiddenOffers: ['three|3 free'] } } });
    expect(score('en', 'Three free cleanings and a gift?? Seriously?', scenario)).toHaveVerdict('propose-solution', 'missed');
    expect(score('en', 'Would you like three free cleanings?', scenario)).toHaveVerdict('propose-solution', 'met');
  });

  it('does not count an experienced cleaner named only in a comparison', () => {
    expect(score('pl', 'Nie można od niej wymagać tyle, co od doświadczonej osoby.')).toHaveVerdict('propose-solution', 'missed');
    expect(score('pl', 'Przyślemy doświadczoną sprzątaczkę.')).toHaveVerdict('propose-solution', 'met');
  });

  it("counts the scenario's own solutions, even one worded with its own negation", () => {
    const scenario = makeScenario({
      rules: ['propose-solution'],
      ruleData: {
        et: { solutions: ['lisatun*'] },
        pl: { solutions: ['faktur*|rachun* nie zostanie|będzie wystawion*'] },
      },
    });
    expect(score('et', 'Pakume Teile lisatunni koristust.', scenario)).toHaveVerdict('propose-solution', 'met');
    expect(score('pl', 'Faktura nie zostanie wystawiona.', scenario)).toHaveVerdict('propose-solution', 'met');
  });

  it('points at the remedy', () => {
    const rule = score('en', 'Hello. We can re-clean your home tomorrow.').rules.find((r) => r.id === 'propose-solution');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['re-clean']);
  });
});

describe('propose-solution, conditional, passive and curt remedies', () => {
  it.each([
    ['en', "If it wasn't you, I can remove it."],
    ['en', 'The invoice for today\'s cleaning will be cancelled.'],
    ['en', 'There will be no invoice for today.'],
    ['et', 'Kui Te seda ei tellinud, võtan selle maha.'],
    ['et', 'Ok, arvet ei tee.'],
    ['et', 'Tänase koristuse arve tühistatakse.'],
    ['et', 'Võtan selle 35 eurot kohe maha, pole probleemi.'],
    ['et', 'Akende pesu võtame arvelt maha ja lisaks ei pea Te järgmise kuu eest maksma.'],
    ['pl', 'Jeśli Pani tego nie zamawiała, usunę to.'],
    ['pl', 'Faktura za dzisiejsze sprzątanie zostanie anulowana.'],
    ['pl', 'Jak nie, to skreślę te 35 euro.'],
  ] as const)('is met in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('propose-solution', 'met');
  });
});

describe('propose-solution, waiting and describing are no remedy', () => {
  it.each([
    ['et', 'Lift läks katki täna hommikul. Ootame tehnikut.'],
    ['en', "We're waiting for the technician."],
    ['pl', 'Czekamy na technika.'],
    ['pl', 'Pokoje dla inwalidów mamy zwykle na parterze, ale teraz wszystkie są zajęte.'],
    ['et', 'Ligipääsetavad toad on tavaliselt esimesel korrusel.'],
    ['en', 'Accessible rooms are usually on the ground floor.'],
  ] as const)('is missed in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('propose-solution', 'missed');
  });

  it.each([
    ['et', 'Helistan kohe tehnikule.'],
    ['en', "I'm calling the technician now."],
    ['pl', 'Mogę Pana od razu przenieść na parter, do pokoju 104.'],
  ] as const)('is met by calling the technician or moving the guest in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('propose-solution', 'met');
  });
});

describe('propose-solution, no charge', () => {
  it.each([
    ['en', 'No charge for today, of course.'],
    ['et', 'Tänase eest arvet ei tule.'],
    ['pl', 'Faktury za dziś nie będzie.'],
  ] as const)('is met in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('propose-solution', 'met');
  });
});

describe('propose-solution, further remedies and a remedy that should have been', () => {
  it.each([
    ['en', 'Your next three cleanings will be completely free.'],
    ['en', 'A cleaner will come back tomorrow at 10 am to redo the job at no cost.'],
    ['en', 'We could carry the wheelchair up the stairs.'],
    ['et', 'Meil on ka alumisel korrusel tuba, kui see Teile sobib.'],
    ['pl', 'Pomożemy z wózkiem na schodach.'],
  ] as const)('is met in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('propose-solution', 'met');
  });

  it.each([
    ['et', 'Kui Te oleksite tellinud lastemenüüst, oleks toit ammu laual.'],
    ['en', "If you had ordered from the children's menu, the food would be here by now."],
    ['pl', 'Gdyby Pani zamówiła z menu dla dzieci, jedzenie już by było.'],
  ] as const)('is missed by what the customer should have ordered in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('propose-solution', 'missed');
  });
});
