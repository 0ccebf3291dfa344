import { met, missed, type Rule, type RuleContext } from '../rule';
import { sentenceEvidence, sentenceTokens } from '../text/context';
import { clauseBreakBetween, isQuestion } from '../text/clause';
import type { Token } from '../text/analyse';
import type { Match, PhraseSet } from '../text/pattern';
import { matchesOf } from '../text/scope';

export interface ClarifyPack {
  /** Words that open a question even without "?": "kas", "czy", "could you". Matched at the start of a sentence. */
  questionStarts: PhraseSet;
  /**
   * A question word and verb opening a question typed without its "?" ("Millal koristaja käis.", "What was the
   * problem."): a question only in a sentence with no comma, since "Mis juhtus, oli vale." opens with a clause.
   */
  whStarts: PhraseSet;
  /** Requests for facts that are not questions in form: "palun kirjeldage, mis juhtus", "please tell us when", "proszę opisać". */
  requests: PhraseSet;
  /** Requests that count only when they open their sentence (English bare imperatives, which also follow "didn't"). */
  imperatives?: PhraseSet;
  /** Words that show a question seeks facts about what happened and when: "mis juhtus", "täpsemalt", "what exactly", "kiedy". */
  factCues: PhraseSet;
  /** Cues strong enough to outweigh a word of preference ("millega täpsemalt jäite rahulolematuks?"). */
  strongCues: PhraseSet;
  /**
   * Questions that seek no facts: preference and choice ("kas sobib?", "which would you prefer?" are involve-customer),
   * offers and permission ("may we call you?"), satisfaction, "anything else?".
   */
  notFactSeeking: PhraseSet;
  /** Rhetorical questions: "mida Te siis ootasite?", "what did you expect?", "czy Pani naprawdę myśli…?". */
  rhetorical: PhraseSet;
  /**
   * Tags that close a question echoing what the customer said ("Mycie okien, 35 euro, tak?", "…, right?", "…, eks?"):
   * they confirm what is known, they do not find out what happened.
   */
  echoTags: ReadonlySet<string>;
  /**
   * Openings of a conditional invitation ("Kui midagi konkreetset on, kirjutage.", "If there's anything specific, write
   * to us.", "Jeśli coś konkretnego, proszę pisać."): the request after them asks nothing unless its own clause names
   * what to tell ("…, kirjutage, mis juhtus").
   */
  invitations: PhraseSet;
  /**
   * Words that open a question continuing the one before ("czego się Pani spodziewała? ŻE będzie idealna?", "What did
   * you expect? THAT she…?"): after a rhetorical question, it is rhetorical too.
   */
  continuations: ReadonlySet<string>;
  /**
   * Hurrying the customer, asked as a question ("Could you hurry up a bit?", "Kas saaksite kiiremini?", "Czy może Pani
   * szybciej?"): no question unless another one follows it in the sentence ("…speed up and tell me – did you call?").
   */
  hurry: PhraseSet;
}

/** The sentence is a statement closed by an echo tag after a comma: "Window washing, 35 euros, right?". */
function endsWithEchoTag(ctx: RuleContext, sentence: number): boolean {
  const { reply, pack } = ctx;
  const s = reply.sentences[sentence];
  if (!s || s.endToken - s.firstToken < 2) return false;
  const last = reply.tokens[s.endToken - 1] as Token;
  if (!pack.rules.clarify.echoTags.has(last.norm)) return false;
  const before = reply.tokens[s.endToken - 2] as Token;
  return reply.text.slice(before.end, last.start).includes(',');
}

/**
 * An imperative opens its sentence ("Tell us what happened."), or the main clause after a condition that opens it
 * ("If you have an actual complaint, tell us what happened"): elsewhere the bare verb is no request ("didn't tell").
 */
function opensSentenceOrCondition(ctx: RuleContext, m: Match): boolean {
  const { reply, pack } = ctx;
  const s = reply.sentences[m.sentence];
  if (!s) return false;
  if (m.firstToken === s.firstToken) return true;
  const opening = reply.tokens[s.firstToken] as Token;
  const previous = reply.tokens[m.firstToken - 1] as Token;
  return pack.common.conditionals.has(opening.norm) && reply.text.slice(previous.end, (reply.tokens[m.firstToken] as Token).start).includes(',');
}

/** A comma or another clause break between the words of the sentence. */
function hasClauseBreak(ctx: RuleContext, sentence: number): boolean {
  const { reply } = ctx;
  const s = reply.sentences[sentence];
  if (!s || s.endToken - s.firstToken < 2) return false;
  return clauseBreakBetween(reply, (reply.tokens[s.firstToken] as Token).end, (reply.tokens[s.endToken - 1] as Token).start);
}

/**
 * Sentences opened by a conditional invitation, each with the first token of the clause after it: only a fact cue from
 * there on makes the request ask something. The condition's own vague words ("konkreetset", "specific") do not.
 */
