import { met, violated, type Rule, type RuleContext } from '../rule';
import type { Evidence } from '../report';
import type { Token } from '../text/analyse';
import { matchEvidence, sentenceEvidence } from '../text/context';
import type { Match, PhraseSet } from '../text/pattern';
import { clauseOf, inSentence, isQuestion, matchesIn, matchesOf, negatedInScope } from '../text/scope';
import type { ScenarioFacts } from '../scenario-facts';
import { findCommittedTimes } from './act-now';
import { isOffered } from './propose-solution';

export interface NoOverpromisePack {
  /** Absolute guarantees: "garanteerin", "I guarantee", "gwarantuję", "100% kindel". */
  guarantees: PhraseSet;
  /** Promises that it never happens again, which hold their own negation: "see ei kordu enam", "never happen again". */
  neverAgain: PhraseSet;
  /** Effort that turns a never-again into an aim: "teeme kõik, et", "we'll do our best", "dołożymy starań". */
  hedges: PhraseSet;
  /** Saying it cannot be promised: "ei saa lubada", "can't guarantee", "nie możemy zagwarantować". */
  cannotPromise: PhraseSet;
  /** A manager named beside an offer makes it conditional on their approval: "juhataja", "manager", "kierownik". */
  approval: PhraseSet;
  /** Words that make a question offer something ("Kas soovite…?", "Would you like…?"), not question a demand. */
  offerCues: PhraseSet;
  /** Words after a number that make it a percentage, beside the "%" sign: "protsenti", "percent", "procent". */
  percentWords: ReadonlySet<string>;
  /** Words of a discount, to read "60% allahindlust" against the scenario's limit. */
  discountWords: PhraseSet;
  /** A discount of half, read as 50% against the scenario's limit: "poole hinnaga", "half price", "za pół ceny". */
  halfPrice: PhraseSet;
  /**
   * Outcomes nobody at the desk controls, whose time cannot be promised: the lift working again, the lost order on
   * the table ("lift töötab 30 minuti pärast", "your food will be here in 5 minutes"). Subject and predicate both,
   * so "the children's meal on the house" or "sprawdzę zamówienie" are not outcomes.
   */
  uncertainOutcomes: PhraseSet;
  /** What the desk does control, whose time can be promised: the technician's arrival, the order put first in line, bread now. */
  controllable: PhraseSet;
  /**
   * Two remedies a policy grants as alternatives, given together for free: the restaurant may waive the children's meal
   * OR the dessert ("Lapse toit ja magustoit on täna mõlemad maja poolt" gives both). The phrase holds both and the word
   * that makes them free.
   */
  bothAlternatives: PhraseSet;
}

/**
 * The smallest percentage the scenario forbids: one above its maxDiscountPercent, or, in scenarios that name no
 * limit, the smallest of its forbidden offers written as a list of numbers before a discount word ("55|60|65
 * allahindlus*"): any discount from there up breaks the policy, not only the listed ones.
 */
function discountThreshold(facts: ScenarioFacts): number | undefined {
  // Percentages are read as whole numbers, so the first forbidden one is the next whole number.
  if (facts.maxDiscountPercent !== undefined) return Math.floor(facts.maxDiscountPercent) + 1;
  return listedThreshold(facts);
}

function listedThreshold(facts: ScenarioFacts): number | undefined {
  let threshold: number | undefined;
  for (const pattern of facts.forbiddenOffers.patterns) {
    const first = pattern.slots[0];
    if (!first || pattern.slots.length < 2) continue;
    const numbers = first.alternatives.map((a) => (/^\d+$/.test(a.text) ? Number(a.text) : Number.NaN));
    if (numbers.length < 2 || numbers.some(Number.isNaN)) continue;
    const low = Math.min(...numbers);
    threshold = threshold === undefined ? low : Math.min(threshold, low);
  }
  return threshold;
}

// "50-protsendilist", "30-procentowy", "50-percent": the number and its word in one token.
const JOINED_PERCENT = /^(\d{1,3})-(\p{L}+)$/u;

/** Percentages of the reply: "60%", "60 %", "60 protsenti", "60-protsendilist", and half price as 50. */
function percentages(ctx: RuleContext): Array<{ value: number; match: Match; discount?: boolean }> {
  const { reply } = ctx;
  const { percentWords, halfPrice } = ctx.pack.rules['no-overpromise'];
  const out: Array<{ value: number; match: Match; discount?: boolean }> = matchesOf(reply, halfPrice).map((match) => ({ value: 50, match, discount: true }));
  for (const t of reply.tokens) {
    const code = t.norm.charCodeAt(0);
    if (code < 48 || code > 57) continue;
    const joined = JOINED_PERCENT.exec(t.norm);
    if (joined && percentWords.has(joined[2] as string)) {
      out.push({ value: Number(joined[1]), match: { pattern: '#percent', firstToken: t.index, lastToken: t.index, sentence: t.sentence, start: t.start, end: t.end } });
      continue;
    }
    if (!/^\d{1,3}$/.test(t.norm)) continue;
    const next = reply.tokens[t.index + 1];
    let sign = false;
    for (let i = t.end; i < reply.text.length && i < t.end + 2; i++) {
      const ch = reply.text[i];
      if (ch === '%') sign = true;
      if (ch !== ' ' && ch !== '\u00a0') break;
    }
    const word = next !== undefined && next.sentence === t.sentence && percentWords.has(next.norm);
    if (!sign && !word) continue;
    const last: Token = word && next ? next : t;
    const end = sign ? reply.text.indexOf('%', t.end) + 1 : last.end;
    out.push({
      value: Number(t.norm),
      match: { pattern: '#percent', firstToken: t.index, lastToken: last.index, sentence: t.sentence, start: t.start, end },
    });
  }
  return out;
}

