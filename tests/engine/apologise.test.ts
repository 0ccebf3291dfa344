import { describe, expect, it } from 'vitest';
import { score } from '../helpers/score';
import { makeScenario } from '../helpers/scenario-builder';

const scenario = makeScenario({
  rules: ['apologise', 'no-blame'],
  ruleData: {
    et: { keyFacts: { cleaner: ['koristaja*'] } },
    en: { keyFacts: { cleaner: ['cleaner*'] } },
    pl: { keyFacts: { cleaner: ['sprzątacz*'] } },
  },
});
const judge = (lang: 'et' | 'en' | 'pl', text: string) => score(lang, text, scenario);

describe('apologise', () => {
  it.each([
    ['et', 'Vabandame tekkinud ebameeldivuste pärast.'],
    ['et', 'Palume vabandust, et koristaja käitus ebaviisakalt.'],
    ['et', 'Vabandan siiralt juhtunu pärast.'],
    ['et', 'Palun vabandust!'],
    ['et', 'Vabandust, et pidite nii kaua ootama.'],
    ['et', 'Mul on väga kahju, et koristaja ei tulnud kohale.'],
    ['et', 'Kahju, et Teie külastus nii halvasti läks.'],
    ['et', 'Andke meile andeks.'],
    ['et', 'Kahetseme juhtunut väga.'],
    ['et', 'Me ei saanud kohale tulla, vabandame.'],
    ['et', 'vabandame koristaja kaitumise parast'],
    ['en', 'We apologise for the inconvenience.'],
    ['en', 'I apologize for the way our cleaner behaved.'],
    ['en', 'I am so sorry about what happened.'],
    ['en', "I'm sorry."],
    ['en', 'Please accept our sincere apologies.'],
    ['en', 'Sorry to hear that our cleaner was rude to you.'],
    ['en', 'We regret the trouble this has caused.'],
    ['pl', 'Przepraszamy za zaistniałą sytuację.'],
    ['pl', 'Najmocniej przepraszam za zachowanie naszej pracownicy.'],
    ['pl', 'Przykro mi, że sprzątaczka nie przyszła.'],
    ['pl', 'Bardzo nam przykro z powodu zaistniałej sytuacji.'],
    ['pl', 'Prosimy o wybaczenie.'],
    ['pl', 'przepraszamy za klopot'],
  ] as const)('is met by a sincere apology in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'met');
  });

  it.each([
    ['et', 'Saadame homme uue koristaja.'],
    ['et', 'Vabandame hilinenud vastuse pärast.'],
    ['et', 'Vabandust, et vastame alles nüüd.'],
    ['et', 'Teil pole vaja vabandada.'],
    ['et', 'Me ei saa vabandada.'],
    ['et', 'Vabandust ei ole vaja paluda.'],
    ['et', 'Kahju kuulda.'],
    ['et', 'Vabandust, kas saaksite täpsustada, mis juhtus?'],
    ['en', 'We will send a new cleaner tomorrow.'],
    ['en', 'Sorry for the slow reply.'],
    ['en', 'Apologies for the delay in responding.'],
    ['en', 'There is no need to apologise.'],
    ['en', 'We cannot apologise for this.'],
    ['en', 'Sorry to hear that.'],
    ['en', 'We regret to inform you that the price has changed.'],
    ['en', 'Sorry, could you tell us when it happened?'],
    ['pl', 'Wyślemy nową sprzątaczkę jutro.'],
    ['pl', 'Przepraszamy za późną odpowiedź.'],
    ['pl', 'Nie mamy za co przepraszać.'],
    ['pl', 'Nie ma potrzeby przepraszać.'],
    ['pl', 'Przykro mi to słyszeć.'],
  ] as const)('is missed without an apology for what happened in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'missed');
  });

  it.each([
    ['et', 'Vabandame, kui Teile tundus, et koristaja oli ebaviisakas.'],
    ['et', 'Vabandame, kui see Teid häiris.'],
    ['et', 'Kui Te tundsite end solvatuna, siis vabandame.'],
    ['et', 'Vabandame, et Teile nii tundus.'],
    ['et', 'Vabandame, aga Te oleksite pidanud meile kohe helistama.'],
    ['et', 'Vabandame, kuid Teid teavitati ette, et tuleb praktikant.'],
    ['et', 'Vabandame, aga see pole meie süü.'],
    ['et', 'Me ei saa vabandada, sest Teid teavitati, et tuleb praktikant.'],
    ['et', 'Vabandame. Aga Te ise tellisite selle teenuse.'],
    ['et', 'vabandame, kui teile tundus, et koristaja oli ebaviisakas'],
    ['en', 'Sorry if you felt the cleaner was rude.'],
    ['en', 'We apologise if you were offended.'],
    ['en', "I'm sorry you feel that way."],
    ['en', 'Sorry, but you were told a trainee was coming.'],
    ['en', "We're sorry, but you should have read the terms."],
    ['en', "We won't apologise, because it was your own fault."],
    ['en', 'If you feel let down, we apologise.'],
    ['pl', 'Przepraszam, jeśli Pani odczuła, że sprzątaczka była niemiła.'],
    ['pl', 'Przepraszamy, jeżeli poczuła się Pani urażona.'],
    ['pl', 'Przykro mi, że Pani tak to odebrała.'],
    ['pl', 'Przepraszamy, ale Pani została poinformowana o praktykancie.'],
    ['pl', 'Przepraszamy, ale to nie nasza wina.'],
    ['pl', 'Przepraszam, ale przecież wiedziała Pani o tym.'],
  ] as const)('is violated by a conditional or blame-shifting non-apology in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'violated');
  });

  it('is violated when a sincere apology stands beside a non-apology: the non-apology shows the attitude', () => {
    const text = 'Vabandame juhtunu pärast. Kui Teile tundus, et koristaja oli ebaviisakas, siis vabandame ka selle eest.';
    expect(judge('et', text)).toHaveVerdict('apologise', 'violated');
  });

  it('counts an apology for something else when the same sentence also names the complaint', () => {
    expect(judge('en', 'Sorry for the slow reply and for how our cleaner behaved.')).toHaveVerdict('apologise', 'met');
  });

  it('does not let a negator in an earlier clause cancel the apology', () => {
    expect(judge('pl', 'Sprzątaczka nie przyszła, przepraszamy.')).toHaveVerdict('apologise', 'met');
  });

  it('points at the apologising sentence', () => {
    const rule = judge('en', 'Hello. We are truly sorry that our cleaner was rude. We will call you.').rules.find((r) => r.id === 'apologise');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['We are truly sorry that our cleaner was rude.']);
  });

  it('points at the non-apology when violated', () => {
    const rule = judge('en', 'We apologise if you felt upset. We will send a new cleaner.').rules.find((r) => r.id === 'apologise');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['We apologise if you felt upset.']);
  });
});

