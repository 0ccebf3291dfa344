import { met, violated, type Rule } from '../rule';
import type { LanguagePack } from '../lang/pack';
import { ReplyCache, type AnalysedText } from '../text/analyse';
import { after, clauseBefore, isQuestion, lastClauseBreak, negatedInClause } from '../text/clause';
import { sentenceEvidence } from '../text/context';
import { fold } from '../text/fold';
import type { Match, PhraseSet } from '../text/pattern';
import { matchesOf } from '../text/scope';

export interface NoBlamePack {
  /**
   * Blame, reproach and arguing aimed at the customer: "you should have…", "Teie süü", "Te oleksite pidanud",
   * "to Pani wina", "you were told". A negator before one in its clause reverses it ("it is not your fault"), and so
   * does one standing between its words ("we did NOT tell you").
   */
  blame: PhraseSet;
  /**
   * Reproaches that blame whatever the punctuation, a question included: "Miks Te kohe ei helistanud?", "what did
   * you expect?", "could you keep him quiet?", "we can't read minds". Other blame phrases asked as a real question
   * ("Kas Te tellisite selle ise?") do not blame.
   */
  reproaches: PhraseSet;
  /** Contradicting or denying, which carry their own negation: "see ei vasta tõele", "not our fault", "nieprawda". */
  denials: PhraseSet;
  /**
   * Claims of innocence: "did nothing wrong", "tegi kõik õigesti", "nic złego nie zrobiła". A denial when the company
   * or its staff is the subject, a reassurance when the customer is ("Te ei ole midagi valesti teinud").
   */
  innocence: PhraseSet;
  /**
   * Phrases that look like blame but are not: the company's fault ("you should have BEEN told", "Te oleksite pidanud
   * meilt teate SAAMA"), an offer ("you could have A free re-clean"), a check of our own ("make sure the invoice is
   * correct"), a plight described ("kiedy trzeba było odwołać"). A blame match that begins or ends inside one does not count.
   */
  notBlame: PhraseSet;
  /** Refusing to thank is a reproach ("Sellise kirja eest me tänama ei hakka", "I won't be thanking you…"). */
  refusedThanks: PhraseSet;
  /**
   * The customer's patience or wait. Thanks declined for it in the same sentence admit our fault, since she should
   * not have needed any: "I won't thank you for your patience", "ei saa Teid kannatlikkuse eest tänada".
   */
  patienceWords: PhraseSet;
  /**
   * Blaming the customer's own home for the failure: a sentence that puts a poor state ("räämas", "in a terrible
   * state", "bałagan") before the service ("enne koristust", "before she started", "przed sprzątaniem").
   */
  priorTime: PhraseSet;
  poorState: PhraseSet;
  /**
   * The customer's belongings as the excuse ("asju laiali", "clutter", "zagracone"), blaming when the same sentence
   * says the work could not be done because of them (`inability`: "ei saanud", "could not", "nie dało się").
   */
  clutter: PhraseSet;
  inability: PhraseSet;
  /** Auxiliaries that need a verb after them: "that's what you should HAVE." ends a sentence and blames no one. */
  auxiliaries: ReadonlySet<string>;
  /** Sentences that concede the customer's point, so a reminder in them is not an argument: "see ei õigusta", "is no excuse". */
  concessions: PhraseSet;
  /**
   * Advice about next time tells the customer the failure was theirs: a sentence that holds both a "next time"
   * (`nextTime`: "next time", "järgmine kord", "następnym razem") and advice to the customer (`advice`: "please
   * check", "maybe order", "kontrollige", "proszę sprawdzić"), in either order and at any distance: "Please check your
   * messages more carefully next time." Not a sentence that makes an offer (`offers`: "50% off", "soodustus", "rabat"),
   * and not our own promise, which has no advice in it ("Next time we will call you").
   */
  nextTime: PhraseSet;
  advice: PhraseSet;
  offers: PhraseSet;
  /**
   * The record turned against the customer: a sentence that names what the records show (`records`: "the system",
   * "süsteemis", "na fakturze") and concludes from it that the customer ordered it (`conclusions`: "so you ordered it",
   * "järelikult tellisite", "więc Pani je zamówiła"). The system does not record who called, so the conclusion
   * contradicts her; stating what the system shows does not.
   */
  records: PhraseSet;
  conclusions: PhraseSet;
  /**
   * Reproaches whose doer the words leave open, which fall on the customer unless one of our side is named before
   * them in the clause (`ourSide`): "selle peale oleks võinud enne mõelda", "można było zadzwonić", "nie podał Pan
   * szczegółów", "annavad meile tavaliselt ette teada" — but not "koristaja oleks võinud helistada", "pracownica nie
   * podała Pani powodu" or "koristajad annavad meile ette teada", where our side failed or our staff are meant.
   */
  impersonal: PhraseSet;
  ourSide: ReadonlySet<string>;
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

const patternWords = new Map<string, ReadonlySet<string>>();

/** The folded words a pattern names, so a negator the pattern itself asks for ("you didn't read") is told apart. */
function wordsOf(source: string): ReadonlySet<string> {
  let words = patternWords.get(source);
  if (!words) {
    words = new Set(fold(source).split(/[\s_|]+/).map((w) => w.replace(/\*$/, '')));
    patternWords.set(source, words);
  }
  return words;
}

/** "We did NOT tell you": a negator in the gap between the pattern's words, which the pattern did not ask for. */
function negatedInside(reply: AnalysedText, m: Match, negators: ReadonlySet<string>): boolean {
  if (m.lastToken - m.firstToken < 2) return false;
  const words = wordsOf(m.pattern);
  for (let i = m.firstToken + 1; i < m.lastToken; i++) {
    const norm = (reply.tokens[i] as { norm: string }).norm;
    if (negators.has(norm) && !words.has(norm)) return true;
  }
  return false;
}

/** Token positions covered by any match of the set (matched once per reply: thank and stay-calm share some sets). */
function covered(reply: AnalysedText, set: PhraseSet): Set<number> {
  const out = new Set<number>();
  for (const e of matchesOf(reply, set)) for (let i = e.firstToken; i <= e.lastToken; i++) out.add(i);
  return out;
}

/** The customer named as the subject of an innocence claim: "Te ei ole…", "you did nothing…", "nic złego PANI nie zrobiła". */
function customerIsSubject(reply: AnalysedText, m: Match, addressee: ReadonlySet<string>): boolean {
  for (let i = m.firstToken; i <= m.lastToken; i++) if (addressee.has((reply.tokens[i] as { norm: string }).norm)) return true;
  return clauseBefore(reply, m, 2).some((t) => addressee.has(t.norm));
}

/**
 * Advice in a sentence that speaks of next time: the advice is the evidence, the "next time" only places it. A
 * sentence asked as a real question ("Would you like us to call before the visit next time?") advises nothing.
 */
function nextTimeAdvice(
  reply: AnalysedText,
  p: NoBlamePack,
  negators: ReadonlySet<string>,
  breaks: Map<number, number>,
  excused: Set<number>,
): Match[] {
  const next = new Set(p.nextTime.findAll(reply).map((m) => m.sentence));
  if (next.size === 0) return [];
  const offering = new Set(p.offers.findAll(reply).map((m) => m.sentence));
  return p.advice
    .findAll(reply)
    .filter(
      (m) =>
        next.has(m.sentence) &&
        !offering.has(m.sentence) &&
        !excused.has(m.firstToken) &&
        !negatedInClause(reply, m, negators, 2) &&
        !inQuestionClause(reply, m, breaks),
    );
}

/** "The system shows it was added by phone, so you ordered it": a conclusion about the customer drawn from a record. */
function recordConclusions(reply: AnalysedText, p: NoBlamePack, negators: ReadonlySet<string>, breaks: Map<number, number>): Match[] {
  const recorded = new Set(p.records.findAll(reply).map((m) => m.sentence));
  if (recorded.size === 0) return [];
  return p.conclusions
    .findAll(reply)
    .filter(
      (m) =>
        recorded.has(m.sentence) &&
        !inQuestionClause(reply, m, breaks) &&
        !negatedInClause(reply, m, negators, 2) &&
        !negatedInside(reply, m, negators),
    );
}

const cache = new ReplyCache<{ pack: LanguagePack; found: Match[] }>();

/**
 * The blaming, reproaching or contradicting phrases of a reply, in reply order. Shared with apologise, which reads
 * an apology followed by blame ("sorry, but you were told…") as a non-apology, and with empathy; computed once per reply.
 */
export function findBlame(reply: AnalysedText, pack: LanguagePack): Match[] {
  const known = cache.get(reply);
  if (known && known.pack === pack) return known.found;
  const found = detectBlame(reply, pack);
  cache.set(reply, { pack, found });
  return found;
}

function detectBlame(reply: AnalysedText, pack: LanguagePack): Match[] {
  const p = pack.rules['no-blame'];
  const { negators, addressee } = pack.common;
  const excused = covered(reply, p.notBlame);
  const conceded = new Set(p.concessions.findAll(reply).map((m) => m.sentence));
  const breaks = new Map<number, number>();
  const found: Match[] = [];
  for (const m of p.blame.findAll(reply)) {
    if (conceded.has(m.sentence) || inQuestionClause(reply, m, breaks)) continue;
    if (negatedInClause(reply, m, negators, 3) || negatedInside(reply, m, negators)) continue;
    if (excused.has(m.firstToken) || excused.has(m.lastToken)) continue;
    const last = reply.tokens[m.lastToken];
    if (last && p.auxiliaries.has(last.norm) && after(reply, m, 1, true).length === 0) continue;
    found.push(m);
  }
  const waited = new Set(p.patienceWords.findAll(reply).map((m) => m.sentence));
  for (const m of matchesOf(reply, p.refusedThanks)) if (!isQuestion(reply, m.sentence) && !waited.has(m.sentence)) found.push(m);
  const poor = new Set(p.poorState.findAll(reply).map((m) => m.sentence));
  for (const m of p.priorTime.findAll(reply)) if (poor.has(m.sentence)) found.push(m);
  const unable = new Set(p.inability.findAll(reply).map((m) => m.sentence));
  for (const m of p.clutter.findAll(reply)) {
    if (unable.has(m.sentence) && !conceded.has(m.sentence) && !negatedInClause(reply, m, negators, 2)) found.push(m);
  }
  // "Aitäh ähvarduse eest" is sarcastic thanks, which stay-calm judges; the word "threat" in it is not a second charge.
  const sarcastic = covered(reply, pack.rules.thank.sarcastic);
  for (const m of matchesOf(reply, p.reproaches)) {
    if (sarcastic.has(m.firstToken) || negatedInClause(reply, m, negators, 2)) continue;
    found.push(m);
  }
  for (const m of p.denials.findAll(reply)) {
    if (!conceded.has(m.sentence) && !excused.has(m.firstToken) && !excused.has(m.lastToken)) found.push(m);
  }
  found.push(...nextTimeAdvice(reply, p, negators, breaks, excused), ...recordConclusions(reply, p, negators, breaks));
  for (const m of p.impersonal.findAll(reply)) {
    if (inQuestionClause(reply, m, breaks) || negatedInClause(reply, m, negators, 3)) continue;
    if (excused.has(m.firstToken) || excused.has(m.lastToken)) continue;
    if (clauseBefore(reply, m, 4).some((t) => p.ourSide.has(t.norm))) continue;
    found.push(m);
  }
  for (const m of p.innocence.findAll(reply)) {
    if (conceded.has(m.sentence) || excused.has(m.firstToken) || customerIsSubject(reply, m, addressee)) continue;
    // "She did not do her job properly" admits the failure.
    if (negatedInClause(reply, m, negators, 3) || negatedInside(reply, m, negators)) continue;
    found.push(m);
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
