import { describe, expect, it } from 'vitest';
import { score } from '../helpers/score';
import { makeScenario } from '../helpers/scenario-builder';

const scenario = makeScenario({ rules: ['no-blame', 'apologise'] });
const judge = (lang: 'et' | 'en' | 'pl', text: string) => score(lang, text, scenario);

describe('no-blame', () => {
  it.each([
    ['et', 'Vabandame, et koristaja käitus ebaviisakalt.'],
    ['et', 'See ei ole kindlasti Teie süü.'],
    ['et', 'Teid oleks pidanud teavitama, et koristaja ei tule.'],
    ['et', 'Te oleksite pidanud meilt teate saama.'],
    ['et', 'Kuigi Teid teavitati, et tuleb praktikant, ei õigusta see sellist käitumist.'],
    ['et', 'Kas Te tellisite akende pesu ise?'],
    ['et', 'Vabandame, kui Teile tundus, et koristaja oli ebaviisakas.'],
    ['en', 'We are sorry our cleaner was rude.'],
    ["en", "It is not your fault at all."],
    ['en', 'You should have been informed that the cleaner was ill.'],
    ['en', 'You could have a free re-clean tomorrow.'],
    ['en', 'Being a trainee is no excuse; you were told a new employee was coming, but that does not justify rudeness.'],
    ['en', 'Sorry if you felt offended.'],
    ['pl', 'Przepraszamy za zachowanie sprzątaczki.'],
    ['pl', 'To absolutnie nie jest Pani wina.'],
    ['pl', 'Powinna Pani była otrzymać od nas wiadomość.'],
    ['pl', 'Nie została Pani poinformowana, za co przepraszamy.'],
  ] as const)('is kept when nothing blames the customer in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'met');
  });

  it.each([
    ['et', 'Te oleksite pidanud meile kohe helistama.'],
    ['et', 'See on Teie enda süü.'],
    ['et', 'See ei vasta tõele.'],
    ['et', 'Teid teavitati ette, et tuleb praktikant.'],
    ['et', 'Te ise tellisite selle teenuse.'],
    ['et', 'Miks Te kohe ei helistanud?'],
    ['et', 'Kui Te oleksite varem teada andnud, oleksime saanud midagi teha.'],
    ['et', 'Te peate aru saama, et praktikant alles õpib.'],
    ['et', 'See pole meie süü.'],
    ['et', 'te oleksite pidanud meile helistama'],
    ['en', 'You should have called us straight away.'],
    ['en', 'That is your own fault.'],
    ['en', 'That is not true.'],
    ['en', 'You were told a trainee was coming.'],
    ['en', 'Why didn’t you call us?'],
    ['en', 'If you had told us earlier, we could have helped.'],
    ['en', 'It is not our fault that the cleaner was ill.'],
    ['en', 'You are exaggerating.'],
    ['pl', 'Powinna Pani była zadzwonić od razu.'],
    ['pl', 'To Pani wina.'],
    ['pl', 'To nieprawda.'],
    ['pl', 'Została Pani poinformowana o praktykancie.'],
    ['pl', 'Sama Pani zamówiła tę usługę.'],
    ['pl', 'Dlaczego Pani nie zadzwoniła od razu?'],
    ['pl', 'To nie nasza wina.'],
    ['pl', 'Pani przesadza.'],
  ] as const)('is violated by blame, reproach or contradiction in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'violated');
  });

  it('leaves a conditional apology to apologise', () => {
    const report = judge('en', 'We apologise if you felt that the cleaner was rude.');
    expect(report).toHaveVerdict('no-blame', 'met');
    expect(report).toHaveVerdict('apologise', 'violated');
  });

  it('points at the blaming sentence', () => {
    const rule = judge('en', 'Hello. You should have read the terms. We will call you.').rules.find((r) => r.id === 'no-blame');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['You should have read the terms.']);
  });
});

