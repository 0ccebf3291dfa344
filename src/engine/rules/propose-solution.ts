import { met, missed, type Rule, type RuleContext } from '../rule';
import { matchEvidence } from '../text/context';
import type { Match, PhraseSet } from '../text/pattern';
import type { AnalysedText, Token } from '../text/analyse';
import type { ScenarioFacts } from '../scenario-facts';
import { clauseOf, isQuestion, matchesIn, matchesOf, memo, negatedInScope } from '../text/scope';

export interface ProposeSolutionPack {
  /** Concrete remedies: "tasuta korduskoristus", "tühistame arve", "a discount", "a new time", "ponowne sprzątanie". */
  remedies: PhraseSet;
  /** Remedies worded with their own negation: "Te ei pea maksma", "you won't be charged", "nie musi Pani płacić". */
  negativeRemedies: PhraseSet;
  /** Words that refuse in this rule's sense, beside the common negators: "unable", "võimatu", "niemożliwe". */
  refusals: ReadonlySet<string>;
  /** Words that report what the customer asked for rather than offer it: "soovite", "your request", "Pani żąda". */
  reported: PhraseSet;
  /** Words before a remedy that make it a time to wait for, not an offer: "kuni" ("oodake, kuni tehnik tuleb"), "until". */
  waitingFor: ReadonlySet<string>;
}

/**
 * Whether a remedy-like match is really offered: not refused ("we cannot offer a discount"), not hypothetical
 * ("we could have sent…"), not the customer's own demand retold ("I understand you want three free cleanings").
 * A question offers ("Kas soovite tasuta korduskoristust?"). Shared with no-overpromise, where an offer beyond the
 * policy is the violation and a refused one is not.
 */
export function isOffered(ctx: RuleContext, match: Match, ownNegation = false): boolean {
  const { reply, pack } = ctx;
  const own = pack.rules['propose-solution'];
  if (!ownNegation && negatedInScope(reply, pack.common, match, { after: 6, extra: own.refusals })) return false;
  const scope = clauseOf(reply, pack.common, match.firstToken, match.lastToken);
  if (matchesIn(reply, pack.common.hypothetical, scope).some((h) => h.firstToken < match.firstToken)) return false;
  for (let i = scope.first; i < match.firstToken; i++) if (own.waitingFor.has((reply.tokens[i] as Token).norm)) return false;
  if (!isQuestion(reply, pack.common, match.sentence) && matchesIn(reply, own.reported, scope).length > 0) return false;
  return true;
}

const remediesCache = new WeakMap<AnalysedText, WeakMap<ScenarioFacts, Match[]>>();

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
  const found = [
    ...matchesOf(reply, own.remedies).filter((m) => isOffered(ctx, m)),
    ...matchesOf(reply, facts.solutions).filter((m) => isOffered(ctx, m, negative.has(m.pattern))),
    ...matchesOf(reply, own.negativeRemedies).filter((m) => isOffered(ctx, m, true)),
  ];
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
