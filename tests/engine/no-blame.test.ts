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

describe('no-blame, telling the customer what they did', () => {
  it.each([
    ['et', 'Te olete lihtsalt unustanud, et tellisite akende pesu.'],
    ['et', 'Olete kindlasti saanud meie SMS-i.'],
    ['et', 'Te ilmselt unustasite selle ära.'],
    ['en', 'We are sorry, but you must have missed our SMS.'],
    ['en', "You've probably just forgotten."],
    ['en', "I'm sure you received our message."],
    ['pl', 'Na pewno dostała Pani od nas SMS o odwołaniu wizyty.'],
    ['pl', 'Pani pewnie zapomniała.'],
    ['pl', 'Musiała Pani przeoczyć naszą wiadomość.'],
  ] as const)('is violated by contradicting the customer’s account in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'violated');
  });

  it.each([
    ['et', 'Olete kindlasti väga pettunud ja ma saan sellest aru.'],
    ['et', 'Kui olete unustanud oma kliendinumbri, leian selle ise üles.'],
    ['en', 'You must have been so embarrassed in front of everyone.'],
    ['en', "You've just received a confirmation email from us."],
    ['en', "If you've forgotten your customer number, I can look it up."],
    ['pl', 'Musiała się Pani bardzo zdenerwować.'],
    ['pl', 'Na pewno otrzyma Pani od nas SMS z potwierdzeniem.'],
  ] as const)('is kept by empathy, news or a condition in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'met');
  });
});

describe('no-blame, doubting and correcting the customer', () => {
  it.each([
    ['et', 'Ma kahtlen, et ta Teiega tõesti ebaviisakas oli.'],
    ['et', 'Ma ei usu, et ta nii käituks.'],
    ['en', 'I doubt that she was rude to you.'],
    ['en', 'I seriously doubt the trainee was impolite.'],
    ['pl', 'Wątpię, żeby była dla Pani niemiła.'],
    ['pl', 'Wątpię, czy tak było.'],
    ['et', 'Kodulehel on tegelikult kirjas, et enamik hotellist on ligipääsetav.'],
    ['en', 'Actually, the website says most of the hotel is accessible.'],
    ['en', 'The website only promises accessible rooms, not a working lift.'],
    ['pl', 'W rzeczywistości na stronie jest napisane, że większość hotelu jest dostępna.'],
    ['pl', 'Na stronie jest tylko napisane, że mamy pokoje dla wózków.'],
  ] as const)('is violated by doubt or a correction in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'violated');
  });

  it.each([
    ['et', 'Kahtlen, et see korvab kogu ebameeldivuse, kuid pakume 30% soodustust.'],
    ['en', 'I doubt this makes up for the trouble, but please accept a 30% discount.'],
    ['pl', 'Wątpię, czy to wystarczy, ale proponujemy 30% rabatu.'],
    ['et', 'Kodulehel on tõesti kirjas, et kõik on ligipääsetav, ja see oli meie viga.'],
    ['en', 'Our website clearly says the hotel is fully accessible, so you had every right to expect it.'],
    ['pl', 'Na stronie jest wyraźnie napisane, że hotel jest dostępny, to nasz błąd.'],
  ] as const)('is kept by modesty about a remedy or by agreeing with the customer in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'met');
  });
});

describe('no-blame, advice about next time', () => {
  it.each([
    ['et', 'Järgmine kord kontrollige oma sõnumeid hoolikamalt.'],
    ['et', 'Järgmisel korral tellige lapsele midagi kiiremat.'],
    ['et', 'Soovitan edaspidi pikemat koristust tellida.'],
    ['en', 'Please check your messages more carefully next time.'],
    ['en', 'Maybe next time order something quicker for the kid.'],
    ['en', 'In future, we recommend booking a longer cleaning.'],
    ['pl', 'Następnym razem proszę uważniej sprawdzać wiadomości.'],
    ['pl', 'Warto następnym razem zamówić coś prostszego dla dziecka.'],
    ['pl', 'Na przyszłość radzę zamówić dłuższe sprzątanie.'],
  ] as const)('is violated by advice that puts this time’s failure on the customer in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'violated');
  });

  it.each([
    ['et', 'Järgmisel korral helistame Teile enne visiiti.'],
    ['et', 'Järgmisel korral peaksite saama meilt SMS-i, kui midagi muutub.'],
    ['et', 'Palun vabandust, järgmine kord teeme paremini.'],
    ['en', "Next time, we'll make sure the cleaner double-checks every room."],
    ['en', 'If anything goes wrong next time, please let us know straight away.'],
    ['en', 'Next time you book, please use the code for 20% off.'],
    ['pl', 'Następnym razem postaramy się zrobić to lepiej.'],
    ['pl', 'Następnym razem nie będzie trzeba czekać.'],
    ['pl', 'Jeśli coś się stanie następnym razem, proszę od razu dzwonić.'],
  ] as const)('is kept by our own promise, an offer or an invitation in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'met');
  });

  it('points at the sentence that gives the advice', () => {
    const rule = judge('en', 'Hello. The invoice is cancelled. Please check your messages more carefully next time.').rules.find((r) => r.id === 'no-blame');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['Please check your messages more carefully next time.']);
  });
});