describe('apologise, further forms', () => {
  it.each([
    ['et', 'Meil on väga piinlik, et nii juhtus.'],
    ['en', 'We are embarrassed that our cleaner behaved like this.'],
    ['pl', 'Sorki, nasza sprzątaczka się rozchorowała.'],
    ['pl', 'Wstyd nam, że tak się stało.'],
  ] as const)('is met in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'met');
  });

  it.each([
    ['et', 'Vabandust, et vastus hilines, meil oli pikk nädalavahetus.'],
    ['en', 'Apologies for the delay in getting back to you.'],
    ['en', "Oh, don't apologise, Mrs Kask, take as long as you like."],
    ['pl', 'Przepraszam, że odpisuję dopiero teraz.'],
    ['pl', 'Na razie nie mamy za co przepraszać, bo nie wiemy, o co chodzi.'],
  ] as const)('is missed in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'missed');
  });

  it.each([
    ['et', 'Vabandust, aga kolme tasuta koristust nõuda ei ole põhjendatud.'],
    ['et', 'Vabandame, aga Te ise nõustusite, et Teie juurde tuleb õpilane.'],
    ['en', "Sorry, but you can't expect three free cleanings for one bad visit."],
    ['pl', 'Przepraszamy, ale przed sprzątaniem mieszkanie było w bardzo złym stanie.'],
  ] as const)('is violated by an apology that argues in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'violated');
  });
});

