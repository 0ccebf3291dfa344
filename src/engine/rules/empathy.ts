import { met, missed, type Rule, type RuleContext } from '../rule';
import type { Token } from '../text/analyse';
import { after, clauseBefore, clauseBreakBetween, isQuestion, negatedInClause } from '../text/clause';
import { sentenceEvidence } from '../text/context';
import { negatedInScope } from '../text/scope';
import type { Match, PhraseSet } from '../text/pattern';
import { findBlame } from './no-blame';

export interface EmpathyPack {
  /**
   * Words of understanding that need a complement: "mõistan", "saan aru", "I understand", "rozumiem". A bare
   * "I understand." acknowledges nothing; "mõistan Teid", "I understand how frustrating…" does.
   */
  acknowledge: PhraseSet;
  /** Phrases that are empathy by themselves: "tunneme Teile kaasa", "how frustrating", "współczuję". */
  sympathy: PhraseSet;
  /** Markers that make a feeling word in the sentence an acknowledgement: "pidi olema", "must have been", "zrozumiałe". */
  evaluative: PhraseSet;
  /** Feelings: "pettumus", "frustrating", "rozczarowanie"; with "Teie"/"your"/"Pani" next to them they name the customer's. */
  feelings: PhraseSet;
  /** The customer's situation, counted only with a word of understanding or an evaluative marker: "olukord", "inconvenience". */
  situations: PhraseSet;
  /**
   * Regret about what the customer went through: "kahju, et PIDITE ootama", "sorry YOU had to…", "przykro mi, że
   * musieli PAŃSTWO czekać". Counted when it, or the clause it governs, refers to the customer.
   */
  regretting: PhraseSet;
  /** Words that open an exclamative complement: "mõistan, KUI ebameeldiv…", "I understand HOW upsetting…". */
  howWords: ReadonlySet<string>;
  /** Words after a "how" word that make it a plain question of manner: "I understand how IT happened". */
  notAfterHow: ReadonlySet<string>;
  /** Words that dismiss the feeling instead: "põhjendamatu", "exaggerated", "przesadzona". */
  dismissive: PhraseSet;
  /** Words that carry the complement across a comma: "mõistan, KUI…", "I understand, THAT…" ("I understand, but…" is bare). */
  linkers: ReadonlySet<string>;
  /** Endings of second-person verbs, for languages that mark the addressee on the verb ("soovite", "olete"). */
  addresseeEndings: readonly string[];
  /**
   * Copulas that judge the customer's situation by a feeling word: "(waiting with a crying child) IS exhausting",
   * "(ootamine) ON kurnav", "(czekanie) JEST wyczerpujące" — a situation word, a copula, then a feeling, in one clause.
   */
  copulas: ReadonlySet<string>;
  /**
   * We as the ones who feel: "MEIL ENDAL ON piinlik", "WE ARE embarrassed", "JEST NAM wstyd". A feeling word just after
   * them is the company's own, no empathy with the customer.
   */
  ownFeeling: PhraseSet;
}

/** How many words after "meil on", "we are" a feeling still is ours: "meil endal on VÄGA piinlik", "jesteśmy naprawdę bardzo zawstydzeni". */
const OWN_FEELING_REACH = 2;

/**
 * The feeling matches the company feels itself: just after an "own feeling" phrase in the same clause, with no word for
 * the customer between ("meil on piinlik", but not "I'm sorry YOU were upset").
 */
