import { met, missed, type Rule, type RuleContext } from '../rule';
import { sentenceEvidence, sentenceTokens } from '../text/context';
import { isQuestion } from '../text/clause';
import type { PhraseSet } from '../text/pattern';
import { matchesOf } from '../text/scope';

export interface ClarifyPack {
  /** Words that open a question even without "?": "kas", "czy", "could you". Matched at the start of a sentence. */
  questionStarts: PhraseSet;
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
    const requests = sentencesOf(ctx, p.requests);
    for (const m of p.imperatives?.findAll(reply) ?? []) if (m.firstToken === reply.sentences[m.sentence]?.firstToken) requests.add(m.sentence);
    const cues = sentencesOf(ctx, p.factCues);
    const strong = sentencesOf(ctx, p.strongCues);
    const notFacts = sentencesOf(ctx, p.notFactSeeking);
    const rhetorical = sentencesOf(ctx, p.rhetorical);
    // A reproach asked as a question ("Miks Te kohe ei helistanud?") seeks no facts; a hostile request still may
    // ("kirjutage ometi, mis juhtus ja millal").
    for (const b of matchesOf(reply, pack.rules['no-blame'].reproaches)) if (isQuestion(reply, b.sentence)) rhetorical.add(b.sentence);

    const asking: number[] = [];
    reply.sentences.forEach((_, i) => {
      if (sentenceTokens(reply, i).length === 0 || rhetorical.has(i)) return;
      const question = isQuestion(reply, i) || starts.has(i);
      const request = !question && requests.has(i) && cues.has(i);
      if (!question && !request) return;
      if (strong.has(i) || !notFacts.has(i)) asking.push(i);
    });
    if (asking.length === 0) return missed();
    return met(asking.map((s) => sentenceEvidence(reply, s)));
  },
};
