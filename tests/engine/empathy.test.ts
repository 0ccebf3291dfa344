import { describe, expect, it } from 'vitest';
import { score } from '../helpers/score';
import { makeScenario } from '../helpers/scenario-builder';

const scenario = makeScenario({ rules: ['empathy'] });
const judge = (lang: 'et' | 'en' | 'pl', text: string) => score(lang, text, scenario);

describe('empathy', () => {
  it.each([
    ['et', 'Mõistan, kui ebameeldiv see Teile oli.'],
    ['et', 'Saan aru Teie pettumusest.'],
    ['et', 'Saame aru, et olete väga pettunud.'],
    ['et', 'Mõistan Teid.'],
    ['et', 'See pidi olema väga piinlik, kui külalised olid tulemas.'],
    ['et', 'Teie pettumus on täiesti mõistetav.'],
    ['et', 'Kujutan ette, kui häiriv see oli.'],
    ['et', 'Tunneme Teile kaasa.'],
    ['et', 'moistan, kui ebameeldiv see teile oli'],
    ['et', 'Saan aru, et soovite arve tühistamist.'],
    ['en', 'I understand how frustrating this must be.'],
    ['en', 'I completely understand your disappointment.'],
    ['en', 'It must have been embarrassing with guests coming.'],
    ['en', 'I can imagine how upsetting that was.'],
    ['en', 'How frustrating to wait so long with a hungry child.'],
    ['en', 'Your frustration is completely understandable.'],
    ['en', 'I understand that you are upset.'],
    ['pl', 'Rozumiem, jak bardzo jest Pani rozczarowana.'],
    ['pl', 'Rozumiem Pani frustrację.'],
    ['pl', 'To musiało być bardzo nieprzyjemne.'],
    ['pl', 'Wyobrażam sobie, jak stresująca była ta sytuacja.'],
    ['pl', 'Doskonale rozumiemy Pani zdenerwowanie.'],
    ['pl', 'Współczuję, że musiała Pani tyle czekać.'],
    ['pl', 'rozumiem pani rozczarowanie'],
  ] as const)('is met by naming the customer’s feelings or situation in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('empathy', 'met');
  });

  it.each([
    ['et', 'Saan aru.'],
    ['et', 'Vabandame tekkinud ebameeldivuste pärast.'],
    ['et', 'Ma ei saa aru, miks Te nii vihane olete.'],
    ['et', 'Saan aru, aga Te oleksite pidanud meile helistama.'],
    ['et', 'Teie pettumus on põhjendamatu.'],
    ['et', 'Vabandame, kui tundsite end solvatuna.'],
    ['en', 'I understand.'],
    ['en', 'We apologise for the inconvenience.'],
    ['en', 'I understand, but you should have called us.'],
    ['en', 'Your frustration is exaggerated.'],
    ['en', "I don't understand why you are so upset."],
    ['pl', 'Rozumiem.'],
    ['pl', 'Przepraszamy za niedogodności.'],
    ['pl', 'Nie rozumiem, dlaczego jest Pani tak zdenerwowana.'],
    ['pl', 'Pani zdenerwowanie jest przesadzone.'],
  ] as const)('is missed by a bare or dismissive reply in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('empathy', 'missed');
  });

  it('points at the empathic sentence', () => {
    const rule = judge('en', 'Hello. I understand how disappointing this was. We will fix it.').rules.find((r) => r.id === 'empathy');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['I understand how disappointing this was.']);
  });
});

describe('empathy, in regret and exclamation', () => {
  it.each([
    ['et', 'Väga kahju, et pidite oma tähtsa ürituse ära jätma.'],
    ['et', 'Kujutan ette, kui närvesööv see oli.'],
    ['et', 'Saan aru, kui tülikas on oodata koristajat, kes ei tulegi.'],
    ['et', 'Teil on täiesti õigus olla pahane.'],
    ['en', 'So sorry about today, that sounds awful with guests coming.'],
    ['en', 'I can see why a charge you do not remember would be worrying.'],
    ['en', 'Sorry you had to wait so long with a hungry child.'],
    ['pl', 'Bardzo mi przykro, że musieli Państwo tak długo czekać.'],
    ['pl', 'Wyobrażam sobie, jak to jest, kiedy wszyscy się patrzą.'],
    ['pl', 'Rozumiem, jak uciążliwe było czekanie na próżno.'],
  ] as const)('is met in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('empathy', 'met');
  });

  it.each([
    ['en', "We're so sorry that your home was left messy!"],
    ['en', 'Sorry, but you did agree to have a trainee.'],
    ['en', 'I understand how it happened.'],
    ['et', 'Mul on kahju, et koristaja ei tulnud.'],
  ] as const)('is missed by an apology that acknowledges no feeling in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('empathy', 'missed');
  });
});