function ownedFeelings(ctx: RuleContext, feelings: readonly Match[]): Set<number> {
  const { reply, pack } = ctx;
  const owners = pack.rules.empathy.ownFeeling.findAll(reply);
  const owned = new Set<number>();
  if (owners.length === 0) return owned;
  // The last owner phrase ending before each token: one pass, O(1) look-ups.
  const lastOwner = new Int32Array(reply.tokens.length).fill(-1);
  for (const o of owners) if (o.lastToken + 1 < lastOwner.length) lastOwner[o.lastToken + 1] = o.lastToken;
  for (let i = 1; i < lastOwner.length; i++) if ((lastOwner[i] as number) < (lastOwner[i - 1] as number)) lastOwner[i] = lastOwner[i - 1] as number;
  for (const f of feelings) {
    const end = lastOwner[f.firstToken] as number;
    if (end < 0 || f.firstToken - end > OWN_FEELING_REACH + 1) continue;
    if ((reply.tokens[end] as Token).sentence !== f.sentence || clauseBreakBetween(reply, (reply.tokens[end] as Token).end, f.start)) continue;
    const between = reply.tokens.slice(end + 1, f.firstToken);
    if (!refersToCustomer(ctx, between)) owned.add(f.firstToken);
  }
  return owned;
}

/**
 * The words after a match that belong to what it governs: they stop at a clause break not followed by a linker.
 * A dash or colon right after the match introduces its content ("I completely understand – waiting this long…").
 */
function complement(ctx: RuleContext, match: Match): Token[] {
  const { reply } = ctx;
  const { linkers } = ctx.pack.rules.empathy;
  const out: Token[] = [];
  let prevEnd = match.end;
  for (const t of after(reply, match, 12)) {
    const explained = out.length === 0 && /^[\s]*[:–—-][\s]/.test(reply.text.slice(prevEnd, t.start) + ' ');
    if (explained && ctx.pack.common.contrast.has(t.norm)) break;
    if (!explained && clauseBreakBetween(reply, prevEnd, t.start) && !linkers.has(t.norm)) break;
    out.push(t);
    prevEnd = t.end;
  }
  return out;
}

function refersToCustomer(ctx: RuleContext, tokens: readonly Token[]): boolean {
  const { addressee } = ctx.pack.common;
  const endings = ctx.pack.rules.empathy.addresseeEndings;
  return tokens.some((t) => addressee.has(t.norm) || (t.norm.length >= 5 && endings.some((e) => t.norm.endsWith(e))));
}

/**
 * empathy — the reply names or acknowledges the customer's feelings or situation: a word of understanding about
 * the customer or their feelings ("mõistan, kui ebameeldiv…", "I understand your frustration"), a feeling judged
 * ("it must have been embarrassing"), the customer's feeling named ("Teie pettumus on mõistetav"), or sympathy.
 * A bare "I understand" or a generic "sorry for the inconvenience" is missed.
 */
