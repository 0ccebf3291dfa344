import { describe, expect, it } from 'vitest';
import { score } from '../helpers/score';
import { makeScenario } from '../helpers/scenario-builder';

const scenario = makeScenario({ rules: ['clarify'] });
const judge = (lang: 'et' | 'en' | 'pl', text: string) => score(lang, text, scenario);

describe('clarify', () => {
  it.each([
    ['et', 'Mis täpselt juhtus?'],
    ['et', 'Millal koristaja Teie juures käis?'],
    ['et', 'Kas saaksite täpsustada, mis Teile ei meeldinud?'],
    ['et', 'Kas Te tellisite akende pesu ise?'],
    ['et', 'Millega täpsemalt jäite rahulolematuks?'],
    ['et', 'Palun kirjeldage, mis juhtus.'],
    ['et', 'Sooviksime teada, millal koristaja lahkus.'],
    ['et', 'kas saaksite kirjeldada mis juhtus'],
    ['en', 'What exactly happened?'],
    ['en', 'Could you tell us when the cleaner arrived?'],
    ['en', 'Did the cleaner arrive on time?'],
    ['en', 'Please describe what happened.'],
    ['en', "We'd like to know which rooms were left dirty."],
    ['pl', 'Co dokładnie się wydarzyło?'],
    ['pl', 'Kiedy sprzątaczka przyszła?'],
    ['pl', 'Czy zamawiała Pani mycie okien?'],
    ['pl', 'Proszę opisać, co się stało.'],
    ['pl', 'Czy moze Pani napisac, ktore pokoje byly brudne'],
  ] as const)('is met by a real question about what happened or when in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'met');
  });

  it.each([
    ['et', 'Vabandame juhtunu pärast.'],
    ['et', 'Mida Te siis ootasite?'],
    ['et', 'Miks Te kohe ei helistanud?'],
    ['et', 'Kas see sobib Teile?'],
    ['et', 'Millal Teile sobiks uus koristus?'],
    ['et', 'Kas saame veel kuidagi aidata?'],
    ['et', 'Kas eelistate allahindlust või uut koristust?'],
    ['en', 'What did you expect?'],
    ["en", "Why didn't you call us straight away?"],
    ['en', 'Which option would you prefer?'],
    ['en', 'Is there anything else we can do?'],
    ['en', 'Please let us know what time suits you.'],
    ['en', 'Would you like a discount or a new cleaning?'],
    ['pl', 'Czego Pani oczekiwała?'],
    ['pl', 'Który termin Pani odpowiada?'],
    ['pl', 'Czy możemy jeszcze jakoś pomóc?'],
    ['pl', 'Dlaczego Pani nie zadzwoniła od razu?'],
  ] as const)('is missed without a fact-seeking question in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'missed');
  });

  it('points at the question', () => {
    const rule = judge('en', 'We are sorry. When did the cleaner leave? We will call you.').rules.find((r) => r.id === 'clarify');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['When did the cleaner leave?']);
  });
});

describe('clarify, requests and non-questions', () => {
  it.each([
    ['et', 'Kirjutage palun, mis juhtus ja millal.'],
    ['et', 'Kui Teil on probleem, siis kirjutage normaalselt, mis juhtus ja millal.'],
    ['et', 'Palun kirjutage, millal meie koristaja Teie juures käis ja millega Te rahul ei olnud?'],
    ['en', 'Please tell us the date of the cleaning and what you were not happy with?'],
    ['pl', 'Proszę podać datę sprzątania.'],
    ['pl', 'Napisz, co się stało.'],
  ] as const)('is met by a request for the facts in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'met');
  });

  it.each([
    ['et', 'Kuidas me peaksime teadma, millest jutt käib?'],
    ['et', 'Öelge palun oma kliendinumber.'],
    ['en', 'Can you hurry up and tell me your customer number?'],
    ['en', 'How are we supposed to know what happened?'],
  ] as const)('is missed by a question that seeks no facts about what happened in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'missed');
  });
});