describe('apologise, refusals, regret and conditions', () => {
  it.each([
    ['et', 'Praktikandist teavitasime Teid ette. Vabandama me siin ei hakka.'],
    ['et', 'Meie andmetel käis koristaja Teie ukse taga, aga kedagi ei olnud kodus. Seetõttu ei saa me arvet tühistada ega ka vabandada.'],
    ['en', 'According to our records the cleaner did arrive, but nobody answered the door. We are therefore unable to cancel the invoice, and there is no need for an apology on our side.'],
    ['pl', 'Pracownica była na miejscu, ale nikt nie otworzył drzwi. Przepraszać nie będziemy.'],
    ['pl', 'Przykro mi, że jest Pani niezadowolona, ale mieszkanie było bardzo zagracone i nie dało się wszystkiego zrobić.'],
  ] as const)('is violated by a refusal or regret beside blame in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'violated');
  });

  it.each([
    ['et', 'Vabandama me ei hakka, sest me ei tea veel, mis juhtus.'],
    ['pl', 'Przeprosić nie możemy, dopóki nie wiemy, co się stało.'],
  ] as const)('is missed by a refusal that blames no one in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'missed');
  });

  it.each([
    ['et', 'Oi, mul on nii kahju!'],
    ['et', 'Sorry, et nii läks.'],
    ['pl', 'Bardzo mi przykro!'],
    ['et', 'Teil on õigus ja palun vabandust: lubasin rohkem, kui suudan pidada.'],
    ['en', 'We apologise: we promised more than we could deliver.'],
    ['pl', 'Bardzo przepraszam, że po dzisiejszym sprzątaniu został bałagan akurat przed przyjściem gości.'],
  ] as const)('is met by a bare regret, a loanword or an apology followed by a comparison in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'met');
  });

  it.each([
    ['et', 'Kahju kuulda.'],
    ['en', 'Sorry to hear that.'],
    ['pl', 'Przykro mi to słyszeć.'],
    ['et', 'Vabandan, et vastus võttis nii kaua aega.'],
    ['en', 'Sorry it took so long to reply.'],
    ['pl', 'Przepraszam, że odpowiedź tyle trwała.'],
  ] as const)('is missed by sympathy with news or an apology for a slow reply in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'missed');
  });
});

describe('apologise, where a condition belongs to the apology', () => {
  it.each([
    ['et', 'Vabandame väga, kui Teile tundus, et koristaja oli ebaviisakas.'],
    ['en', 'We do apologise, if you felt let down.'],
    ['pl', 'Bardzo przepraszam, jeśli poczuła się Pani urażona.'],
  ] as const)('is violated by a condition just after the apology in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'violated');
  });

  it.each([
    ['et', 'Vabandame, lubasime rohkem, kui suutsime pidada.'],
    ['en', 'We apologise: if anything else is wrong, please tell us.'],
    ['pl', 'Przepraszamy – jeśli coś jeszcze jest nie tak, prosimy o kontakt.'],
  ] as const)('is met when the condition belongs to a later clause in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'met');
  });
});

describe('apologise, refusals whose words stand apart', () => {
  it.each([
    ['et', 'Kuna ma ei tea veel, mis juhtus, ei saa ma praegu ka vabandust paluda, aga tahan asja selgeks teha.'],
    ['et', 'Ma ei näe põhjust, miks peaksime vabandama, enne kui asi on selge.'],
    ['en', "I'm not in a position to apologise until I've spoken to the cleaner."],
    ['en', "I'm unable at this point to offer an apology until I know more."],
    ['pl', 'Na tym etapie nie mogę jeszcze przeprosić, dopóki nie porozmawiam z pracownicą.'],
    ['pl', 'Nie widzę powodu, żeby przepraszać, dopóki nie wyjaśnimy sprawy.'],
  ] as const)('is missed by a refusal held back until the facts are known in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'missed');
  });

  it.each([
    ['et', 'Kustutan rea arvelt kohe ära ja vabandan tekkinud segaduse pärast.'],
    ['en', "I don't know how it happened and I apologise for the mix-up."],
    ['pl', 'Nie wiem, jak to się stało, i przepraszam za zamieszanie.'],
  ] as const)('is met when the negator belongs to the predicate before "and" in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'met');
  });
});

