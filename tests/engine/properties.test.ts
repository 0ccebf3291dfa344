import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreReply } from '../../src/engine/score-reply';
import { LANGS } from '../../src/engine/languages';
import { RULE_IDS } from '../../src/engine/rule-ids';
import { makeScenario } from '../helpers/scenario-builder';

const scenario = makeScenario({
  profile: ['elderly', 'family', 'disability'],
  ruleData: {
    et: { keyFacts: { invoice: ['arve*'] }, solutions: ['uus_koristus'], forbiddenOffers: ['kingitus*'], thirdPerson: ['kas ta'] },
    en: { keyFacts: { invoice: ['invoice*'] }, solutions: ['new_cleaning'], forbiddenOffers: ['gift*'], thirdPerson: ['does he'] },
    pl: { keyFacts: { invoice: ['faktur*'] }, solutions: ['ponowne sprzatanie'], forbiddenOffers: ['prezent*'], thirdPerson: ['czy on'] },
  },
});

// Text that looks like replies: words of the three languages, punctuation, capitals, emoji, marks, RTL, controls.
const pieces = [
  'Tere', 'Teie', 'vabandame', 'VABANDAME', 'tänan', 'aitäh', 'täna', 'kell', '15', 'kui', 'Teile', 'tundus', 'ei', 'sa', 'saad',
  'Hello', 'sorry', 'but', 'you', 'should', 'have', 'thank', 'today', 'calm', 'down', 'he', 'guarantee', '100%',
  'Dzień', 'dobry', 'przepraszamy', 'jeśli', 'Pani', 'ty', 'masz', 'dziś', 'gwarantuję',
  '!!', '?', '.', ',', '…', '"', '«', '»', '\n', ' ', '  ', '😀', '👍🏽', 'e\u0301', '\u200f', 'שלום', 'مرحبا', '\u0000', '\t',
  '\ud800', '\udc00', 'İ', 'ß', 'Ł', 'ﬁ',
];
const replyLike = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), replyLike);
const lang = fc.constantFrom(...LANGS);

describe('scoreReply on any input', () => {
  it('never throws and returns every scored rule exactly once with a score in 0–100', () => {
    fc.assert(
      fc.property(anyText, lang, (text, l) => {
        const report = scoreReply(text, { scenario, lang: l });
        expect(report.rules.map((r) => r.id)).toEqual([...RULE_IDS]);
        expect(report.score).toBeGreaterThanOrEqual(0);
        expect(report.score).toBeLessThanOrEqual(100);
        expect(Number.isInteger(report.score)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same report for the same input', () => {
    fc.assert(
      fc.property(anyText, lang, (text, l) => {
        expect(scoreReply(text, { scenario, lang: l })).toEqual(scoreReply(text, { scenario, lang: l }));
      }),
      { numRuns: 200 },
    );
  });

  it('only points at spans inside the reply whose text is that slice', () => {
    fc.assert(
      fc.property(anyText, lang, (text, l) => {
        for (const rule of scoreReply(text, { scenario, lang: l }).rules) {
          for (const e of rule.evidence) {
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeLessThanOrEqual(text.length);
            expect(e.start).toBeLessThanOrEqual(e.end);
            expect(e.text).toBe(text.slice(e.start, e.end));
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives a tip key of the form "<rule>.<verdict>" for every rule', () => {
    const report = scoreReply('Tere!', { scenario, lang: 'et' });
    for (const r of report.rules) expect(r.tip).toBe(`${r.id}.${r.verdict}`);
  });
});