describe('no-blame, the record turned against the customer', () => {
  it.each([
    ['et', 'Süsteemis on kirjas, et tellimus tehti telefoni teel, nii et Te tellisite selle ise.'],
    ['en', 'The system shows it was ordered by phone, so you ordered it.'],
    ['en', "It's in the system, so it must be correct."],
    ['pl', 'W systemie jest zapisane zamówienie telefoniczne, więc Pani je zamówiła.'],
    ['pl', 'Skoro mycie okien jest na fakturze, to Pani je zamówiła.'],
  ] as const)('is violated by concluding that the customer ordered it in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'violated');
  });

  it.each([
    ['et', 'Süsteemis on kirjas, et akende pesu lisati telefoni teel, aga seal pole kirjas, kes helistas.'],
    ['en', "The system shows the window washing was added by phone, but it doesn't say who called, so I'll remove it."],
    ['en', "So you ordered a cleaning for today and nobody came – I'm so sorry."],
    ['pl', 'W systemie widzę, że mycie okien dodano telefonicznie, ale nie wiadomo, kto dzwonił, więc usunę tę pozycję.'],
    ['pl', 'Widzę w systemie, że zamówiła Pani sprzątanie na dziś, i bardzo przepraszam, że nikt nie przyszedł.'],
  ] as const)('is kept by stating what the system shows or restating the complaint in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'met');
  });
});

describe('no-blame, reproach with no subject', () => {
  it.each([
    ['et', 'Selle peale oleks võinud enne tellimist mõelda.'],
    ['et', 'Ratastooliga külalised annavad meile tavaliselt ette teada.'],
    ['en', 'One could have checked the booking first.'],
    ['en', 'Wheelchair users usually let us know in advance.'],
    ['pl', 'Można było zadzwonić wcześniej.'],
    ['pl', 'Przepraszam, ale nie podał Pan żadnych szczegółów.'],
    ['pl', 'Goście na wózkach zwykle informują nas wcześniej.'],
  ] as const)('is violated when the reproach can only fall on the customer in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'violated');
  });

  it.each([
    ['et', 'Koristaja oleks pidanud Teile helistama.'],
    ['et', 'Teile oleks tulnud ette teatada, et koristaja on haige.'],
    ['et', 'Koristajad annavad meile tavaliselt ette teada, kui nad haigestuvad; seekord seda ei juhtunud.'],
    ['en', 'The cleaner should have checked first, and I am sorry she did not.'],
    ['en', 'The cleaners usually let us know in advance when they are ill.'],
    ['pl', 'Można było do Pani zadzwonić rano, przepraszamy.'],
    ['pl', 'Pracownica nie podała Pani powodu, za co przepraszam.'],
    ['pl', 'Pracownicy zwykle informują nas wcześniej, gdy są chorzy.'],
  ] as const)('is kept when our side is the one who failed in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'met');
  });
});

describe('no-blame, the customer gave us nothing to go on', () => {
  it.each([
    ['et', 'Raske on midagi vastata, kui Te isegi ei kirjuta, millest jutt käib.'],
    ['et', 'Te ei ole täpsustanud, mis juhtus.'],
    ['en', "I'm sorry, but you haven't told us what the problem is."],
    ['en', "You didn't even say what went wrong."],
    ['pl', 'Pan nawet nie napisał, o co chodzi.'],
    ['pl', 'Nie wyjaśniła Pani, co się stało.'],
  ] as const)('is violated by a reproach for the missing details in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'violated');
  });

  it.each([
    ['et', 'Kui Te ei kirjuta, millal koristus oli, ei leia me tellimust üles.'],
    ['en', 'Could you tell us what happened and when?'],
    ['pl', 'Jeśli nie podał Pan numeru zamówienia, znajdę je sam.'],
    ['pl', 'Nikt nie wyjaśnił Pani, co się stało, i bardzo przepraszam.'],
  ] as const)('is kept by a condition, a question or our own failure in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'met');
  });
});