describe('apologise, the wait on the phone line', () => {
  it.each([
    ['et', 'Vabandan, et Teil tuli nii kaua liinil oodata.'],
    ['et', 'Vabandust, et pidite nii kaua ootel olema.'],
    ['en', 'Sorry to keep you waiting on the line, and thanks for your patience.'],
    ['en', 'Apologies for the hold.'],
    ['pl', 'Przepraszam, że musiała Pani tak długo czekać na połączenie.'],
    ['pl', 'Przepraszam, że tak długo musiała Pani czekać na linii.'],
  ] as const)('is missed by an apology for the queue only in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'missed');
  });

  it.each([
    ['et', 'Vabandust, et pidite nii kaua ootama.'],
    ['en', 'Sorry to keep you waiting, here is some bread.'],
    ['pl', 'Przepraszam, że musieli Państwo tak długo czekać.'],
  ] as const)('is met by an apology for the wait that is the complaint in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'met');
  });
});

describe('apologise, the customer told not to apologise', () => {
  it.each([
    ['et', 'Teil pole vaja vabandada. Te tellisite selle ise.'],
    ['et', 'Ärge vabandage. Te tellisite selle ise.'],
    ['en', "You don't need to apologise. You ordered it yourself."],
    ['en', 'Please do not apologise. You must have forgotten that you ordered it.'],
    ['pl', 'Nie musi Pani przepraszać. Pani sama to zamówiła.'],
    ['pl', 'Proszę nie przepraszać. Pani sama to zamówiła.'],
  ] as const)('is missed, not violated, beside blame in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'missed');
  });

  it.each([
    ['et', 'Teil pole vaja vabandada. Vabandame meie, et arve on vale.'],
    ['en', "You don't need to apologise at all. We apologise for the wrong invoice."],
    ['pl', 'Nie musi Pani przepraszać. To my przepraszamy za błędną fakturę.'],
  ] as const)('is met by our own apology beside it in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'met');
  });
});

describe('apologise, "sorry, but" that argues', () => {
  it.each([
    ['et', 'Vabandust, aga me ei ole ju ainuke laud siin.'],
    ['et', 'Vabandame, kuid praktikandist teavitasime Teid ju ette.'],
    ['pl', 'Przepraszam, ale nie podał Pan żadnych szczegółów.'],
    ['pl', 'Przepraszam, ale nie przeczytała Pani naszej wiadomości.'],
    ['en', "Sorry, but you didn't tell us what happened."],
  ] as const)('is violated in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'violated');
  });

  it.each([
    ['et', 'Vabandame, aga homme saate uue koristuse.'],
    ['en', "We're sorry, but we'll send you a new cleaner tomorrow."],
    ['pl', 'Przepraszamy, ale jutro dostanie Pani nową fakturę.'],
    ['pl', 'Przepraszamy, ale Pani otrzyma zwrot jeszcze dziś.'],
    ['en', 'Sorry, but tomorrow you will get a new cleaner.'],
    ['en', 'We are sorry, but you can have a free re-clean on Friday.'],
    ['et', 'Vabandame, aga Te saate homme uue koristusaja.'],
    ['et', 'Vabandame, aga Te võite valida uue aja.'],
  ] as const)('is met when the "but" goes on to an offer in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'met');
  });
});

describe('apologise, any wait on a phone call', () => {
  const phone = makeScenario({ channel: 'phone', rules: ['apologise'], ruleData: { et: { keyFacts: { invoice: ['arve*'] } }, en: { keyFacts: { invoice: ['invoice*'] } }, pl: { keyFacts: { invoice: ['faktur*'] } } } });
  const call = (lang: 'et' | 'en' | 'pl', text: string) => score(lang, text, phone);

  it.each([
    ['et', 'Vabandan, et pidite ootama.'],
    ['en', 'Thanks for holding, and sorry for the wait.'],
    ['pl', 'Przepraszam, że musiała Pani czekać.'],
  ] as const)('is missed by an apology for the wait on the line in %s: %s', (lang, text) => {
    expect(call(lang, text)).toHaveVerdict('apologise', 'missed');
  });

  it.each([
    ['et', 'Vabandan, et pidite ootama, ja vabandan vale arve pärast.'],
    ['en', 'Sorry for the wait, and sorry about the wrong invoice.'],
    ['pl', 'Przepraszam za czekanie i za błędną fakturę.'],
  ] as const)('is met when the sentence also names the complaint in %s: %s', (lang, text) => {
    expect(call(lang, text)).toHaveVerdict('apologise', 'met');
  });

  it.each([
    ['et', 'Vabandust, et pidite nii kaua ootama.'],
    ['en', 'Sorry for the wait!'],
    ['pl', 'Przepraszam, że musieli Państwo czekać.'],
  ] as const)('is met face to face, where the wait is the complaint, in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'met');
  });
});