describe('no-blame, arguing in other words', () => {
  it.each([
    ['et', 'Kas koristaja tõesti ei tulnud?'],
    ['et', 'Meie kliendid on väga rahul, nii et sellega me nõus ei ole.'],
    ['et', 'Sellise kirja eest me küll tänama ei hakka.'],
    ['et', 'Koristaja sõnul oli korter enne koristust väga räämas.'],
    ['et', 'Teie laps segab teisi külalisi.'],
    ['et', 'Kõik ootavad, mitte ainult Teie.'],
    ['et', 'Akende pesu on süsteemis, järelikult keegi selle tellis. Arve jääb nii.'],
    ['en', 'Are you sure the cleaner did not come?'],
    ['en', 'Our customers are very satisfied, so we do not accept that statement.'],
    ['en', "Sorry, but you can't expect three free cleanings."],
    ['en', 'Your child is disturbing the other guests.'],
    ['en', 'Your flat was in a terrible state before she even started.'],
    ['en', 'You must have forgotten. The charge stands.'],
    ['pl', 'Czy sprzątaczka naprawdę nie przyszła?'],
    ['pl', 'Mogła Pani do nas zadzwonić rano.'],
    ['pl', 'Dziecko przeszkadza innym gościom.'],
    ['pl', 'Zamówiła Pani mycie okien, więc faktura jest prawidłowa.'],
    ['pl', 'Za takie szantaże nie będziemy dziękować.'],
  ] as const)('is violated by doubting, arguing or a reproach in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'violated');
  });

  it.each([
    ['et', 'Nikt ei teavitanud Teid, see on meie viga.'],
    ['et', 'Mõistan, kui pettunud Te olete, valisite ju meid just selle pärast.'],
    ['en', "I'm sorry, you were promised an accessible hotel and that's what you should have."],
    ['en', 'As I already said, the window washing was added by phone.'],
    ['pl', 'Zachorowała rano, a nikt Pani o tym nie poinformował – to nasz błąd.'],
    ['pl', 'Na razie nie mamy za co przepraszać, bo nie wiemy, o co chodzi.'],
  ] as const)('is kept by owning the fault, agreeing or only repeating oneself in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'met');
  });
});

