import { describe, expect, it } from 'vitest';
import { score } from '../helpers/score';

describe('patience', () => {
  it.each([
    ['et', 'Palun kiirustage, meil on teisi kliente ka.'],
    ['et', 'Rääkige palun kiiremini.'],
    ['et', 'Nagu ma juba ütlesin, arve on õige.'],
    ['et', 'Teie laps segab kõiki.'],
    ['et', 'Palun vaigistage oma laps.'],
    ['et', 'Mul pole terve päev aega.'],
    ['et', 'Jah-jah, ma kuulen.'],
    ['et', 'Ütle kiiresti, mida sa tellisid.'],
    ['en', 'Please hurry, we have other customers.'],
    ['en', 'As I already said, the invoice is correct.'],
    ['en', 'Your child is disturbing everyone.'],
    ['en', "I don't have all day."],
    ['en', 'Could you speed up a bit please?'],
    ['en', 'Please keep your child quiet.'],
    ['en', 'Like I said, the charge stands.'],
    ['pl', 'Proszę się pospieszyć.'],
    ['pl', 'Jak już mówiłam, faktura jest prawidłowa.'],
    ['pl', 'Proszę uciszyć dziecko.'],
    ['pl', 'Dziecko przeszkadza innym gościom.'],
    ['pl', 'Jak juz mowilem, nic nie mozemy zrobic.'],
  ] as const)('is violated by rushing or irritation in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('patience', 'violated');
  });

  it.each([
    ['et', 'Ärge kiirustage, võtke aega.'],
    ['et', 'Pole midagi, rääkige rahulikult.'],
    ['et', 'Mul ei ole kuhugi kiiret.'],
    ['et', 'Toome Teie toidu nii kiiresti kui võimalik.'],
    ['et', 'Mõistan, et laps on näljane ja nutab.'],
    ['en', 'No rush, take your time.'],
    ['en', "There's no need to hurry."],
    ['en', "We'll rush your order to the front of the queue."],
    ['en', 'I already told the kitchen about your order.'],
    ['en', 'Please don’t hurry on my account.'],
    ['pl', 'Proszę się nie spieszyć.'],
    ['pl', 'Nie ma pośpiechu.'],
    ['pl', 'Spieszymy się z Pani zamówieniem.'],
    ['pl', 'Przyniosę kredki, żeby dziecko miało zajęcie.'],
  ] as const)('is kept by patience, whatever words it shares with rushing, in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('patience', 'met');
  });

  it.each([
    ['et', 'No kuulge, kui Te ise ei mäleta, mida tellite, siis mina ei saa ka aidata.'],
    ['et', 'No mis ma teha saan, lõunaajal ongi rahvast palju. Pool tundi pole restoranis mingi aeg.'],
    ['et', 'Toit tuleb siis, kui tuleb.'],
    ['et', 'Ma olen seda Teile juba kaks korda selgitanud.'],
    ['en', "Look, I know you've been waiting. Could you at least try to keep him quiet?"],
    ['en', 'Other guests are trying to eat.'],
    ['en', 'Half an hour is not that long, to be honest.'],
    ['en', "Well, if you can't even remember what you ordered, I can't help you."],
    ['en', "I've told you twice now, it was ordered by phone."],
    ['pl', 'Niech Pani posłucha, pół godziny to nie jest aż tak długo.'],
    ['pl', 'Jeśli Pani sama nie pamięta, co zamawiała, to ja nic nie poradzę.'],
    ['pl', 'Jedzenie będzie, jak będzie.'],
    ['pl', 'Tłumaczę to Pani już trzeci raz.'],
  ] as const)('is violated by dismissing the wait, the customer or their memory in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('patience', 'violated');
  });

  it.each([
    ['et', 'Mõistan, et pool tundi pole lapsega mingi lühike aeg.'],
    ['et', 'Pole hullu, kui Te ei mäleta, vaatame koos järele.'],
    ['en', "I'll look into it right away and we will listen to your feedback."],
    ['en', "Don't worry if you can't remember, we'll check it together."],
    ['en', "Listen, I'm so sorry about the wait."],
    ['pl', 'Rozumiem, to nie potrwa długo, zaraz przyniosę chleb.'],
    ['pl', 'Słuchaj, strasznie przepraszam!'],
  ] as const)('is kept by the same words said kindly in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('patience', 'met');
  });
  it.each([
    ['en', "Madam, please calm down, you're not the only table here."],
    ['en', "Chill, it's coming. I've got five other tables, you know."],
    ['en', 'Could you speed up a bit, please?'],
    ['en', 'You do speak slowly, madam.'],
    ['en', "The food will come when it's ready."],
    ['et', 'Mul on teisi kõnesid ka ootamas.'],
    ['et', 'Te peaksite oma last natuke rahustama.'],
    ['pl', 'Mam innych klientów, proszę szybciej.'],
  ] as const)('is violated by pointing to other customers or at the pace of the customer in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('patience', 'violated');
  });

  it.each([
    ['en', 'We have other tables free by the window if you would like to move.'],
    ['en', 'Please take your time, there is no rush.'],
  ] as const)('is kept when other tables are offered, not used to hurry in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('patience', 'met');
  });
});

