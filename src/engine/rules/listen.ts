import { met, missed, type Rule } from '../rule';
import { after } from '../text/clause';
import { matchEvidence, sentenceEvidence } from '../text/context';
import type { PhraseSet } from '../text/pattern';

export interface ListenPack {
  /**
   * Words that restate what the customer wrote: "nagu Te kirjutasite", "as you mentioned", "jak Pani pisze".
   * Followed by what was said, they refer to this complaint whatever the scenario's key facts cover.
   */
  restatement: PhraseSet;
}

/** Words that must follow a restatement marker for it to restate something ("as you wrote, the cleaner left early"). */
const RESTATED_WORDS = 3;

/**
 * listen — the reply shows it heard THIS complaint: it refers to at least one of the complaint's specific facts
 * (the scenario's keyFacts for the language and turn), or restates what the customer wrote. One specific fact is
 * enough; tone does not matter (a hostile reply that restates the facts has listened); a generic apology is missed.
 */
export const listen: Rule = {
  id: 'listen',
  judge({ reply, pack, facts }) {
    const found = [];
    for (const set of facts.keyFacts.values()) {
      const first = set.findAll(reply)[0];
      if (first) found.push(matchEvidence(reply, first));
    }
    if (found.length > 0) return met(found.sort((a, b) => a.start - b.start));
    for (const m of pack.rules.listen.restatement.findAll(reply)) {
      if (after(reply, m, RESTATED_WORDS).length >= RESTATED_WORDS) return met([sentenceEvidence(reply, m.sentence)]);
    }
    return missed();
  },
};