describe('no-blame, excuses that put the failure on the customer', () => {
  it.each([
    ['et', 'Tema sõnul oli korteris nii palju asju laiali, et ta ei saanudki kõike korralikult teha.'],
    ['en', 'Our cleaner reported a lot of clutter in the flat, so not everything could be done.'],
    ['pl', 'Mieszkanie było bardzo zagracone i nie dało się wszystkiego zrobić.'],
    ['et', 'Meie andmetel käis koristaja kohal, aga kedagi ei olnud kodus.'],
    ['en', 'Our cleaner did arrive, but nobody answered the door.'],
    ['pl', 'Pracownica była na miejscu, ale nikt nie otworzył drzwi.'],
    ['et', 'Järgmine kord palun koristage asjad enne ära.'],
    ['en', 'Next time, please clear the surfaces before we arrive.'],
    ['pl', 'Następnym razem proszę uprzątnąć rzeczy przed wizytą.'],
    ['et', 'Kui oleksite pikema koristuse tellinud, oleks tulemus parem.'],
    ['en', 'If you had booked a longer cleaning, the result would have been better.'],
    ['pl', 'Gdyby zamówiła Pani dłuższe sprzątanie, efekt byłby lepszy.'],
  ] as const)('is violated by blaming the customer’s home, absence or choices in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'violated');
  });

  it.each([
    ['et', 'Meie koristaja kinnitas, et tegi kõik tööd vastavalt tellimusele.'],
    ['en', 'Our cleaner confirmed that she did everything as ordered.'],
    ['pl', 'Nasza pracownica zapewnia, że wykonała wszystko zgodnie z zamówieniem.'],
    ['et', 'Akende pesu on arvel õigesti.'],
    ['en', 'The window washing was ordered by phone, so it is a valid charge.'],
    ['pl', 'Mycie okien zostało słusznie naliczone.'],
    ['et', 'Pool tundi pole restoranis mingi aeg.'],
    ['en', "Half an hour isn't that long for a restaurant."],
    ['pl', 'Pół godziny to nie jest długo.'],
    ['et', 'Meie tase on tegelikult kõrge.'],
    ['en', 'We have hundreds of satisfied customers.'],
    ['pl', 'Nasz poziom jest bardzo wysoki, mamy setki zadowolonych klientów.'],
    ['en', 'The website is correct: it never said the lift could not break.'],
    ['pl', 'Na stronie jest napisane, że mamy pokoje dla wózków, a nie że winda nigdy się nie psuje.'],
  ] as const)('is violated by contradicting the customer in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'violated');
  });

  it.each([
    ['et', 'Aga kas Te saaksite lapse vahepeal natuke vaiksemaks saada?'],
    ['et', 'Teised kliendid on juba häiritud.'],
    ['en', 'Could you at least try to keep him quiet?'],
    ['en', 'Other guests are trying to eat.'],
    ['pl', 'Czy mogłaby Pani uciszyć dziecko?'],
    ['pl', 'Inni goście chcą zjeść w spokoju.'],
    ['et', 'Ähvardamine ei vii kuhugi.'],
    ['en', 'We do not respond to blackmail.'],
    ['pl', 'Szantaż opinią w internecie nic tu nie zmieni.'],
    ['et', 'Kahjuks me mõtteid lugeda ei oska, kirjutage ometi, mis juhtus.'],
    ['en', "We can't read minds, so tell us what happened."],
    ['pl', 'Nie czytamy w myślach, proszę napisać, co się stało.'],
    ['et', 'No kuulge, kui Te ise ei mäleta, mida tellite, siis mina ei saa ka aidata.'],
    ['en', "If you can't even remember what you ordered, I can't help."],
    ['pl', 'Skoro sama Pani nie pamięta, co zamawiała, nie mogę pomóc.'],
    ['en', "I won't be thanking you for a message like that."],
  ] as const)('is violated by a reproach, even one asked as a question, in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'violated');
  });

  it.each([
    ['et', 'Te ei ole midagi valesti teinud.'],
    ['en', 'You did nothing wrong, Mrs Kask.'],
    ['pl', 'Nic złego pani nie zrobiła.'],
    ['et', 'Vabandame, et meie koristaja jättis Teie kodu enne külaliste tulekut segamini.'],
    ['en', 'I am sorry the flat was still a mess before your guests arrived.'],
    ['pl', 'Bardzo przepraszam, że po sprzątaniu został bałagan akurat przed przyjściem gości.'],
    ['et', 'Vabandame, see ei ole meie tase ja nii ei tohiks juhtuda.'],
    ['en', 'It was our mistake that we did not tell you.'],
    ['en', 'We should have told you, and we did not.'],
    ['pl', 'Przepraszam, że nikt Pani nie poinformował o chorobie pracownicy.'],
    ['pl', 'Pracownica nie przyszła i nikt nie zadzwonił, to nasza wina.'],
    ['et', 'Kontrollin üle, et uus arve on õige.'],
    ['en', 'I will make sure that the corrected invoice is correct.'],
    ['pl', 'Upewnię się, że nowa faktura jest prawidłowa.'],
    ['et', 'Kui Te ei tellinud akende pesu, eemaldan selle arvelt.'],
    ['en', "If you didn't order it, I'll take the charge off today."],
    ['pl', 'Jeśli Pani tego nie zamawiała, usunę tę pozycję.'],
    ['pl', 'Rozumiem, jak bardzo musiała się Pani zdenerwować, kiedy trzeba było odwołać ważne spotkanie.'],
    ['et', 'Järgmine kord saate 50% soodustust.'],
    ['en', "Next time you book, you'll get 50% off."],
    ['pl', 'Następnym razem otrzyma Pani 50% rabatu.'],
  ] as const)('is kept by reassurance, owning the fault, a check of our own or a condition in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'met');
  });
});

describe('no-blame and doubt', () => {
  it.each([
    ['et', 'Saan aru, et pärast nelja päeva ootamist on meid raske uskuda.'],
    ['en', 'I understand that after four days it is hard to believe us.'],
    ['pl', 'Rozumiem, że po czterech dniach trudno Pani nam uwierzyć.'],
  ] as const)('is kept when the reply acknowledges the customer doubting us in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('no-blame', 'met');
  });

  it.each([
    ['et', 'Seda on raske uskuda, meie koristaja on väga viisakas.'],
    ['en', 'I find that hard to believe, our cleaner is very polite.'],
    ['pl', 'Trudno mi uwierzyć, nasza pracownica jest bardzo uprzejma.'],
  ] as const)('is violated when the reply doubts the customer in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('no-blame', 'violated');
  });
});

describe('no-blame, the problem put on the customer’s side', () => {
  it.each([
    ['en', 'Perhaps the problem is your expectations.'],
    ['en', 'Perhaps the problem is that you didn’t tell the cleaner what you wanted.'],
    ['en', 'Next time, be specific.'],
    ['en', 'We tried to call, so perhaps you should check your phone.'],
    ['en', 'Cancellations must be made 24 hours in advance, which you did not do.'],
    ['en', 'Maybe write things down next time.'],
  ] as const)('is broken in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'violated');
  });

  it.each([
    ['en', 'Perhaps the problem was in our scheduling; I will check it today.'],
    ['en', 'Next time we will call you before the visit.'],
  ] as const)('is kept when the fault stays ours in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'met');
  });
});
