import { describe, expect, it } from 'vitest';
import { score } from '../helpers/score';

describe('thank', () => {
  it.each([
    ['et', 'Tänan Teid, et andsite meile teada.'],
    ['et', 'Aitäh kirja eest!'],
    ['et', 'Suur tänu tagasiside eest.'],
    ['et', 'Taname kannatlikkuse eest.'],
    ['en', 'Thank you for letting us know.'],
    ['en', 'We appreciate your patience.'],
    ['pl', 'Dziękujemy za wiadomość.'],
    ['pl', 'Dziekuje za cierpliwosc.'],
  ] as const)('is met by a thanks in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('thank', 'met');
  });

  it.each([
    ['et', 'Ma ei täna Teid selle kirja eest.'],
    ['en', 'Thanks a lot for the detailed feedback.'],
    ['en', 'Thanks for nothing.'],
    ['et', 'Täna tuleb koristaja uuesti.'],
    ['en', 'We will send a new cleaner.'],
  ] as const)('is missed without a sincere thanks in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('thank', 'missed');
  });

  it('points at the words that thanked', () => {
    const rule = score('en', 'Hello. Many thanks for writing to us.').rules.find((r) => r.id === 'thank');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['Many thanks']);
  });
});
