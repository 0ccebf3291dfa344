import { met, missed, type Rule, type RuleContext } from '../rule';
import { matchEvidence, sentenceEvidence } from '../text/context';
import type { Token } from '../text/analyse';
import type { Match, PhraseSet } from '../text/pattern';
import { isQuestion, matchesOf, negatedInScope, overlapsAny } from '../text/scope';
import { findCommittedTimes } from './act-now';
import { findRemedies } from './propose-solution';

export interface InvolveCustomerPack {
  /** Letting the customer choose or asking what they prefer: "eelistate", "kumb", "would you prefer", "co Pani woli". */
  preference: PhraseSet;
  /** Open questions about what suits them, which count when asked: "milline aeg Teile sobib", "what time works". */
  openQuestions: PhraseSet;
  /** Requests to tell us, which make a statement ask: "andke teada", "let me know", "proszę dać znać". */
  tellUs: PhraseSet;
  /** Words that join alternatives: "või", "or", "albo", "lub", "czy". */
  alternatives: ReadonlySet<string>;
  /** Asking what the customer wishes, which with "or" in a question makes a choice: "Kas soovite … või …?", "Would you like it by post or email?". */
  wishes: PhraseSet;
  /** Look-alikes that ask nothing: "to make it up to you". */
  exclusions: PhraseSet;
}

/**
 * Offers given as alternatives: two offers (remedies or times) with "or" between them ("a re-clean or a discount"),
 * or one offer followed by "or" in a sentence that asks ("on Monday or Tuesday, just let us know").
 */
function offeredChoices(ctx: RuleContext, asking: ReadonlySet<number>, lastOr: Int32Array): number[] {
  const { reply, pack } = ctx;
  const { alternatives } = pack.rules['involve-customer'];
  // Only sentences with an "or" can offer alternatives.
  const withOr = (m: Match): boolean => (lastOr[m.sentence] as number) >= 0;
  const offers = [...findRemedies(ctx).filter(withOr), ...findCommittedTimes(ctx, withOr)].sort((a, b) => a.start - b.start);
  const sentences: number[] = [];
  for (let i = 0; i < offers.length; i++) {
    const a = offers[i] as Match;
    const b = offers[i + 1];
    if (b && a.sentence === b.sentence && b.firstToken > a.lastToken) {
      const between = reply.tokens.slice(a.lastToken + 1, b.firstToken);
      if (between.some((t) => alternatives.has(t.norm))) sentences.push(a.sentence);
    }
    if (!asking.has(a.sentence) && !isQuestion(reply, pack.common, a.sentence)) continue;
    if ((lastOr[a.sentence] as number) > a.lastToken) sentences.push(a.sentence);
  }
  return sentences;
}

/**
 * involve-customer — the customer gets a real choice or is asked what they prefer: "Kas sobiks pigem … või …?",
 * "Which would you prefer?", "Którą opcję Pani woli?", "Milline aeg Teile sobib?". A single imposed offer is missed.
 */
export const involveCustomer: Rule = {
  id: 'involve-customer',
  judge(ctx) {
    const { reply, pack } = ctx;
    const own = pack.rules['involve-customer'];
    const notExcluded = (m: Match) => !overlapsAny(reply, own.exclusions, m);
    // The last "or" of each sentence (−1 when none), so asking whether a sentence offers alternatives costs nothing.
    const lastOr = new Int32Array(reply.sentences.length).fill(-1);
    // Polish "czy" opening a sentence asks yes or no ("Czy to Pani odpowiada?"); only inside it does it join alternatives.
    const opensQuestion = (t: Token) => reply.sentences[t.sentence]?.firstToken === t.index && pack.common.questionOpeners.has(t.norm);
    for (const t of reply.tokens) if (own.alternatives.has(t.norm) && !opensQuestion(t)) lastOr[t.sentence] = t.index;
    for (const m of matchesOf(reply, own.preference)) {
      if (notExcluded(m) && !negatedInScope(reply, pack.common, m, { after: 2 })) return met([matchEvidence(reply, m)]);
    }
    // "Kas soovite selle postiga või e-kirjaga?", "Let me know if morning or afternoon works better": a wish asked
    // between alternatives.
    const asking = new Set(matchesOf(reply, own.tellUs).map((m) => m.sentence));
    for (const m of matchesOf(reply, own.wishes)) {
      if (!isQuestion(reply, pack.common, m.sentence) && !asking.has(m.sentence)) continue;
      if ((lastOr[m.sentence] as number) >= 0) {
        return met([sentenceEvidence(reply, m.sentence)]);
      }
    }
    for (const m of matchesOf(reply, own.openQuestions)) {
      if (!isQuestion(reply, pack.common, m.sentence) && !asking.has(m.sentence)) continue;
      if (!negatedInScope(reply, pack.common, m, { after: 2 })) return met([sentenceEvidence(reply, m.sentence)]);
    }
    if (!lastOr.some((i) => i >= 0)) return missed();
    const choice = offeredChoices(ctx, asking, lastOr)[0];
    return choice === undefined ? missed() : met([sentenceEvidence(reply, choice)]);
  },
};