describe('no-blame, the failure argued away', () => {
  it.each([
    ['et', 'Lõunaajal tuleb ikka natuke oodata.'],
    ['et', 'Ootamine on täiesti normaalne.'],
    ['et', 'Me ei ole ju ainuke laud siin.'],
    ['et', 'Köögis on kaks inimest puudu, me ei saa ka imesid teha.'],
    ['et', 'Siiski ei ole ähvardamine kõige parem viis asju lahendada.'],
    ['et', 'Muid kaebusi tema kohta pole olnud.'],
    ['et', 'Praktikant tegi oma töö korralikult ära.'],
    ['et', 'Segadus tekkis alles pärast koristaja lahkumist.'],
    ['en', "Well, it's lunchtime – half an hour isn't unusual here."],
    ['en', 'Waiting is perfectly normal at lunchtime.'],
    ['en', "You're not the only table here."],
    ['en', "We can't perform miracles."],
    ['en', "We won't be blackmailed."],
    ['en', 'We have had no other complaints about her.'],
    ['en', 'Our cleaner followed the standard checklist.'],
    ['en', 'The mess must have been made after she left.'],
    ['pl', 'W porze lunchu trzeba trochę poczekać.'],
    ['pl', 'Czekanie to normalna rzecz.'],
    ['pl', 'Nie jesteście jedynym stolikiem.'],
    ['pl', 'Cudów nie zdziałamy.'],
    ['pl', 'Nie ulegamy szantażom.'],
    ['pl', 'Nie mieliśmy innych skarg na tę pracownicę.'],
    ['pl', 'Pracownica wykonała wszystkie zlecone czynności.'],
    ['pl', 'Część bałaganu powstała zapewne już po jej wyjściu.'],
  ] as const)('is violated by calling the fault normal, someone else’s or not a fault in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'violated');
  });

  it.each([
    ['et', 'Pool tundi ootamist ei ole normaalne, vabandan väga.'],
    ['et', 'Näljase lapsega oodata on loomulikult raske.'],
    ['et', 'Tehnikut tuleb paratamatult oodata umbes kaks tundi, seniks pakun Teile tuba 104.'],
    ['et', 'Te ei ole ainus klient, kes on selle üle kurtnud, ja võtame seda tõsiselt.'],
    ['et', 'Meil on selle kohta tulnud ka muid kaebusi, seega räägin juhendajaga.'],
    ['et', 'Praktikant ei teinud oma tööd korralikult, vabandame.'],
    ['en', "It's not normal to wait this long with a small child, I'm so sorry."],
    ['en', "It's lunchtime and I'm sorry you have to wait."],
    ['en', "You're not the only customer who has complained about this, and we're taking it seriously."],
    ['en', 'We have had other complaints about this, so I will speak to her mentor.'],
    ['en', 'She did not do her job properly and I apologise.'],
    ['en', "I'm really sorry our cleaner didn't show up today."],
    ['pl', 'Pół godziny czekania z dzieckiem to nie jest normalne, przepraszam.'],
    ['pl', 'Nie jest Pani jedyną klientką, która to zgłosiła, i traktujemy to poważnie.'],
    ['pl', 'Mieliśmy już inne skargi, więc porozmawiam z opiekunką.'],
    ['pl', 'Pracownica nie wykonała wszystkich zleconych prac, przepraszam.'],
    ['pl', 'Bardzo przepraszam, że po wyjściu pracownicy został bałagan.'],
  ] as const)('is kept when the reply owns the fault or agrees the wait is too long in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'met');
  });
});