export const empathy: Rule = {
  id: 'empathy',
  judge(ctx) {
    const { reply, pack } = ctx;
    const p = pack.rules.empathy;
    const dismissed = new Set(p.dismissive.findAll(reply).map((m) => m.sentence));
    // "Przykro mi, że jest Pani niezadowolona, ale to Pani wina": understanding followed by blame is not empathy.
    for (const b of findBlame(reply, pack)) dismissed.add(b.sentence);
    const { perception } = pack.rules.apologise;
    const acknowledged = p.acknowledge.findAll(reply);
    // "Ma ei saa aru, miks Te nii vihane olete": a refusal to understand makes the sentence's feelings an accusation.
    for (const m of acknowledged) if (negatedInClause(reply, m, pack.common.negators, 3)) dismissed.add(m.sentence);
    // "Meil endal on väga piinlik": the company's own feeling is left out, as if not said.
    const allFeelings = p.feelings.findAll(reply);
    const owned = ownedFeelings(ctx, allFeelings);
    const feelingMatches = allFeelings.filter((m) => !owned.has(m.firstToken));
    const feelingSentences = new Set(feelingMatches.map((m) => m.sentence));
    const situations = p.situations.findAll(reply);
    const situationSentences = new Set(situations.map((m) => m.sentence));
    // Where each feeling or situation word starts, so a complement is checked word by word.
    const named = new Set([...feelingMatches, ...situations].map((m) => m.firstToken));
    const found = new Set<number>();

    for (const m of p.sympathy.findAll(reply)) {
      if (!dismissed.has(m.sentence) && !negatedInClause(reply, m, pack.common.negators, 3)) found.add(m.sentence);
    }
    for (const m of acknowledged) {
      if (dismissed.has(m.sentence)) continue;
      const rest = complement(ctx, m);
      const [first, second] = rest;
      const exclamative = !!first && !!second && p.howWords.has(first.norm) && !p.notAfterHow.has(second.norm);
      if (exclamative || rest.some((t) => named.has(t.index)) || refersToCustomer(ctx, rest)) found.add(m.sentence);
    }
    const regrets = p.regretting.findAll(reply);
    // "Przykro mi" is our regret, judged as regret below, never the customer's feeling named.
    const regretWords = new Set(regrets.map((m) => m.firstToken));
    for (const m of regrets) {
      if (dismissed.has(m.sentence) || isQuestion(reply, m.sentence)) continue;
      const span = reply.tokens.slice(m.firstToken, m.lastToken + 1);
      const rest = complement(ctx, m);
      // "Przykro nam, że tak Pani to odebrała": regret for the customer's perception, not for what they went through.
      if (rest.slice(0, 6).some((t) => perception.has(t.norm))) continue;
      if (refersToCustomer(ctx, span) || refersToCustomer(ctx, rest)) found.add(m.sentence);
    }
    for (const m of p.evaluative.findAll(reply)) {
      if (dismissed.has(m.sentence)) continue;
      // "To naprawdę nie jest duży problem", "see pole tõesti hull": the judgement denied dismisses the feeling.
      if (negatedInScope(reply, pack.common, m, { before: 2, after: 2 })) continue;
      if (feelingSentences.has(m.sentence) || situationSentences.has(m.sentence)) found.add(m.sentence);
    }
    // "Waiting with a hungry child is exhausting": the situation judged by a feeling word.
    const situationStarts = new Set(situations.map((m) => m.firstToken));
    for (const f of feelingMatches) {
      if (dismissed.has(f.sentence) || found.has(f.sentence) || isQuestion(reply, f.sentence)) continue;
      const before = clauseBefore(reply, f, 10);
      const copula = before.findIndex((t) => p.copulas.has(t.norm));
      if (copula < 1 || before.slice(copula).some((t) => pack.common.negators.has(t.norm))) continue;
      if (before.slice(0, copula).some((t) => situationStarts.has(t.index))) found.add(f.sentence);
    }
    // "Teie pettumus", "your frustration", "jest Pani rozczarowana": the customer's own feeling, named — but not
    // inside a condition ("kui tundsite end solvatuna" is the non-apology's wording, not empathy).
    for (const f of feelingMatches) {
      if (dismissed.has(f.sentence) || found.has(f.sentence) || regretWords.has(f.firstToken)) continue;
      const s = reply.sentences[f.sentence];
      if (!s) continue;
      const near = reply.tokens.slice(Math.max(s.firstToken, f.firstToken - 3), Math.min(s.endToken, f.lastToken + 3));
      const before = reply.tokens.slice(Math.max(s.firstToken, f.firstToken - 12), f.firstToken);
      // The customer named by a pronoun or by the verb itself ("pettusite", "zdenerwowałaś").
      if (!refersToCustomer(ctx, near)) continue;
      // "Not to worry", "ärge muretsege", "proszę się nie martwić": reassurance, not a feeling acknowledged.
      if (clauseBefore(reply, f, 2).some((t) => pack.common.negators.has(t.norm))) continue;
      if (isQuestion(reply, f.sentence)) continue;
      if (before.some((t) => pack.common.conditionals.has(t.norm))) continue;
      found.add(f.sentence);
    }

    if (found.size === 0) return missed();
    return met([...found].sort((a, b) => a - b).map((s) => sentenceEvidence(reply, s)));
  },
};