function invitedFrom(ctx: RuleContext): Map<number, number> {
  const { reply, pack } = ctx;
  const out = new Map<number, number>();
  for (const m of pack.rules.clarify.invitations.findAll(reply)) {
    const s = reply.sentences[m.sentence];
    if (!s || m.firstToken !== s.firstToken || out.has(m.sentence)) continue;
    let from = s.endToken;
    for (let j = m.lastToken + 1; j < s.endToken; j++) {
      if (clauseBreakBetween(reply, (reply.tokens[j - 1] as Token).end, (reply.tokens[j] as Token).start)) {
        from = j;
        break;
      }
    }
    out.set(m.sentence, from);
  }
  return out;
}

function negatorBefore(ctx: RuleContext, m: Match): boolean {
  const previous = ctx.reply.tokens[m.firstToken - 1];
  return previous !== undefined && previous.sentence === m.sentence && ctx.pack.common.negators.has(previous.norm);
}

function sentencesOf(ctx: RuleContext, set: PhraseSet): Set<number> {
  return new Set(set.findAll(ctx.reply).map((m) => m.sentence));
}

/**
 * clarify — the reply asks at least one real question to find out what happened and/or when. Questions offering
 * a choice or asking a preference belong to involve-customer; rhetorical and reproachful questions do not count;
 * a polite request for the facts ("palun kirjeldage, mis juhtus") counts as asking.
 */
export const clarify: Rule = {
  id: 'clarify',
  judge(ctx) {
    const { reply, pack } = ctx;
    const p = pack.rules.clarify;
    const starts = new Set(p.questionStarts.findAll(reply).filter((m) => m.firstToken === reply.sentences[m.sentence]?.firstToken).map((m) => m.sentence));
    for (const m of p.whStarts.findAll(reply)) if (m.firstToken === reply.sentences[m.sentence]?.firstToken && !hasClauseBreak(ctx, m.sentence)) starts.add(m.sentence);
    // "…kui Te ei täpsusta, mis…": the bare stem after a negator is a statement of any person, not a request.
    const requests = new Set(p.requests.findAll(reply).filter((m) => !negatorBefore(ctx, m)).map((m) => m.sentence));
    for (const m of p.imperatives?.findAll(reply) ?? []) if (opensSentenceOrCondition(ctx, m)) requests.add(m.sentence);
    const cueMatches = p.factCues.findAll(reply);
    const cues = new Set(cueMatches.map((m) => m.sentence));
    const invited = invitedFrom(ctx);
    const hurriedUntil = new Map<number, number>();
    for (const m of p.hurry.findAll(reply)) hurriedUntil.set(m.sentence, m.lastToken);
    const askedAfterHurry = new Set<number>();
    for (const m of [...cueMatches, ...p.questionStarts.findAll(reply), ...p.whStarts.findAll(reply)]) {
      const until = hurriedUntil.get(m.sentence);
      if (until !== undefined && m.firstToken > until) askedAfterHurry.add(m.sentence);
    }
    const cuedAfter = new Set<number>();
    for (const m of cueMatches) {
      const from = invited.get(m.sentence);
      if (from !== undefined && m.firstToken >= from) cuedAfter.add(m.sentence);
    }
    const strong = sentencesOf(ctx, p.strongCues);
    const notFacts = sentencesOf(ctx, p.notFactSeeking);
    const rhetorical = sentencesOf(ctx, p.rhetorical);
    // A reproach asked as a question ("Miks Te kohe ei helistanud?") seeks no facts; a hostile request still may
    // ("kirjutage ometi, mis juhtus ja millal").
    for (const b of matchesOf(reply, pack.rules['no-blame'].reproaches)) if (isQuestion(reply, b.sentence)) rhetorical.add(b.sentence);

    // "czego się Pani spodziewała? Że będzie idealna?": the second question only goes on with the first.
    reply.sentences.forEach((s, i) => {
      const opening = reply.tokens[s.firstToken];
      if (rhetorical.has(i - 1) && opening && p.continuations.has(opening.norm) && isQuestion(reply, i)) rhetorical.add(i);
    });

    const asking: number[] = [];
    reply.sentences.forEach((_, i) => {
      if (sentenceTokens(reply, i).length === 0 || rhetorical.has(i) || endsWithEchoTag(ctx, i)) return;
      if (invited.has(i) && !cuedAfter.has(i)) return;
      if (hurriedUntil.has(i) && !askedAfterHurry.has(i)) return;
      const question = isQuestion(reply, i) || starts.has(i);
      const request = !question && requests.has(i) && cues.has(i);
      if (!question && !request) return;
      if (strong.has(i) || !notFacts.has(i)) asking.push(i);
    });
    if (asking.length === 0) return missed();
    return met(asking.map((s) => sentenceEvidence(reply, s)));
  },
};