describe('clarify, indirect requests and questions that seek no facts', () => {
  it.each([
    ['et', 'Oleksin tänulik, kui kirjeldaksite veidi täpsemalt, millised tööd jäid tegemata.'],
    ['et', 'Oleks abiks, kui kirjutaksite, millal meie koristaja Teie juures käis.'],
    ['et', 'Palun andke teada, millal koristus toimus.'],
    ['et', 'Tere, kirjutage ometi, mis juhtus ja millal.'],
    ['en', 'Please provide more details about what happened.'],
    ['en', 'It would help if you could tell us when the cleaning took place.'],
    ['en', "I'd be grateful if you could describe what happened."],
    ['pl', 'Proszę się uspokoić i spokojnie opisać, co się wydarzyło i kiedy.'],
    ['pl', 'Byłabym wdzięczna, gdyby Pan opisał, co się wydarzyło.'],
  ] as const)('is met by a polite or indirect request for the facts in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'met');
  });

  it.each([
    ['et', 'Kas saaksite öelda oma tellimuse numbri?'],
    ['en', 'Could you tell me your order number?'],
    ['pl', 'Czy może mi Pani podać numer zamówienia?'],
    ['et', 'Kuidas see Teile kõlab?'],
    ['en', 'Does that sound alright?'],
    ['pl', 'Jak to brzmi?'],
    ['en', 'Let me know what time works for you.'],
  ] as const)('is missed by asking for an identifier or for approval in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'missed');
  });
});

describe('clarify, English imperatives only when they open the sentence', () => {
  it.each([
    ['en', 'Perhaps the problem is that you didn’t tell the cleaner what you wanted.'],
    ['en', 'If you don’t remember ordering, maybe write things down next time.'],
  ] as const)('is missed by a reproach in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'missed');
  });

  it.each([
    ['en', 'Tell me please what exactly happened.'],
    ['en', 'Please describe what happened.'],
  ] as const)('is met by a request in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'met');
  });
});

describe('clarify, what the customer expected asked back', () => {
  it.each([
    ['et', 'Mida Te õieti ootate, et me selle ühe lause peale teeksime?'],
    ['et', 'Mida Te praktikandilt ootasite?'],
    ['en', 'What were you expecting, exactly?'],
    ['en', 'What else could you expect from a trainee?'],
    ['pl', 'Przecież wiedziałaś, że przyjdzie praktykantka, więc czego się spodziewałaś?'],
    ['pl', 'A czego Pan właściwie oczekuje po jednym zdaniu?'],
  ] as const)('is missed by a rhetorical question in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'missed');
  });

  it.each([
    ['et', 'Kui Teil on konkreetne probleem, siis kirjutage see lahti.'],
    ['et', 'Kirjutage konkreetselt, mis Teile ei meeldinud.'],
    ['en', 'If you have a specific problem, spell it out.'],
    ['en', 'Spell out what the problem is.'],
    ['pl', 'Niech Pan napisze, o co konkretnie chodzi.'],
    ['pl', 'Jeśli jest jakiś problem, niech Pan go opisze konkretnie.'],
  ] as const)('is met by a curt request for the facts in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'met');
  });
});

describe('clarify, questions that check rather than find out', () => {
  it.each([
    ['pl', 'Czy Pani rozumie?'],
    ['et', 'Kas Te saate aru?'],
    ['en', 'Do you understand?'],
    ['pl', 'Jak mamy odpowiedzieć na takie zdanie??'],
    ['en', 'How are we supposed to respond to one sentence?'],
    ['et', 'Kuidas me peaksime sellele vastama?'],
    ['pl', 'Mycie okien, 35 euro, tak?'],
    ['en', 'Window washing, 35 euros, right?'],
    ['et', 'Akende pesu, 35 eurot, jah?'],
    ['et', 'Kas veel midagi?'],
    ['et', 'Kahjuks ei saa me midagi teha, kui Te ei täpsusta, mis Teile ei meeldinud.'],
  ] as const)('is missed in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'missed');
  });

  it.each([
    ['en', 'When did she came and what was the problem with the cleaning.'],
    ['et', 'Millal koristaja Teie juures käis.'],
    ['pl', 'Co się dokładnie stało.'],
    ['en', 'If you have an actual complaint, tell us what happened and when.'],
    ['et', 'Palume Teil täpsustada, millisel kuupäeval teenust osutati.'],
    ['pl', 'Daj znać, co się stało!'],
    ['en', 'We ask you to describe what went wrong.'],
  ] as const)('is met by a question without its mark or a request in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'met');
  });
});