describe('no-blame, missed chances, our word against theirs, disbelief, volume, retorts and pride', () => {
  it.each([
    ['en', 'You had every chance to check the work and tell the cleaner.'],
    ['en', 'You had the opportunity to inspect the flat on the spot.'],
    ['en', 'Our cleaner says otherwise: the flat was left clean.'],
    ['en', 'The waiter tells a completely different story.'],
    ["en", "I don't believe you waited that long, the order came in fifteen minutes ago."],
    ['en', "Everyone is looking because you're talking so loudly."],
    ['en', "Please calm down, shouting won't make the food come any faster."],
    ['en', 'What do you want me to do, cook it myself?'],
    ['en', 'Our customers are happy, and one sentence changes nothing.'],
    ['en', 'This is our standard and we are proud of it.'],
    ['en', 'Children should stay at the table, not run around.'],
    ['et', 'Teil oli ju võimalus tööd kohe üle vaadata ja koristajale öelda.'],
    ['et', 'Meie koristaja väidab vastupidist – tema sõnul jäi korter korda.'],
    ['et', 'Ma ei usu, et te nii kaua olete oodanud.'],
    ['et', 'Kõik vaatavad just sellepärast, et Te nii valjult räägite.'],
    ['et', 'Karjumine ei too toitu kiiremini.'],
    ['et', 'Mis te siis tahate, et ma teeksin, ise süüa keetma?'],
    ['et', 'See ongi meie tase ja oleme selle üle uhked.'],
    ['et', 'Meie kliendid on rahul, üks lause ei muuda midagi.'],
    ['et', 'Lapsed peaksid ikka laua taga istuma, mitte ringi jooksma.'],
    ['pl', 'Miała Pani możliwość sprawdzenia pracy na miejscu.'],
    ['pl', 'Pracownica twierdzi coś zupełnie innego.'],
    ['pl', 'Nie wierzę, że Pani czekała tak długo.'],
    ['pl', 'Wszyscy patrzą, bo Pani tak głośno mówi.'],
    ['pl', 'Proszę się uspokoić, krzykiem nic Pani nie przyspieszy.'],
    ['pl', 'A co mam zrobić, sam to ugotować?'],
    ['pl', 'TAK, to jest nasz poziom i jesteśmy z niego dumni.'],
    ['pl', 'Nasi klienci są zadowoleni z naszej pracy.'],
    ['pl', 'Dzieci powinny siedzieć przy stole, a nie biegać.'],
  ] as const)('is violated in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'violated');
  });

  it('gives the sentence that contradicts as evidence', () => {
    const rule = judge('et', 'Tere. Meie koristaja väidab vastupidist. Pakume allahindlust.').rules.find((r) => r.id === 'no-blame');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['Meie koristaja väidab vastupidist.']);
  });

  it.each([
    ['en', 'The kitchen lost your order, totally our fault.'],
    ['en', "I can't believe you had to wait so long, I'm so sorry."],
    ['en', 'You will have the chance to check the work with the cleaner tomorrow.'],
    ['en', 'We want our customers to be happy, so the meal is on us.'],
    ['et', 'Teie tellimus läks köögis kaduma, täielikult meie süü.'],
    ['et', 'Ma ei usu, et see enam kordub.'],
    ['et', 'Toome lastele kohe pliiatsid, et neil oleks laua taga tegevust.'],
    ['pl', 'Zgubiliśmy Pani zamówienie, to całkowicie nasza wina.'],
    ['pl', 'Nie wierzę, że to się stało, bardzo przepraszam.'],
    ['pl', 'Co możemy zrobić, żeby Pani była zadowolona?'],
  ] as const)('is kept in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'met');
  });
});