describe('patience, the food comes when it comes', () => {
  it.each([
    ['et', 'Toit tuleb siis, kui valmis saab.'],
    ['en', 'The food will come when it is ready.'],
    ['pl', 'Jedzenie będzie, jak będzie gotowe.'],
    ['en', 'Could you calm him down?'],
  ] as const)('is violated by a shrug at the wait or a request to quiet the child in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('patience', 'violated');
  });

  it.each([
    ['et', 'Toon toidu kohe, kui see valmis saab.'],
    ['en', "I'll come back to you when it's ready."],
    ['en', "I'll bring some crayons to help calm your little one."],
    ['pl', 'Przyniosę jedzenie, jak tylko będzie gotowe.'],
    ['pl', 'Jedzenie będzie u Państwa, jak tylko będzie gotowe.'],
  ] as const)('is kept by a promise to bring it as soon as it is ready in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('patience', 'met');
  });
});

describe('patience, rushing the call, the customer\'s volume and rules for the child', () => {
  it.each([
    ['en', "Okay, Mrs Kask, let's try to keep this quick, I've got a queue of calls."],
    ['en', 'Please calm down, madam, shouting won\'t make the food come any faster.'],
    ['en', "Everyone is looking because you're talking so loudly."],
    ['en', 'Children should stay at the table, not run around.'],
    ['et', 'Teeme selle kiiresti, mul on kõnede järjekord.'],
    ['et', 'Karjumine ei too toitu kiiremini.'],
    ['et', 'Kõik vaatavad just sellepärast, et Te nii valjult räägite.'],
    ['et', 'Palun vaadake, et laps natuke vaiksem oleks.'],
    ['et', 'Lapsed peaksid ikka laua taga istuma, mitte ringi jooksma.'],
    ['et', 'Toit tuleb siis, kui köök selle valmis saab.'],
    ['pl', 'Załatwmy to szybko, mam kolejkę telefonów.'],
    ['pl', 'Proszę się uspokoić, krzykiem nic Pani nie przyspieszy.'],
    ['pl', 'Wszyscy patrzą, bo Pani tak głośno mówi.'],
    ['pl', 'Dzieci powinny siedzieć przy stole, a nie biegać.'],
    ['en', "Well, it's lunchtime – half an hour isn't unusual here."],
    ['et', 'Lõuna ajal pool tundi ootamist pole midagi erakordset.'],
    ['pl', 'W porze lunchu pół godziny czekania to nic nadzwyczajnego.'],
  ] as const)('is violated in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('patience', 'violated');
  });

  it.each([
    ['en', "I'll keep it short: your refund is on its way."],
    ['en', "We'll make sure the children's menu is ready."],
    ['en', 'I can hear you are very upset.'],
    ['et', 'Toon toidu kohe, kui köök selle valmis saab.'],
    ['et', 'Lapsed võivad laua taga joonistada, toome pliiatsid.'],
    ['et', 'Teeme selle korda veel täna.'],
    ['pl', 'Załatwimy to szybko, jeszcze dziś.'],
    ['pl', 'Dziecko może usiąść, gdzie chce.'],
    ['pl', 'Dzieci na pewno są głodne, zaraz przyniosę chleb.'],
    ['en', 'Half an hour is far too long, I am so sorry.'],
    ['et', 'Pool tundi on liiga pikk ootamine, vabandame.'],
    ['pl', 'Pół godziny czekania to za długo, przepraszamy.'],
  ] as const)('is kept in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('patience', 'met');
  });
});

describe('patience, rushing a call and sending the child out', () => {
  it.each([
    ['en', 'OK, quickly then – did you order it or not?'],
    ['en', 'Just a yes or a no is fine.'],
    ['en', 'The clock is ticking, so which one?'],
    ['pl', 'Dobrze, to szybciutko, bo czas leci.'],
    ['pl', 'Tak albo nie?'],
    ['pl', 'Wystarczy tak lub nie.'],
    ['et', 'Teeme kiiresti, aeg jookseb.'],
    ['et', 'Vastake lihtsalt jah või ei.'],
    ['et', 'Aga kas saaksite palun last natuke vaigistada, teised kliendid on juba kurtnud.'],
    ['et', 'Kas saaksite lapsega korraks õue minna?'],
    ['en', 'Could you take him outside for a minute? He is quite loud.'],
    ['en', "She's very noisy."],
    ['pl', 'Czy mogłaby Pani uciszyć dziecko?'],
    ['pl', 'Może wyjdzie Pan z nim na chwilę?'],
  ] as const)('is violated in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('patience', 'violated');
  });

  it.each([
    ['en', "I'll fix it quickly, then call you back."],
    ['en', 'Please take your time, there is no hurry.'],
    ['en', 'He must be so hungry, bread is coming.'],
    ['pl', 'Naprawimy to szybko, jeszcze dziś.'],
    ['pl', 'Synek na pewno jest głodny, zaraz przyniosę pieczywo.'],
    ['et', 'Toome uue portsjoni kiiresti lauale.'],
    ['et', 'Poiss on kindlasti näljane, toon kohe leiba.'],
    ['et', 'Ärge muretsege, lapsed võivad olla ka lärmakad, see on täiesti normaalne.'],
  ] as const)('is kept in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('patience', 'met');
  });
});