describe('apologise, "sorry, but it is not our fault"', () => {
  it.each([
    ['en', "I'm sorry, but it's not my fault – the kitchen is really slow tonight."],
    ['et', 'Vabandust, aga see pole minu süü, köögis on kiire.'],
    ['pl', 'Przepraszam, ale to nie moja wina, kuchnia nie nadąża.'],
  ] as const)('is violated in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'violated');
  });

  it.each([
    ['en', "I'm so sorry. It was our fault, not yours."],
    ['et', 'Vabandame, see oli meie süü.'],
    ['pl', 'Przepraszamy, to nasza wina.'],
  ] as const)('is met by an apology that owns the fault in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'met');
  });
});

describe('apologise, refusals with the noun first or the verb "be"', () => {
  it.each([
    ['et', 'Vabandust me hetkel paluda ei saa, enne kui teame, mis juhtus.'],
    ['en', "An apology isn't appropriate at this point."],
    ['pl', 'Przeprosin nie będzie, dopóki nie wiemy, co się stało.'],
  ] as const)('is missed in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'missed');
  });
});

describe('apologise, "no need to apologise" beside reassurance about the pace', () => {
  it.each([
    ['et', 'Pole üldse vaja vabandada, võtke rahulikult aega. Te tellisite selle ise, arve on õige.'],
    ['en', "There's no need to apologise, take your time. You ordered it yourself, so the invoice is correct."],
    ['pl', 'Nie ma potrzeby przepraszać, proszę się nie spieszyć. Pani sama to zamówiła, faktura jest prawidłowa.'],
  ] as const)('answers the customer\'s own apology, missed rather than violated, in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'missed');
  });
});

describe('apologise, "sorry, but" and an excuse', () => {
  it.each([
    ['en', 'Sorry, but our cleaner was ill, which is something nobody can control.'],
    ['en', "We're sorry, but the kitchen is very busy at lunchtime."],
    ['en', 'I apologise, but the delay was partly due to the traffic.'],
    ['en', 'We are sorry. But these things happen when a cleaner is off sick.'],
    ['et', 'Vabandame, aga segadus, mida kirjeldate, võis osaliselt tuleneda ka sellest, et koristaja ei pääsenud kõikidesse ruumidesse.'],
    ['et', 'Vabandust, aga köök on lõuna ajal väga koormatud.'],
    ['et', 'Vabandame väga, aga koristaja jäi ootamatult haigeks ja seda ei saa me mõjutada.'],
    ['et', 'Palume vabandust. Aga sellised asjad juhtuvad ikka, liiklus oli hommikul kohutav.'],
    ['pl', 'Przepraszamy, ale pracownica nagle zachorowała, a na to nie mamy wpływu.'],
    ['pl', 'Przepraszam, ale kuchnia jest dziś bardzo obłożona.'],
    ['pl', 'Bardzo przepraszamy, ale opóźnienie wynikało z korków w mieście.'],
  ] as const)('is violated when circumstances take the apology back in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'violated');
  });

  it('gives the apology with its excuse as evidence', () => {
    const rule = judge('en', 'Hello. Sorry, but our cleaner was ill. We will not invoice you.').rules.find((r) => r.id === 'apologise');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['Sorry, but our cleaner was ill.']);
  });

  it.each([
    ['en', "Sorry, but we can't offer three free cleanings."],
    ['en', "We're sorry our cleaner was ill and nobody told you."],
    ['en', 'Sorry for the wait, but we will bring your food in five minutes.'],
    ['et', 'Vabandame, aga kahjuks ei saa me kolme tasuta koristust pakkuda.'],
    ['et', 'Vabandame, koristaja jäi haigeks ja me ei teatanud Teile.'],
    ['et', 'Vabandame, aga saadame homme uue koristaja.'],
    ['pl', 'Przepraszamy, ale jutro dostanie Pani nową fakturę.'],
    ['pl', 'Przepraszamy, ale nie możemy zaoferować trzech darmowych sprzątań.'],
    ['pl', 'Przepraszamy, że pracownica zachorowała i nikt Pani nie uprzedził.'],
  ] as const)('is met by an apology followed by a refusal, an offer or an explanation owned in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'met');
  });
});

