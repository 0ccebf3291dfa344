import { describe, expect, it } from 'vitest';
import { score } from '../helpers/score';
import { scoreReply } from '../../src/engine/score-reply';
import { makeScenario } from '../helpers/scenario-builder';

const scenario = makeScenario({ rules: ['greet-and-close'] });
const judge = (lang: 'et' | 'en' | 'pl', text: string) => score(lang, text, scenario);
const phone = makeScenario({ channel: 'phone', rules: ['greet-and-close'] });
const call = (lang: 'et' | 'en' | 'pl', text: string) => score(lang, text, phone);

describe('greet-and-close', () => {
  it.each([
    ['et', 'Tere, Mari!\n\nVabandame juhtunu pärast.\n\nLugupidamisega\nAnna Tamm\nSärav Kodu OÜ'],
    ['et', 'Lugupeetud Kaie Kaunis!\nVabandame.\nParimate soovidega,\nSärav Kodu klienditeenindus'],
    ['et', 'Hea Eva!\nTühistame arve.\nHeade soovidega, Anna'],
    ['et', 'Tere!\nAitäh kirja eest.\nKõike head!\nAnna'],
    ['et', 'Tere päevast! Minu nimi on Anna, Särav Kodu klienditeenindusest. Vaatame arve üle. Head päeva!'],
    ['et', 'Tere, kuulete Annat Särav Kodust. Minu nimi on Anna. Kuulmiseni!'],
    ['et', 'tere\nvabandame\nlugupidamisega\nanna'],
    ['en', 'Dear Ms Marmelaad,\n\nWe are sorry.\n\nKind regards,\nAnna Tamm'],
    ['en', 'Hello Eva,\nThe invoice is cancelled.\nBest wishes,\nAnna, Sparkling Home'],
    ['en', 'Good afternoon, this is Anna from Sparkling Home. I will correct the invoice. Have a nice day!'],
    ['pl', 'Dzień dobry,\nprzepraszamy za sytuację.\nZ poważaniem\nAnna Nowak'],
    ['pl', 'Szanowna Pani,\nanulujemy fakturę.\nPozdrawiam serdecznie,\nAnna'],
    ['pl', 'Pani Ewo,\nprzepraszamy.\nŁączę wyrazy szacunku\nZespół Särav Kodu'],
    ['pl', 'Dzień dobry, nazywam się Anna Nowak. Sprawdzę fakturę. Do usłyszenia!'],
  ] as const)('is met by a greeting and a signed closing in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('greet-and-close', 'met');
  });

  it.each([
    ['et', 'Vabandame juhtunu pärast.\nLugupidamisega\nAnna'],
    ['et', 'Tere!\nVabandame juhtunu pärast.'],
    ['et', 'Tere!\nVabandame juhtunu pärast.\nLugupidamisega'],
    ['et', 'Tere, Mari!\nVabandame.\nHead päeva!'],
    ['et', 'Hea teada, et kirjutasite. Lugupidamisega, Anna'],
    ['en', 'We are sorry.\nKind regards,\nAnna'],
    ['en', 'Hello,\nwe are sorry.'],
    ['en', 'Hello,\nwe are sorry.\nKind regards'],
    ['pl', 'Przepraszamy.\nZ poważaniem\nAnna'],
    ['pl', 'Dzień dobry,\nprzepraszamy.'],
    ['pl', 'Dzień dobry, przepraszamy. Miłego dnia!'],
  ] as const)('is missed without a greeting, a closing or a name in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('greet-and-close', 'missed');
  });

  it('points at the greeting and the closing', () => {
    const rule = judge('en', 'Dear Eva,\nWe are sorry.\nKind regards,\nAnna').rules.find((r) => r.id === 'greet-and-close');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['Dear', 'Kind regards']);
  });

  it('shows the name with a greeting that needs one', () => {
    const rule = judge('et', 'Hea Mari!\nVabandame.\nLugupidamisega\nAnna').rules.find((r) => r.id === 'greet-and-close');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['Hea Mari', 'Lugupidamisega']);
  });
});

describe('greet-and-close, informal and phone closings', () => {
  it.each([
    ['en', 'Hi Eva,\nSo sorry about today.\nBest,\nAnna'],
    ['pl', 'Hej Ewa,\nprzepraszamy.\nDzięki za info i pozdrawiam!\nBartek'],
  ] as const)('is met by a closing on a line of its own before the name in %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('greet-and-close', 'met');
  });

  it.each([
    ['en', 'Hello love, could you speed up a bit please. The charge stands.\nBye now.'],
    ['en', 'Hello Eva, we did our best.\nAnna'],
  ] as const)('is missed when the closing gives no name in %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('greet-and-close', 'missed');
  });
});

describe('greet-and-close later in a conversation', () => {
  const email = makeScenario({ channel: 'email', rules: ['greet-and-close'] });
  const later = (scenario: typeof phone, text: string) => scoreReply(text, { scenario, lang: 'et', turn: 't2' });

  it('needs only a polite closing with the name on a later turn of a phone call', () => {
    expect(later(phone, 'Arve on parandatud. Aitäh helistamast ja head päeva! Kadri, Särav Kodu.')).toHaveVerdict('greet-and-close', 'met');
  });

  it('still needs a greeting in every email of a conversation', () => {
    expect(later(email, 'Arve on parandatud.\n\nLugupidamisega\nKadri')).toHaveVerdict('greet-and-close', 'missed');
  });

  it('still needs the greeting in the first reply of a call', () => {
    const report = scoreReply('Arve on parandatud. Head päeva! Kadri, Särav Kodu.', { scenario: phone, lang: 'et' });
    expect(report).toHaveVerdict('greet-and-close', 'missed');
  });
});