describe('no-blame, kindness in reproach words and blame in kind words', () => {
  it.each([
    // Thanks declined for the patience the customer should not have needed: our fault admitted.
    ['en', "I won't thank you for your patience – you shouldn't have needed any."],
    ['en', "I won't thank you for waiting, because you shouldn't have had to."],
    ['et', 'Oi, ma ei saa Teid küll kannatlikkuse eest tänada, Te olete tõesti liiga kaua oodanud.'],
    ['et', 'Ma ei hakka Teid ootamise eest tänama, see oli meie viga.'],
    ['pl', 'nie będę Pani dziękować za cierpliwość, bo w ogóle nie powinna Pani musieć na nas czekać.'],
    ['pl', 'Nie podziękuję Panu za czekanie, bo to nie powinno się zdarzyć.'],
    // Our fault admitted next to the customer's order.
    ['pl', 'Właśnie się dowiedziałam, że kuchnia zgubiła Państwa zamówienie, to nasza wina.'],
    ['en', 'The kitchen lost your order, and that is our fault.'],
    ['et', 'Köök kaotas Teie tellimuse, see on meie süü.'],
    // The customer's message understood, or our own not understanding.
    ['en', 'Your message made it clear what went wrong.'],
    ['et', 'Ma ei saanud Teie kirjast päris täpselt aru, kas koristaja käis hommikul või õhtul?'],
    ['pl', 'Z Pani wiadomości wynika, że pracownica w ogóle nie przyszła.'],
    // A corrected invoice, a wait promised honestly, a kind word about the child.
    ['pl', 'Poprawiony rachunek już się zgadza, wysłałem go dziś.'],
    ['en', 'The corrected invoice is correct now and on its way.'],
    ['en', 'He must be so hungry, I will bring bread right away.'],
    ['pl', 'Synek na pewno jest głodny, zaraz przyniosę pieczywo.'],
    ['et', 'Poiss on kindlasti näljane, toon kohe leiba.'],
    ['en', 'We should have let you know in advance.'],
  ] as const)('is kept in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'met');
  });

  it.each([
    // Reminders that the customer was told.
    ['en', 'Please bear in mind, though, that we did let you know in advance that a trainee was coming.'],
    ['en', "We'd told you the cleaner was new."],
    ['et', 'Palun arvestage, et me teavitasime Teid ette.'],
    ['pl', 'Proszę pamiętać, że uprzedzaliśmy Panią.'],
    // Informal "could have".
    ['pl', 'Moglas do nas zadzwonic rano i zapytac.'],
    ['pl', 'Mogłeś przecież napisać wcześniej.'],
    ['et', 'Sa oleksid võinud helistada.'],
    ['en', "You could've called us in the morning."],
    // Advice to parents in general.
    ['et', 'Lapsega restorani tulles tasuks arvestada, et vahel tuleb oodata.'],
    ['et', 'Lõuna ajal peaksite arvestama ootamisega.'],
    ['en', 'When you come with kids you should expect a wait.'],
    ['en', 'At lunchtime you have to expect some waiting.'],
    ['pl', 'Przychodząc z dzieckiem trzeba się liczyć z czekaniem.'],
    ['pl', 'W porze lunchu należy się spodziewać opóźnień.'],
    // The charge concluded correct.
    ['pl', 'W systemie jest wyraźnie, że zamówiła Pani mycie okien, więc rachunek się zgadza.'],
    ['en', 'The system shows you ordered it by phone, so the charge is correct.'],
    ['et', 'Süsteemis on näha, et tellisite akende pesu, nii et arve on õige.'],
    // The customer's letter called incomprehensible.
    ['et', 'Kahjuks ei ole Teie kirjast aru saada, mis juhtus.'],
    ['et', 'Teie sõnumist pole aru saada, mille üle kaebate.'],
    ['en', 'Your message makes no sense.'],
    ['en', 'Your email is unclear, so please tell us what happened.'],
    ['pl', 'Z Pana wiadomości nic nie wynika.'],
    ['pl', 'Pani mail jest niezrozumiały.'],
    // The child sent out or called loud, asked as a question too.
    ['en', 'Could you take him outside for a minute while you wait?'],
    ['en', "He's quite loud."],
    ['et', 'Kas saaksite lapsega korraks õue minna?'],
    ['et', 'Ta on üsna lärmakas.'],
    ['pl', 'Czy mógłby Pan wyjść z synkiem na chwilę?'],
    ['pl', 'Synek jest dość głośny.'],
  ] as const)('is violated in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'violated');
  });
});

describe('no-blame, the demand called too much', () => {
  it.each([
    ['et', 'Kolm tasuta koristust pluss kingitus on natuke palju tahetud.'],
    ['et', 'Te nõuate liiga palju.'],
    ['en', "Three free cleanings and a gift is asking a bit much, don't you think?"],
    ['en', 'You expect too much from one visit.'],
    ['pl', 'Oczekuje Pani zbyt wiele.'],
    ['pl', 'To trochę za dużo wymagać trzech darmowych sprzątań.'],
  ] as const)('is violated in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'violated');
  });

  it.each([
    ['et', 'Teil on õigus palju nõuda, me tegime vea.'],
    ['et', 'Palju tänu, et kirjutasite.'],
    ['en', 'You are not asking too much at all.'],
    ['en', 'That is not too much to ask.'],
    ['pl', 'Pani nie wymaga zbyt wiele, to nasz obowiązek.'],
    ['pl', 'Przepraszamy za zbyt długie czekanie.'],
  ] as const)('is kept in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'met');
  });
});
