import { describe, expect, it } from 'vitest';
import { score } from '../helpers/score';
import { makeScenario } from '../helpers/scenario-builder';

const scenario = makeScenario({ rules: ['thank', 'stay-calm'] });
const judge = (lang: 'et' | 'en' | 'pl', text: string) => score(lang, text, scenario);

describe('thank', () => {
  it.each([
    ['et', 'Tänan Teid, et andsite meile teada.'],
    ['et', 'Aitäh kirja eest!'],
    ['et', 'Suur tänu tagasiside eest.'],
    ['et', 'Taname kannatlikkuse eest.'],
    ['et', 'Oleme tänulikud, et kirjutasite.'],
    ['et', 'Soovin Teid tänada tagasiside eest.'],
    ['et', 'Tänud, et andsite teada.'],
    ['en', 'Thank you for letting us know.'],
    ['en', 'We appreciate your patience.'],
    ['en', 'Thanks for writing to us.'],
    ['en', 'I am grateful for your feedback.'],
    ['pl', 'Dziękujemy za wiadomość.'],
    ['pl', 'Dziekuje za cierpliwosc.'],
    ['pl', 'Jesteśmy wdzięczni za zgłoszenie.'],
    ['pl', 'Dzięki za informację.'],
    ['pl', 'Chciałabym podziękować za Pani opinię.'],
  ] as const)('is met by a thanks in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('thank', 'met');
  });

  it.each([
    ['et', 'Ma ei täna Teid selle kirja eest.'],
    ['et', 'Täna tuleb koristaja uuesti.'],
    ['et', 'Tänu sellele saame teenust parandada.'],
    ['et', 'Oleksime tänulikud, kui saadaksite meile foto.'],
    ['en', 'Thanks a lot for the detailed feedback.'],
    ['en', 'Thanks for nothing.'],
    ['en', 'We will send a new cleaner.'],
    ['en', 'Thanks to our new system this will not happen again.'],
    ['en', 'We would appreciate it if you could send a photo.'],
    ['pl', 'Dzięki temu poprawimy jakość usług.'],
    ['pl', 'Bylibyśmy wdzięczni, gdyby Pani przesłała zdjęcie.'],
    ['pl', 'Nie dziękujemy za taką opinię.'],
  ] as const)('is missed without a sincere thanks in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('thank', 'missed');
  });

  it('reports sarcastic thanks as a breach of stay-calm too', () => {
    expect(judge('en', 'Thanks a lot for the detailed feedback.')).toHaveVerdict('stay-calm', 'violated');
  });

  it('points at the words that thanked', () => {
    const rule = judge('en', 'Hello. Many thanks for writing to us.').rules.find((r) => r.id === 'thank');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['Many thanks']);
  });
});

describe('thank, refused or sarcastic', () => {
  it.each([
    ['et', 'Tänada Teid sellise kirja eest küll ei saa.'],
    ['et', 'Ei saa öelda, et oleksime sellise kirja eest tänulikud.'],
    ['et', 'Aitäh ähvarduse eest.'],
    ['en', "I can't say we appreciate being threatened with bad reviews."],
    ['en', 'Thanks for reminding me what our website says.'],
    ['pl', 'Dziękujemy za tak wyczerpującą i szczegółową opinię.'],
  ] as const)('is missed by a refused or sarcastic thanks in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('thank', 'missed');
  });
});

describe('thank, praise that mocks the complaint', () => {
  it.each([
    ['en', 'Thank you SO much for your lovely email.'],
    ['et', 'Aitäh Teie armsa kirja eest.'],
    ['pl', 'Dziękuję za uroczą wiadomość.'],
  ] as const)('is missed by thanks for a "lovely" complaint in %s: %s', (lang, text) => {
    const report = judge(lang, text);
    expect(report).toHaveVerdict('thank', 'missed');
    expect(report).toHaveVerdict('stay-calm', 'violated');
  });
});

describe('thank, casual and grudging', () => {
  it.each([
    ['en', 'Cheers for letting us know.'],
    ['en', 'Cheers for your patience.'],
  ] as const)('is met by a casual thanks in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('thank', 'met');
  });

  it.each([
    ['en', 'Thanks for your patience, I guess.'],
    ['en', 'Thank you for your patience, I suppose.'],
    ['et', 'Aitäh kannatlikkuse eest, vist.'],
    ['pl', 'Dzięki za cierpliwość, chyba.'],
  ] as const)('is missed by thanks with a grudging afterthought in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('thank', 'missed');
  });

  it.each([
    ['et', 'Aitäh, see on vist kõik.'],
    ['en', 'Thanks for your patience. I guess the kitchen lost the order.'],
    ['pl', 'Dziękuję, to chyba wszystko.'],
  ] as const)('is met when the hedge belongs to another statement in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('thank', 'met');
  });
});

describe('thank, mocking the complaint', () => {
  it.each([
    ['et', 'Tänan VÄGA emotsionaalse kirja eest.'],
    ['et', 'Suur tänu nii põhjaliku kirjelduse eest.'],
    ['et', 'Aitäh, et kogu saalile teada andsite.'],
    ['en', 'Thanks for letting the whole restaurant know.'],
    ['en', 'Thank you for your emotional message.'],
    ['en', 'Thank you VERY much for your email.'],
    ['pl', 'Dziękuję za bardzo emocjonalny list.'],
    ['pl', 'Dziękuję, że poinformowała Pani całą salę.'],
    ['pl', 'Dziękuję BARDZO za wiadomość.'],
  ] as const)('is missed and breaks stay-calm in %s: %s', (lang, text) => {
    const report = judge(lang, text);
    expect(report).toHaveVerdict('thank', 'missed');
    expect(report).toHaveVerdict('stay-calm', 'violated');
  });

  it.each([
    ['et', 'Aitäh, et andsite kohe teada.'],
    ['en', 'Thank you very much for your patience.'],
    ['en', 'Thank you for telling us straight away.'],
    ['pl', 'Dziękuję bardzo za cierpliwość.'],
    ['en', 'THANK YOU for your patience!'],
  ] as const)('is met by sincere thanks in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('thank', 'met');
  });
});

describe('thank, for the scene or the essay', () => {
  it.each([
    ['en', 'Thanks for making a scene.'],
    ['en', 'Thanks for shouting.'],
    ['et', 'Aitäh romaani eest.'],
    ['et', 'Aitäh, et karjusite.'],
    ['pl', 'Dzięki za awanturę.'],
    ['pl', 'Dziękuję za wypracowanie.'],
  ] as const)('is missed in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('thank', 'missed');
  });
});