describe('empathy, the wider family of feelings and situations', () => {
  it.each([
    ['et', 'Saan aru, et olete pahane.'],
    ['et', 'Nii kaua näljase lapsega oodata on kindlasti kurnav.'],
    ['et', 'Teie kirjast on näha, et pettusite nii tema suhtlemises kui ka töö tulemuses.'],
    ['et', 'Oskan ette kujutada, kui tüütu oli asjatult oodata.'],
    ['et', 'Kellelegi ei meeldi näljase lapsega oodata.'],
    ['en', 'That must have been exhausting.'],
    ['en', 'Totally get how gutted you must be.'],
    ['en', 'I completely understand – waiting this long with a crying toddler is hard.'],
    ['en', 'Nobody likes waiting with a hungry child.'],
    ['pl', 'To musiało być wyczerpujące.'],
    ['pl', 'Ma Pani pełne prawo być zdenerwowana.'],
    ['pl', 'Przepraszam, że paczka nie dotarła do piątku – rozumiem, jak bardzo jest Pani zła.'],
    ['pl', 'Nikt Pani o tym nie uprzedził – rozumiem, jakie to irytujące, kiedy czeka się na próżno.'],
    ['pl', 'Rozumiem, że pozycja, której Pani nie pamięta, może niepokoić.'],
  ] as const)('is met in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('empathy', 'met');
  });

  it.each([
    ['et', 'Ärge muretsege, me lahendame selle.'],
    ['en', 'Not to worry, take your time.'],
    ['pl', 'Proszę się nie martwić, wszystko wyjaśnimy.'],
    ['et', 'Saan aru Teie pettumusest, aga Teid teavitati praktikandist.'],
    ['en', 'I understand your frustration, but you were told a trainee was coming.'],
    ['pl', 'Przykro mi, że jest Pani niezadowolona, ale nasza pracownica twierdzi, że mieszkanie było bardzo zagracone i nie dało się wszystkiego zrobić.'],
    ['pl', 'Przykro nam, że tak Pani to odebrała.'],
  ] as const)('is missed by reassurance, understanding that turns to blame, or regret for a perception in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('empathy', 'missed');
  });
});

describe('empathy, Polish acknowledgements of a hard situation', () => {
  it.each([
    ['pl', 'Rozumiem, że taka pozycja na rachunku może zaniepokoić.'],
    ['pl', 'Czekają Państwo już pół godziny, to naprawdę trudna sytuacja.'],
    ['pl', 'Wiem, że to wkurzające.'],
    ['pl', 'Wiem, ze dla Pana to ogromny problem.'],
  ] as const)('is met in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('empathy', 'met');
  });

  it.each([
    ['pl', 'Wiem, że faktura została wysłana wczoraj.'],
  ] as const)('is missed by plain knowledge in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('empathy', 'missed');
  });
});

describe('empathy, our own feelings and the customer\'s', () => {
  it.each([
    ['et', 'Meil endal on väga piinlik, et Teie kodu jäi mustaks just päeval, kui ootasite külalisi.'],
    ['et', 'Mul on väga piinlik.'],
    ['en', "We're very embarrassed about this."],
    ['en', 'I am so embarrassed that this happened.'],
    ['pl', 'Jest nam naprawdę wstyd.'],
    ['pl', 'Jesteśmy bardzo zawstydzeni tą sytuacją.'],
  ] as const)('is missed by the company\'s own embarrassment in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('empathy', 'missed');
  });

  it.each([
    ['et', 'Saan aru, et Teil oli väga piinlik, kui kõik vaatasid.'],
    ['en', 'I understand how embarrassing that must have been for you.'],
    ['en', "I'm sorry you're upset."],
    ['pl', 'Rozumiem, że było Pani bardzo niezręcznie.'],
  ] as const)('is met by the customer\'s feeling in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('empathy', 'met');
  });

  it.each([
    ['et', 'Saan väga hästi aru, et võõras summa arvel ajab nõutuks.'],
    ['et', 'Saan aru, et see rikub kogu saabumise.'],
    ['en', 'I completely understand that this is puzzling.'],
    ['en', 'I understand this spoils your whole arrival.'],
    ['pl', 'Rozumiem, że to może być mylące.'],
    ['pl', 'Rozumiem, że to psuje cały przyjazd.'],
  ] as const)('is met by understanding of a puzzle or a spoilt arrival in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('empathy', 'met');
  });

  it.each([
    ['en', "I'm sorry about the confusion with your invoice."],
    ['et', 'Vabandame segaduse pärast Teie arvega.'],
  ] as const)('is missed by an apology for a mix-up in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('empathy', 'missed');
  });
});

describe('empathy, "I am" sad is ours', () => {
  it.each([
    ['et', 'Olen ise väga kurb, et nii läks.'],
    ['en', 'I feel terrible about this.'],
    ['pl', 'Czuję się okropnie z tego powodu.'],
  ] as const)('is missed in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('empathy', 'missed');
  });

  it.each([
    ['et', 'Olen kindel, et olete väga pettunud.'],
    ['en', 'I am sure you are very disappointed.'],
    ['pl', 'Jestem pewna, że jest Pani bardzo rozczarowana.'],
  ] as const)('is met when the feeling is the customer\'s in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('empathy', 'met');
  });
});

describe('empathy, judgements denied and further feelings', () => {
  it.each([
    ['pl', 'Te schody to tylko dwa stopnie, to naprawdę nie jest duży problem.'],
    ['et', 'Need paar astet on tõesti pole mingi probleem.'],
    ['en', "Those two steps really aren't a big problem."],
  ] as const)('is missed by a situation declared no problem in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('empathy', 'missed');
  });

  it.each([
    ['et', 'Kuna see Teile nii palju meelehärmi tegi, võtame selle maha.'],
    ['et', 'Mõistan, et kui teenus ei vasta ootustele, on see tõeliselt tüütu.'],
    ['en', "Half an hour with a hungry toddler is nobody's idea of fun!"],
  ] as const)('is met in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('empathy', 'met');
  });
});
