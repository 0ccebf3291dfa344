import { met, missed, type Rule, type RuleContext } from '../rule';
import { matchEvidence } from '../text/context';
import type { Match, PhraseSet } from '../text/pattern';
import { ReplyCache, type AnalysedText, type Token } from '../text/analyse';
import type { ScenarioFacts } from '../scenario-facts';
import { clauseOf, inSentence, isQuestion, matchesIn, matchesOf, memo, negatedInScope, overlapsAny, type Scope } from '../text/scope';

export interface ProposeSolutionPack {
  /** Concrete remedies: "tasuta korduskoristus", "tühistame arve", "a discount", "a new time", "ponowne sprzątanie". */
  remedies: PhraseSet;
  /** Remedies worded with their own negation: "Te ei pea maksma", "you won't be charged", "nie musi Pani płacić". */
  negativeRemedies: PhraseSet;
  /** Words that refuse in this rule's sense, beside the common negators: "unable", "võimatu", "niemożliwe". */
  refusals: ReadonlySet<string>;
  /** Refusals without a negator, anywhere in the offer's clause: "more than I'm able to offer", "on rohkem, kui…". */
  refusalPhrases: PhraseSet;
  /** Words that report what the customer asked for rather than offer it: "soovite", "your request", "Pani żąda". */
  reported: PhraseSet;
  /** Words before a remedy that make it a time to wait for, not an offer: "kuni" ("oodake, kuni tehnik tuleb"), "until". */
  waitingFor: ReadonlySet<string>;
  /** Verbs of waiting right before a remedy, which make it something we wait for: "ootame tehnikut", "czekamy na technika". */
  waitsFor: ReadonlySet<string>;
  /** Words that describe what usually is rather than offer it: "pokoje mamy ZWYKLE na parterze", "tavaliselt". */
  habitual: ReadonlySet<string>;
  /**
   * Only looking into a remedy, not offering it: "I'll see what I can do about another room", "uurime, kas saame…";
   * or what the customer should have chosen: "kui Te oleksite tellinud lastemenüüst".
   */
  tentative: PhraseSet;
  /**
   * Words that open a new subject or a further item after a remedy, past which a negator is not the remedy's: "ja Te ei
   * pea maksma", "and you", "ja LISAKS ei pea Te … maksma".
   */
  otherSubjects: ReadonlySet<string>;
}

// How far a refusal reaches over a list of offers: "we cannot give three free cleanings or a gift", "kolme tasuta
// koristust ja kingitust ma kahjuks lubada ei saa".
const REFUSAL_BEFORE = 8;
const REFUSAL_AFTER = 8;
// How far before a remedy a tentative phrase still governs it: "uurime, kas saaksime pakkuda uue aja".
const TENTATIVE_REACH = 8;
// How far before a remedy a verb of waiting governs it: "waiting for the technician", "czekamy na technika".
const WAIT_REACH = 3;

/**
 * Whether a remedy-like match is really offered: not refused ("we cannot offer a discount"), not hypothetical
 * ("we could have sent…"), not the customer's own demand retold ("I understand you want three free cleanings").
 * A question offers ("Kas soovite tasuta korduskoristust?"). Shared with no-overpromise, where an offer beyond the
 * policy is the violation and a refused one is not.
 */
export function isOffered(ctx: RuleContext, match: Match, ownNegation = false): boolean {
  const { reply, pack } = ctx;
  const own = pack.rules['propose-solution'];
  const negation = { before: REFUSAL_BEFORE, after: REFUSAL_AFTER, extra: own.refusals, stopAfter: own.otherSubjects };
  if (!ownNegation && negatedInScope(reply, pack.common, match, negation)) return false;
  const scope = clauseOf(reply, pack.common, match.firstToken, match.lastToken);
  if (!ownNegation && matchesIn(reply, own.refusalPhrases, scope).length > 0) return false;
  if (isTentative(reply, own.tentative, match, scope)) return false;
  if (matchesIn(reply, pack.common.hypothetical, scope).some((h) => h.firstToken < match.firstToken)) return false;
  for (let i = scope.first; i < match.firstToken; i++) {
    const norm = (reply.tokens[i] as Token).norm;
    if (own.waitingFor.has(norm) || own.habitual.has(norm)) return false;
    if (match.firstToken - i <= WAIT_REACH && own.waitsFor.has(norm)) return false;
  }
  if (!isQuestion(reply, pack.common, match.sentence) && matchesIn(reply, own.reported, scope).length > 0) return false;
  return true;
}

