import { describe, expect, it } from 'vitest';
import { score } from '../helpers/score';

describe('formal-address', () => {
  it.each([
    ['et', 'Tere Mari! Aitäh, et kirjutasid meile.'],
    ['et', 'Kas oled rahul?'],
    ['et', 'Saad uue koristuse tasuta.'],
    ['et', 'Vabandame, sinuga käituti halvasti.'],
    ['et', 'Kas sa saaksid meile kirjutada, mis juhtus?'],
    ['et', 'Sul on täiesti õigus.'],
    ['et', 'Ära muretse, teeme korda.'],
    ['et', 'Anna teada, mis sulle sobib.'],
    ['et', 'Tere kullake, kohe aitame.'],
    ['et', 'Ärge muretsege, kallis.'],
    ['et', 'Hei! Vabandust.'],
    ['et', 'Kas soovid uut aega?'],
    ['et', 'Vabandame 😊'],
    ['et', 'Kas tead, millal koristaja tuli?'],
    ['en', 'Hey Kaie, sorry about that.'],
    ['en', 'No worries mate, we will fix it.'],
    ['en', 'Thanks, love.'],
    ['en', 'Hello love, how can I help?'],
    ['en', 'Sorry hun, the kitchen lost your order.'],
    ['en', 'The lift is broken lol.'],
    ['en', 'We are so sorry :)'],
    ['en', 'Oh no, so sorry! 😅'],
    ['en', 'Dude, calm down.'],
    ['pl', 'Czy możesz podać datę sprzątania?'],
    ['pl', 'Masz rację, przepraszam.'],
    ['pl', 'Twoje zamówienie jest już gotowe.'],
    ['pl', 'Dziękuję ci za wiadomość.'],
    ['pl', 'Czy zrobiłaś zdjęcie?'],
    ['pl', 'Czesc, przepraszamy za klopot.'],
    ['pl', 'Nie martw się, zaraz to naprawimy.'],
    ['pl', 'Czekasz już długo, wiem.'],
    ['pl', 'Kochana, zaraz wszystko wyjaśnimy.'],
    ['pl', 'Czy możecie chwilę poczekać?'],
    ['et', 'Mõistan, et ootasid kaua.'],
  ] as const)('is violated by informal address in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('formal-address', 'violated');
  });

  it.each([
    ['et', 'Tere! Tänan Teid kirja eest. Teie arved on korras.'],
    ['et', 'Kas Teie koristused ja arved on korras?'],
    ['et', 'Kallis Kaie, vabandame.'],
    ['et', 'Toome lapsele leiba ja võid.'],
    ['et', 'Me jätame tänase arve ära.'],
    ['et', 'Teie laps on vali, toome talle kohe värvipliiatsid.'],
    ['et', 'Pidite külalised ära saatma, mis on väga kahju.'],
    ['et', 'Teie külalised olid juba tulemas.'],
    ['et', 'TEIE rahulolu on meile oluline.'],
    ['et', 'Koristajad jätsid töö pooleli.'],
    ['en', 'Dear Ms Kaunis, we would love to help.'],
    ['en', 'We are very sorry. Kind regards, Anna'],
    ['en', 'Hello Mrs Kask, take your time.'],
    ['en', 'We have an invalid invoice number in our system.'],
    ['pl', 'Dzień dobry Pani, przepraszamy.'],
    ['pl', 'Czy może Pani podać datę?'],
    ['pl', 'Ci pracownicy zostaną przeszkoleni.'],
    ['pl', 'Nasz pracownik przyjedzie jutro.'],
    ['pl', 'Z poważaniem, Tomasz Lewandowski'],
    ['pl', 'Do widzenia, Łukasz.'],
    ['pl', 'Droga Pani Ewo, bardzo przepraszamy.'],
    ['pl', 'Przepraszamy, że Państwo tak długo czekali.'],
    ['pl', 'W tym temacie całkowicie się zgadzamy.'],
    ['et', 'Teie külalised ootasid juba ukse taga.'],
    ['et', 'Nad tellisid koristuse eile.'],
  ] as const)('is kept by a professional address in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('formal-address', 'met');
  });

  it('points at the informal words', () => {
    const rule = score('et', 'Tere! Aitäh, et kirjutasid. Kas oled rahul?').rules.find((r) => r.id === 'formal-address');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['kirjutasid', 'oled']);
  });

  it.each([
    ['et', 'Loodan, et jääd rahule.'],
    ['et', 'Võta heaks!'],
    ['et', 'Mõistan, et olid pahane.'],
    ['pl', 'Cześć Ewa, przepraszamy!'],
    ['pl', 'Czesc Ewa, przepraszamy!'],
  ] as const)('is violated by informal forms read in their context in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('formal-address', 'violated');
  });

  it.each([
    ['et', 'Mõistan, et Teil olid täna külalised tulemas.'],
    ['et', 'Nii meie praktikandi käitumine kui ka töö kvaliteet jäid kaugele alla ootuste.'],
    ['et', 'Me ei oota Teilt midagi ja arvet ei tule.'],
    ['et', 'Me ei võta selle eest tasu.'],
    ['et', 'Teie laps on vali, toome talle kohe värvipliiatsid.'],
    ['pl', 'Część kosztów zwrócimy.'],
  ] as const)('is kept where an informal-looking form is another person or another word in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('formal-address', 'met');
  });
});

describe('formal-address, look-alikes', () => {
  it.each([
    ['et', 'Kodulehel on kirjas, et koik on ligipaasetav, aga tana ootasid Teid katkine lift ja trepp.'],
    ['en', 'Hi Mari, cheers for letting us know.'],
    ['en', 'Thank you for letting us know.\n\nCheers,\nKarl'],
  ] as const)('is kept in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('formal-address', 'met');
  });

  it.each([
    ['et', 'Kas ootasid kaua?'],
    ['et', 'Tean, et ootasid kaua.'],
    ['en', 'Hey guys, so sorry about that!'],
  ] as const)('is violated in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('formal-address', 'violated');
  });
});