describe('apologise, a perception named by the verb alone', () => {
  it.each([
    ['et', 'Kahju, et nii tunnete.'],
    ['et', 'Vabandame, et arvate, et koristus oli halb.'],
    ['pl', 'Przykro nam, że tak to odczuwacie.'],
  ] as const)('is violated in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'violated');
  });

  it.each([
    ['et', 'Vabandame, et koristaja jättis köögi mustaks.'],
    ['et', 'Mul on väga kahju, et koristus ebaõnnestus.'],
    ['pl', 'Przykro nam, że sprzątanie było nieudane.'],
  ] as const)('is met in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'met');
  });
});

describe('apologise, only for the slow reply or the wait at the desk', () => {
  it.each([
    ['et', 'Vabandust, et vastamisega nii kaua läks, meil on praegu väga kiire periood.'],
    ['et', 'Vabandame, et vastus tuleb alles õhtul – päev oli meil tõesti kiire.'],
    ['et', 'Vabandan, et vastusega läks nii kaua.'],
    ['et', 'Vabandust, et pidite leti juures ootama.'],
    ['et', 'Vabandame, et pidite vastuvõtus nii kaua ootama.'],
    ['en', 'Sorry for the late reply.'],
    ['en', "Apologies that it's taken us until this evening to reply."],
    ['en', 'Sorry for the wait at the desk.'],
    ['en', 'Sorry to keep you waiting at reception.'],
    ['pl', 'Przepraszam za zwłokę w odpowiedzi.'],
    ['pl', 'Przepraszamy, że odpowiedź przychodzi dopiero wieczorem.'],
    ['pl', 'Przepraszam, że musieli Państwo czekać przy recepcji.'],
    ['pl', 'Przepraszam za czekanie w recepcji.'],
  ] as const)('is missed in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'missed');
  });

  it.each([
    ['et', 'Vabandust, et koristaja pidi leti juures ootama ja jäi hiljaks.'],
    ['et', 'Vabandame, et vastuvõtus oli Teiega nii ebaviisakalt käitutud.'],
    ['en', 'Sorry that the receptionist at the desk was rude to you.'],
    ['pl', 'Przepraszam, że pracownik recepcji był niemiły.'],
    ['pl', 'Przepraszam, że musieli Państwo tak długo czekać.'],
    ['en', 'Sorry to keep you waiting, here is some bread.'],
  ] as const)('is met by an apology for the complaint in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'met');
  });
});

describe('apologise, "sorry, but" with a reproach or an excuse', () => {
  it.each([
    ['et', 'Vabandame, aga ühest lausest ei saa me kahjuks aru, millega Te rahul ei ole.'],
    ['et', 'Vabandust, aga lifti ma ise parandada ei oska.'],
    ['et', 'Vabandust, aga praegu on lõunaaeg ja kõik lauad on täis.'],
    ['en', "Sorry, but it's lunchtime and we're full."],
    ['en', "Sorry, but there's nothing I can do about the lift."],
    ['en', "We apologise, but we can't tell from one sentence what you are unhappy with."],
    ['pl', 'Przepraszam, ale nic na to nie poradzę.'],
    ['pl', 'Przepraszamy, ale z jednego zdania nie da się zrozumieć, o co chodzi.'],
    ['pl', 'Przepraszam, ale jest pora lunchu i mamy komplet.'],
  ] as const)('is violated in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'violated');
  });

  it.each([
    ['et', 'Vabandame, aga kahjuks ei saa me raha tagastada, pakume uue koristuse.'],
    ['en', "Sorry, but we can't refund the booking; we can offer a new date."],
    ['pl', 'Przepraszamy, ale jutro przyjdzie nowa sprzątaczka.'],
    ['et', 'Vabandame väga, et koristaja jättis vannitoa pesemata.'],
  ] as const)('stays met when "but" brings a refusal or an offer in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'met');
  });
});

describe('apologise, excuses of a full house', () => {
  it.each([
    ['en', "We're sorry, but we're full right now."],
    ['en', 'Sorry, but we are full at the moment.'],
  ] as const)('is violated in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('apologise', 'violated');
  });
});
