import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PACKS } from '../../src/engine/lang';
import { LANGS } from '../../src/engine/languages';
import { analyse } from '../../src/engine/text/analyse';
import { phrases } from '../../src/engine/text/pattern';
import { collectPhraseSets, PhraseIndex } from '../../src/engine/text/phrase-index';

// Words the packs look for, mixed with noise, so that random replies hit many patterns.
const words = ['tänan', 'vabandame', 'kohe', 'täna', 'kell', '15', 'homme', 'ei', 'kui', 'Teie', 'sa', 'sorry', 'but', 'you',
  'thank', 'today', 'right', 'away', 'will', 'call', 'przepraszamy', 'dziś', 'od', 'razu', 'Pani', 'nie', 'jeśli', 'arve', 'koristaja',
  'invoice', 'cleaner', 'faktura', 'x', 'y', '.', ',', '?', '!', '\n', '10:30', '24', 'tunni', 'jooksul', 'mõistan', 'understand'];
const reply = fc.array(fc.constantFrom(...words), { maxLength: 80 }).map((w) => w.join(' '));

describe('the pack-wide phrase index', () => {
  it.each(LANGS)('finds exactly what each %s phrase set finds on its own', (lang) => {
    const sets = collectPhraseSets(PACKS[lang]);
    expect(sets.length).toBeGreaterThan(20);
    const index = new PhraseIndex(sets);
    fc.assert(
      fc.property(reply, (text) => {
        const primed = analyse(text);
        index.prime(primed);
        for (const set of sets) {
          // A fresh, unprimed reply: the set finds its matches through its own first-word index.
          const alone = set.findAll(analyse(text));
          expect(set.findAll(primed)).toEqual(alone);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('handles numbers and one- and two-letter prefixes', () => {
    const set = phrases('#num tunni*', 'k* jooksul', 'ko* kell', 'kell #num');
    const text = 'Helistame 24 tunni jooksul, kohe kell 15.';
    const primed = analyse(text);
    new PhraseIndex([set]).prime(primed);
    expect(set.findAll(primed).map((m) => text.slice(m.start, m.end))).toEqual(['24 tunni', 'kohe kell', 'kell 15']);
  });
});