/** Forbidden-offer patterns that hold their own negation ("ei_pea koristus*": no paying for the cleaning), not to be read as refused. */
const ownNegationCache = new WeakMap<ScenarioFacts, ReadonlySet<string>>();

function ownNegation(facts: ScenarioFacts, negators: ReadonlySet<string>): ReadonlySet<string> {
  let known = ownNegationCache.get(facts);
  if (!known) {
    const patterns = facts.forbiddenOffers.patterns;
    known = new Set(patterns.filter((p) => p.slots.some((s) => s.alternatives.some((a) => negators.has(a.text)))).map((p) => p.source));
    ownNegationCache.set(facts, known);
  }
  return known;
}

/** Every overpromise of the reply, as evidence. */
function findOverpromises(ctx: RuleContext): Evidence[] {
  const { reply, pack, facts } = ctx;
  const own = pack.rules['no-overpromise'];
  const found: Evidence[] = [];
  const cannot = (m: Match) => inSentence(reply, own.cannotPromise, m.sentence);

  for (const m of matchesOf(reply, own.guarantees)) {
    // Only a negator before counts: "I guarantee it won't happen" is a guarantee, "I can't guarantee" is not.
    if (cannot(m) || negatedInScope(reply, pack.common, m, { after: 0, inside: false })) continue;
    found.push(matchEvidence(reply, m));
  }
  for (const m of matchesOf(reply, own.neverAgain)) {
    if (cannot(m) || inSentence(reply, own.hedges, m.sentence, m.start)) continue;
    if (negatedInScope(reply, pack.common, m, { after: 0, inside: false })) continue;
    found.push(matchEvidence(reply, m));
  }

  // Offers beyond the policy: the scenario's forbidden offers, and discounts from its smallest forbidden percentage.
  const approved = (m: Match) => inSentence(reply, own.approval, m.sentence);
  // A question offers only with an offering word: "Kas soovite kolme tasuta koristust?" offers, "Kuidas saakski üks
  // koristus olla kolme tasuta koristuse väärt?" questions the demand.
  const offers = (m: Match) => !isQuestion(reply, pack.common, m.sentence) || inSentence(reply, own.offerCues, m.sentence);
  const negating = ownNegation(facts, pack.common.negators);
  for (const m of [...matchesOf(reply, facts.forbiddenWide), ...matchesOf(reply, facts.forbiddenNarrow)]) {
    if (!approved(m) && offers(m) && isOffered(ctx, m, negating.has(m.pattern))) found.push(matchEvidence(reply, m));
  }
  for (const m of matchesOf(reply, own.bothAlternatives)) {
    if (!approved(m) && offers(m) && isOffered(ctx, m)) found.push(matchEvidence(reply, m));
  }
  const threshold = discountThreshold(facts);
  for (const { value, match, discount: known } of percentages(ctx)) {
    const discount = known === true || inSentence(reply, own.discountWords, match.sentence);
    const beyond = discount ? threshold !== undefined && value >= threshold : value === 100;
    if (beyond && !approved(match) && !cannot(match) && isOffered(ctx, match)) found.push(matchEvidence(reply, match));
  }

  // A time for an outcome nobody here controls: the lift repaired, the lost order served.
  const outcomeSentence = (m: Match): boolean => inSentence(reply, own.uncertainOutcomes, m.sentence);
  for (const time of findCommittedTimes(ctx, outcomeSentence)) {
    const scope = clauseOf(reply, pack.common, time.firstToken, time.lastToken);
    for (const outcome of matchesIn(reply, own.uncertainOutcomes, scope)) {
      // What the desk controls between the outcome and its time makes it that thing's time: "tehnik tuleb 2 tunni jooksul".
      const between = { first: Math.min(outcome.firstToken, time.firstToken), last: Math.max(outcome.lastToken, time.lastToken) };
      if (matchesIn(reply, own.controllable, between).length > 0) continue;
      found.push(sentenceEvidence(reply, time.sentence));
      break;
    }
  }

  const unique = new Map(found.map((e) => [`${e.start}:${e.end}`, e]));
  return [...unique.values()].sort((a, b) => a.start - b.start);
}

/**
 * no-overpromise — promises nothing it cannot keep: no absolute guarantee ("garanteerin", "this will never happen
 * again", "100%"), nothing beyond the scenario's policy (its forbidden offers, a discount above its limit), no time
 * for an outcome nobody at the desk controls. Effort ("teeme kõik, et see ei korduks"), a refused or retold offer,
 * and one subject to a manager's approval keep it.
 */
export const noOverpromise: Rule = {
  id: 'no-overpromise',
  judge(ctx) {
    const found = findOverpromises(ctx);
    return found.length === 0 ? met() : violated(found);
  },
};
