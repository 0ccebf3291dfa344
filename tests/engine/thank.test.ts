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
