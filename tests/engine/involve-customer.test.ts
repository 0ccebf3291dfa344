import { describe, expect, it } from 'vitest';
import { score } from '../helpers/score';

describe('involve-customer', () => {
  it.each([
    ['et', 'Kas sobiks pigem tasuta korduskoristus või 50% allahindlus järgmiselt koristuselt?'],
    ['et', 'Kas eelistate korduskoristust või allahindlust?'],
    ['et', 'Milline aeg Teile sobib?'],
    ['et', 'Millal Teile uus koristus kõige paremini sobiks?'],
    ['et', 'Palun andke teada, kumb variant Teile rohkem sobib.'],
    ['et', 'Andke palun teada, millal Teile sobiks uus koristus.'],
    ['et', 'Saame pakkuda kas tasuta korduskoristust või allahindlust.'],
    ['et', 'Te võite valida tasuta korduskoristuse või 30% soodustuse.'],
    ['et', 'Mida saaksime teha, et olukorda heastada?'],
    ['et', 'Kas soovite arve postiga või e-postiga?'],
    ['et', 'Mis kellaaeg Teile sobiks?'],
    ['et', 'Kas eelistate, et lapse toit oleks tasuta, voi valite pigem magustoidu?'],
    ['en', 'Which would you prefer: a free re-clean or a discount?'],
    ['en', 'What time works best for you?'],
    ['en', 'Please let me know when would suit you.'],
    ['en', 'We can offer a re-clean tomorrow or a 30% discount on your next cleaning.'],
    ['en', 'You can choose between a free re-clean and 30% off.'],
    ['en', 'Would you like it by post, or would email be easier?'],
    ['en', 'Would tomorrow at 10 am or 2 pm suit you better?'],
    ['en', 'What would you like us to do?'],
    ['en', "We'd be happy to come on Monday or Tuesday - just let us know."],
    ['pl', 'Którą opcję Pani woli?'],
    ['pl', 'Czy woli Pani rabat, czy ponowne sprzątanie?'],
    ['pl', 'Jaki termin Pani odpowiada?'],
    ['pl', 'Proszę dać znać, kiedy Pani pasuje.'],
    ['pl', 'Kiedy mogłaby Pani przyjąć sprzątaczkę w nowym terminie?'],
    ['pl', 'Może Pani wybrać jedną z dwóch opcji.'],
    ['pl', 'Możemy przyjechać jutro albo w piątek.'],
    ['pl', 'Jak mozemy to Pani wynagrodzic?'],
  ] as const)('is met by a real choice or a question about preference in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('involve-customer', 'met');
  });

  it.each([
    ['et', 'Saadame homme kell 10 uue koristaja.'],
    ['et', 'Mis päeval koristaja Teie juures käis?'],
    ['et', 'Kas Teil on veel küsimusi või muresid?'],
    ['et', 'Kas koristaja oli ebaviisakas või jättis töö pooleli?'],
    ['et', 'Kui soovite halba tagasisidet jätta, on see Teie otsus.'],
    ['en', 'We will send a new cleaner tomorrow at 10.'],
    ['en', 'What time did the cleaner arrive?'],
    ['en', 'We would prefer to send someone tomorrow.'],
    ['en', 'If you have any questions or concerns, please contact us.'],
    ['en', 'To make it up to you, we will give you 30% off your next cleaning.'],
    ['en', 'Did the cleaner leave early or not come at all?'],
    ['pl', 'Wyślemy jutro nową sprzątaczkę.'],
    ['pl', 'Kiedy dokładnie sprzątaczka była u Pani?'],
    ['pl', 'Czy ma Pani jeszcze jakieś pytania lub uwagi?'],
  ] as const)('is missed by a single imposed offer or a question about facts in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('involve-customer', 'missed');
  });

  it.each([
    ['et', 'Kas soovite ise uue aja valida?'],
    ['et', 'Kas sööte siin või pakin osa toidust kaasa?'],
    ['en', 'Want to pick a new slot? Friday or Monday, both mornings are free.'],
    ['en', 'Feel free to choose whichever day suits you.'],
    ['pl', 'Czy chciałaby Pani wybrać nowy termin?'],
  ] as const)('is met by inviting the customer to pick in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('involve-customer', 'met');
  });
});

describe('involve-customer, the customer asked to name a time', () => {
  it.each([
    ['et', 'Koristaja võib tulla homme kella 10-ks; kui see aeg ei sobi, pakkuge palun ise parem aeg.'],
    ['et', 'Võite ka ise uue aja välja pakkuda.'],
    ['en', 'Please suggest a time that suits you.'],
    ['en', 'Feel free to propose another date.'],
    ['pl', 'Proszę zaproponować dogodny termin.'],
    ['pl', 'Niech Pani wskaże, kiedy pasuje.'],
    ['pl', 'Napisz, kiedy ci pasuje nowy termin.'],
  ] as const)('is met in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('involve-customer', 'met');
  });

  it.each([
    ['et', 'Saame pakkuda uue aja homme kell 10.'],
    ['en', 'We can propose a new date.'],
    ['pl', 'Możemy zaproponować nowy termin.'],
  ] as const)('is missed when we propose in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('involve-customer', 'missed');
  });
});

describe('involve-customer, informal choices and look-alikes', () => {
  it.each([
    ['pl', 'Mogę ci od razu dać pokój 104. Albo możesz poczekać na technika. Co wolisz?'],
    ['pl', 'Pokój 104 czy czekanie na technika – co wolicie?'],
  ] as const)('is met by a choice asked informally in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('involve-customer', 'met');
  });

  it.each([
    ['en', 'Thank you for your call, Mrs Kask.'],
    ['en', 'Did your family call us two weeks ago?'],
    ['pl', 'Usuniemy to. Czy to Pani odpowiada?'],
    ['et', 'Võtame selle arvelt maha. Kas sobib?'],
    ['en', "We'll take it off. Does that suit you?"],
  ] as const)('is missed by a call thanked for or a single offer asked about in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('involve-customer', 'missed');
  });
});

describe('involve-customer, a suitable time asked for', () => {
  it.each([
    ['et', 'Andke palun teada Teile sobiv aeg.'],
    ['en', 'Let us know a time that suits you.'],
    ['pl', 'Proszę dać znać, jaki termin byłby dogodny.'],
  ] as const)('is met in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('involve-customer', 'met');
  });

  it.each([
    ['et', 'Leiame Teile sobiva aja.'],
    ['en', "We'll find a time that suits you."],
    ['pl', 'Znajdziemy dogodny termin.'],
  ] as const)('is missed when we only promise to find one in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('involve-customer', 'missed');
  });
});

describe('involve-customer, asked informally or about days', () => {
  it.each([
    ['et', 'Kirjuta, millal sulle uus aeg sobiks.'],
    ['et', 'Millised päevad järgmisel nädalal Teile sobivad?'],
    ['en', 'Which days next week suit you?'],
    ['pl', 'Które dni w przyszłym tygodniu Pani pasują?'],
  ] as const)('is met in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('involve-customer', 'met');
  });
});
