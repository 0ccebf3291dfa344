import { met, violated, type Rule } from '../rule';
import type { LanguagePack } from '../lang/pack';
import type { AnalysedText } from '../text/analyse';
import { after, isQuestion, lastClauseBreak, negatedInClause } from '../text/clause';
import { sentenceEvidence } from '../text/context';
import type { Match, PhraseSet } from '../text/pattern';

export interface NoBlamePack {
  /**
   * Blame, reproach and arguing aimed at the customer: "you should have…", "Teie süü", "Te oleksite pidanud",
   * "to Pani wina", "you were told". A negator before one in its clause reverses it ("it is not your fault").
   */
  blame: PhraseSet;
  /**
   * Reproaches in the form of a question, which blame whatever the punctuation: "Miks Te kohe ei helistanud?",
   * "what did you expect?". Other blame phrases asked as a real question ("Kas Te tellisite selle ise?") do not blame.
   */
  reproaches: PhraseSet;
  /** Contradicting or denying, which carry their own negation: "see ei vasta tõele", "not our fault", "nieprawda". */
  denials: PhraseSet;
  /**
   * Phrases that look like blame but are not: the company's fault ("you should have BEEN told", "Te oleksite pidanud
   * meilt teate SAAMA") or an offer ("you could have A free re-clean"). A blame match inside one does not count.
   */
  notBlame: PhraseSet;
  /** Refusing to thank is a reproach ("Sellise kirja eest me tänama ei hakka", "I can't say we appreciate…"). */
  refusedThanks: PhraseSet;
  /**
   * Blaming the customer's own home or conduct for the failure: a sentence that puts a poor state ("räämas",
   * "in a terrible state", "bałagan") before the service ("enne koristust", "before she started", "przed sprzątaniem").
   */
  priorTime: PhraseSet;
  poorState: PhraseSet;
  /** Auxiliaries that need a verb after them: "that's what you should HAVE." ends a sentence and blames no one. */
  auxiliaries: ReadonlySet<string>;
  /** Sentences that concede the customer's point, so a reminder in them is not an argument: "see ei õigusta", "is no excuse". */
  concessions: PhraseSet;
}

/**
 * A blame phrase asked as a real question ("Kas Te tellisite selle ise?") blames no one; one in a statement that a
 * question merely follows ("Dziecko przeszkadza innym gościom, może wyjdzie Pan z nim?") still does.
 * `breaks` caches each question sentence's last clause break, so many matches in one long sentence stay linear.
 */
function inQuestionClause(reply: AnalysedText, m: Match, breaks: Map<number, number>): boolean {
  const s = reply.sentences[m.sentence];
  if (!s || !isQuestion(reply, m.sentence)) return false;
  let last = breaks.get(m.sentence);
  if (last === undefined) {
    last = lastClauseBreak(reply, s.start, s.end);
    breaks.set(m.sentence, last);
  }
  return last <= m.end;
}

const cache = new WeakMap<AnalysedText, { pack: LanguagePack; found: Match[] }>();

/**
 * The blaming, reproaching or contradicting phrases of a reply, in reply order. Shared with apologise, which reads
 * an apology followed by blame ("sorry, but you were told…") as a non-apology; computed once per reply.
 */
export function findBlame(reply: AnalysedText, pack: LanguagePack): Match[] {
  const known = cache.get(reply);
  if (known && known.pack === pack) return known.found;
  const found = detectBlame(reply, pack);
  cache.set(reply, { pack, found });
  return found;
}

function detectBlame(reply: AnalysedText, pack: LanguagePack): Match[] {
  const { blame, reproaches, denials, notBlame, concessions, refusedThanks, priorTime, poorState, auxiliaries } = pack.rules['no-blame'];
  const excused = new Set<number>();
  for (const e of notBlame.findAll(reply)) for (let i = e.firstToken; i <= e.lastToken; i++) excused.add(i);
  const conceded = new Set(concessions.findAll(reply).map((m) => m.sentence));
  const breaks = new Map<number, number>();
  const found: Match[] = [];
  for (const m of blame.findAll(reply)) {
    if (conceded.has(m.sentence) || inQuestionClause(reply, m, breaks)) continue;
    if (negatedInClause(reply, m, pack.common.negators, 3)) continue;
    if (excused.has(m.firstToken) || excused.has(m.lastToken)) continue;
    const last = reply.tokens[m.lastToken];
    if (last && auxiliaries.has(last.norm) && after(reply, m, 1, true).length === 0) continue;
    found.push(m);
  }
  for (const m of refusedThanks.findAll(reply)) if (!isQuestion(reply, m.sentence)) found.push(m);
  const poor = new Set(poorState.findAll(reply).map((m) => m.sentence));
  for (const m of priorTime.findAll(reply)) if (poor.has(m.sentence)) found.push(m);
  for (const m of reproaches.findAll(reply)) found.push(m);
  for (const m of denials.findAll(reply)) {
    if (!conceded.has(m.sentence)) found.push(m);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * no-blame — the reply does not blame the customer, argue with them or contradict them.
 * A conditional apology alone does not break it (apologise judges that); explicit reproach does.
 */
export const noBlame: Rule = {
  id: 'no-blame',
  judge({ reply, pack }) {
    const found = findBlame(reply, pack);
    if (found.length === 0) return met();
    const sentences = [...new Set(found.map((m) => m.sentence))];
    return violated(sentences.map((s) => sentenceEvidence(reply, s)));
  },
};