/**
 * A tentative phrase governs the match: it ends shortly before it and reaches into the match's clause, which a phrase
 * spanning a comma does ("uurime, kas saame pakkuda…": "kas" opens the remedy's clause), but not one whose clause
 * has ended ("vaatan, mis juhtus, ja toon lapsele saia").
 */
function isTentative(reply: AnalysedText, tentative: PhraseSet, match: Match, scope: Scope): boolean {
  // The nearest tentative phrase decides: one further back is further from the clause as well.
  const last = memo(tentativeCache, reply, tentative, () => lastEndingBefore(reply, matchesOf(reply, tentative)))[match.firstToken] as number;
  if (last < 0 || (reply.tokens[last] as Token).sentence !== match.sentence) return false;
  return match.firstToken - last <= TENTATIVE_REACH && last >= scope.first;
}

const tentativeCache = new ReplyCache<Map<PhraseSet, Int32Array>>();

/** For each token, the last token before it that ends one of the matches (−1 when none): one pass, O(1) look-ups. */
function lastEndingBefore(reply: AnalysedText, matches: readonly Match[]): Int32Array {
  const ends = new Int32Array(reply.tokens.length + 1).fill(-1);
  for (const m of matches) ends[m.lastToken + 1] = Math.max(ends[m.lastToken + 1] as number, m.lastToken);
  for (let i = 1; i < ends.length; i++) if ((ends[i] as number) < (ends[i - 1] as number)) ends[i] = ends[i - 1] as number;
  return ends;
}

const remediesCache = new ReplyCache<Map<ScenarioFacts, Match[]>>();

/** The remedies the reply offers: the pack's generic ones and the scenario's own solutions. Once per reply. */
export function findRemedies(ctx: RuleContext): Match[] {
  return memo(remediesCache, ctx.reply, ctx.facts, () => computeRemedies(ctx));
}

function computeRemedies(ctx: RuleContext): Match[] {
  const { reply, pack, facts } = ctx;
  const own = pack.rules['propose-solution'];
  // A scenario's solution may hold its own negation ("arvet ei esitata"), like the pack's negative remedies.
  const negative = new Set(
    facts.solutions.patterns
      .filter((p) => p.slots.some((s) => s.alternatives.some((a) => pack.common.negators.has(a.text))))
      .map((p) => p.source),
  );
  // The customer's own demand quoted back in a question ("Three free cleanings and a gift??") offers nothing; a
  // question with an offering word does ("Kas soovite kolme tasuta koristust?"), as in no-overpromise.
  const { offerCues } = pack.rules['no-overpromise'];
  const questionsDemand = (m: Match): boolean =>
    isQuestion(reply, pack.common, m.sentence) && overlapsAny(reply, facts.forbiddenOffers, m) && !inSentence(reply, offerCues, m.sentence);
  const found = [
    ...matchesOf(reply, own.remedies).filter((m) => isOffered(ctx, m)),
    ...matchesOf(reply, facts.solutions).filter((m) => isOffered(ctx, m, negative.has(m.pattern))),
    ...matchesOf(reply, own.negativeRemedies).filter((m) => isOffered(ctx, m, true)),
  ].filter((m) => !questionsDemand(m));
  return found.sort((a, b) => a.start - b.start);
}

/**
 * propose-solution — offers at least one concrete remedy: a re-clean, a cancelled or corrected invoice, a new time,
 * a discount, another room, food brought now. "We will look into it" is no remedy (not in the packs); a refused,
 * hypothetical or merely retold one does not count.
 */
export const proposeSolution: Rule = {
  id: 'propose-solution',
  judge(ctx) {
    const remedies = findRemedies(ctx);
    if (remedies.length === 0) return missed();
    const seen = new Set<number>();
    const evidence = remedies.filter((m) => !seen.has(m.sentence) && seen.add(m.sentence)).slice(0, 3);
    return met(evidence.map((m) => matchEvidence(ctx.reply, m)));
  },
};
