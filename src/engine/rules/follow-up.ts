import { met, missed, type Rule } from '../rule';
import { matchEvidence } from '../text/context';
import type { PhraseSet } from '../text/pattern';
import { matchesOf, negatedInScope, overlapsAny } from '../text/scope';

export interface FollowUpPack {
  /**
   * Promises to check afterwards that the problem is solved, or to confirm a step once it is done:
   * "helistan pärast koristust, et veenduda…", "anname teada, kui arve on tühistatud", "I'll check with you
   * afterwards", "zadzwonię, aby upewnić się…". Compiled with a wider gap: these promises spread over a clause.
   */
  promises: PhraseSet;
  /** Look-alikes that are remedies, not checks: "a follow-up cleaning". */
  exclusions: PhraseSet;
}

/**
 * follow-up — promises to check afterwards that the problem is really solved (call after the re-clean, confirm the
 * corrected invoice). Acting now is act-now's business: "Helistan Teile kohe" alone is not a follow-up.
 */
export const followUp: Rule = {
  id: 'follow-up',
  judge({ reply, pack }) {
    const { promises, exclusions } = pack.rules['follow-up'];
    for (const m of matchesOf(reply, promises)) {
      if (overlapsAny(reply, exclusions, m)) continue;
      if (!negatedInScope(reply, pack.common, m, { after: 2 })) return met([matchEvidence(reply, m)]);
    }
    return missed();
  },
};