describe('greet-and-close, closing formulas', () => {
  it.each([
    ['pl', 'Dzień dobry,\n\ndziękujemy za wiadomość.\n\nZ pozdrowieniami\nKatarzyna'],
    ['pl', 'Dzień dobry,\n\ndziękujemy za wiadomość.\n\nZ serdecznymi pozdrowieniami\nKatarzyna'],
    ['et', 'Tere!\n\nTäname kirja eest.\n\nHoidke end!\nKatrin'],
    ['en', 'Hello Eva,\n\nThank you for writing.\n\nWarm wishes,\nKate'],
  ] as const)('is met by a greeting and a signed closing in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('greet-and-close', 'met');
  });
});

describe('greet-and-close on the phone, the agent named', () => {

  it.each([
    ['en', "Hello love! I'll take that charge off. I'm Maria, by the way. Bye-bye now!"],
    ['en', 'Good afternoon, Särav Kodu, Peeter speaking. I can remove it. Thank you for your call – this was Peeter from Särav Kodu. Goodbye.'],
    ['en', "Hi, Maria here. I'll check the invoice. Bye now!"],
    ['et', 'Tere, Särav Kodu, Kristi kuuleb. Võtame selle arvelt maha. Head aega!'],
    ['et', 'Tere! Siin on Kristi Särav Kodust. Vaatan arve üle. Kõike head!'],
    ['et', 'Tere, proua Kask! Võtan selle maha. Kõike head! Teid teenindas Eliisa.'],
    ['pl', 'Dzień dobry, Marta Nowicka, Särav Kodu. Mogę to usunąć. Do widzenia.'],
    ['pl', 'Dzień dobry, tu Kasia z Särav Kodu. Usunę tę pozycję. Do usłyszenia!'],
    ['pl', 'Dzień dobry, Pani Helmi. Usunę tę pozycję. Do widzenia, mówiła Kasia z Särav Kodu.'],
  ] as const)('is met by a greeting, a closing and the agent named in %s: %s', (lang, text) => {
    expect(call(lang, text)).toHaveVerdict('greet-and-close', 'met');
  });

  it.each([
    ['et', 'Tere, proua Helmi! Võtan selle maha. Kõike head Teile!'],
    ['et', 'Tere, proua Kask! Võtan selle maha. Head päeva, proua Kask!'],
    ['en', "Hello Mrs Kask. I'll take it off. Goodbye, Mrs Kask!"],
    ['en', "Hello from Särav Kodu! I'll take it off. Goodbye!"],
    ['pl', 'Dzień dobry, Pani Helmi. Usunę to. Do widzenia, Pani Helmi!'],
  ] as const)('is missed when only the customer is named in %s: %s', (lang, text) => {
    expect(call(lang, text)).toHaveVerdict('greet-and-close', 'missed');
  });

  it('points at the words that give the name', () => {
    const rule = call('en', "Hello! I'm Maria. I'll fix it. Goodbye!").rules.find((r) => r.id === 'greet-and-close');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['Hello', "I'm Maria", 'Goodbye']);
  });
});

describe('greet-and-close, further closing formulas', () => {
  it.each([
    ['et', 'Lugupeetud härra Kaarel\n\nTäname kirja eest.\n\nAustusega\nHelle-Mai Kuusk'],
    ['et', 'Tere Kaie!\n\nVabandame.\n\nKallistusega\nMaarja'],
    ['en', 'Hi Eva,\n\nSo sorry about today.\n\nSpeak soon,\nKerli'],
    ['pl', 'Cześć Mari!\n\nPrzepraszamy.\n\nBuziaki, Ola'],
    ['pl', 'Hej Kaarel!\nDaj znać, co się stało!\nPozdro, Bartek'],
  ] as const)('is met in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('greet-and-close', 'met');
  });
});

describe('greet-and-close on the phone, the company is not the agent', () => {

  it.each([
    ['et', 'Tere, siin Särav Kodu. Võtan selle maha. Kõike head!'],
    ['en', "Hello, this is Särav Kodu. I'll take it off. Goodbye!"],
    ['pl', 'Dzień dobry, tu Särav Kodu. Usunę to. Do widzenia!'],
    ['pl', 'Dzień dobry, Pani Helmi. Dziękuję z całego serca za telefon. Usunę to. Do widzenia!'],
  ] as const)('is missed in %s: %s', (lang, text) => {
    expect(call(lang, text)).toHaveVerdict('greet-and-close', 'missed');
  });

  it.each([
    ['et', 'Tere, siin Särav Kodu, Kristi kuuleb. Võtan selle maha. Kõike head!'],
    ['en', "Hello, this is Anna from Särav Kodu. I'll take it off. Goodbye!"],
    ['pl', 'Dzień dobry. Usunę to. Kasia z Särav Kodu, do usłyszenia!'],
  ] as const)('is met when the agent is named too in %s: %s', (lang, text) => {
    expect(call(lang, text)).toHaveVerdict('greet-and-close', 'met');
  });
});