describe('clarify, questions and invitations that seek no facts', () => {
  it.each([
    ['et', 'Kas midagi veel?'],
    ['et', 'Olgu, võtan selle maha. Midagi veel?'],
    ['en', 'Anything else?'],
    ['en', 'Is there anything else?'],
    ['pl', 'Coś jeszcze?'],
    ['pl', 'Czy jeszcze coś?'],
    // Hurrying the customer, asked as a question.
    ['en', 'Could you hurry up a bit, please, I have other customers waiting.'],
    ['en', 'Can you be a bit quicker?'],
    ['et', 'Kas saaksite kiiremini?'],
    ['et', 'Kas Te saaksite natuke kiirustada?'],
    ['pl', 'Czy może Pani szybciej?'],
    ['pl', 'Czy mógłby Pan się pospieszyć?'],
    // What the company should do, asked back at the customer.
    ['en', 'What exactly are we supposed to do with one sentence?'],
    ['en', 'What should we do with that?'],
    ['et', 'Mida me siis ühe lausega tegema peaksime?'],
    ['et', 'Mida me sellega tegema peame?'],
    ['pl', 'Co mamy zrobić z jednym zdaniem?'],
    ['pl', 'Co właściwie mielibyśmy z tym zrobić?'],
    // A vague invitation under a condition asks nothing.
    ['et', 'Kui midagi konkreetset on, kirjutage.'],
    ['et', 'Kui on veel küsimusi, kirjutage julgelt.'],
    ['en', "If there's anything specific, write to us."],
    ['en', 'If you have anything specific, let us know.'],
    ['pl', 'Jeśli coś konkretnego, proszę pisać.'],
    ['pl', 'Jeśli ma Pani coś konkretnego, proszę napisać.'],
  ] as const)('is missed in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'missed');
  });

  it.each([
    ['pl', 'Przecież wiedziałaś, że przyjdzie praktykantka, więc czego się spodziewałaś? Że będzie idealnie uprzejma i niczego nie przeoczy?'],
    ['et', 'Mida Te siis ootasite? Et ta on kohe täiuslik?'],
    ['en', 'What did you expect? That she would be perfect on day one?'],
  ] as const)('is missed when a question only continues a rhetorical one in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'missed');
  });

  it.each([
    ['et', 'Kirjuta palun, mis kuupäeval koristus oli ja mis jäi tegemata, siis vaatame asja üle.'],
    ['et', 'Kirjuta, mis juhtus.'],
    ['et', 'Kui midagi konkreetset on, kirjutage, mis juhtus.'],
    ['en', 'Tell me what happened.'],
    ['en', 'If anything specific went wrong, tell us what happened.'],
    ['pl', 'Napisz, co się stało.'],
    ['pl', 'Jeśli coś poszło nie tak, proszę napisać, co się stało.'],
    ['en', 'Could you tell us when it happened? Anything else we should know?'],
    ['pl', 'Kiedy przyszła sprzątaczka? Że coś zostało niedokończone, rozumiem.'],
  ] as const)('is met by a real request for the facts in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'met');
  });
});

describe('clarify, speed that is a fact, not a hurry', () => {
  it.each([
    ['en', 'Did the cleaner hurry through the bathroom?'],
    ['et', 'Kas koristaja lahkus kiiremini, kui oli kokku lepitud?'],
    ['pl', 'Czy sprzątaczka wyszła szybciej, niż było umówione?'],
  ] as const)('is met in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'met');
  });
});

describe('clarify, a real question after a hurry', () => {
  it.each([
    ['en', 'Could you speed up a bit and tell me - did you or someone in your family call us two weeks ago?'],
    ['et', 'Kas saaksite kiiremini öelda, millal koristaja käis?'],
    ['pl', 'Czy może Pani szybciej powiedzieć, kiedy przyszła sprzątaczka?'],
  ] as const)('is met in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('clarify', 'met');
  });
});
