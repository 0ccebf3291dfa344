import { met, missed, violated, type Rule, type RuleContext } from '../rule';
import type { Evidence } from '../report';
import type { Token } from '../text/analyse';
import { after, clauseBefore, clauseBreakBetween, isQuestion } from '../text/clause';
import { sentenceEvidence } from '../text/context';
import type { Match, PhraseSet } from '../text/pattern';
import { findBlame } from './no-blame';

export interface ApologisePack {
  /** Apologies by themselves: "vabandame", "palume vabandust", "sorry", "we apologise", "przepraszamy". */
  apologies: PhraseSet;
  /**
   * Regret that is an apology only when it says what went wrong: "mul on kahju, et…", "sorry to hear that our
   * cleaner…", "przykro mi, że…". "Sorry to hear that." alone names nothing.
   */
  regrets: PhraseSet;
  /** Words after a regret that name nothing ("sorry to hear THAT", "kahju KUULDA", "przykro MI TO SŁYSZEĆ"). */
  regretFiller: ReadonlySet<string>;
  /**
   * Words that make a regret sympathy with news rather than an apology: "sorry to HEAR that", "kahju KUULDA",
   * "przykro mi to SŁYSZEĆ". A bare regret ("Mul on nii kahju!", "Przykro mi!") is an apology, like "I'm so sorry!".
   */
  hearing: ReadonlySet<string>;
  /** Words after which a conditional word compares instead ("lubasin rohkem, KUI suudan pidada"). */
  comparatives: ReadonlySet<string>;
  /** Refusals to apologise that no negator word marks: "nothing to apologise for", "vabandust pole vaja". */
  refusals: PhraseSet;
  /** An apology word used for something other than the complaint: "sorry for the slow reply", "regret to inform". */
  otherCause: PhraseSet;
  /** Words that make "sorry that you FEEL…" an apology for the customer's perception rather than for what happened. */
  perception: ReadonlySet<string>;
  /**
   * Perception words whose ending already names the customer, so no pronoun is needed: "Kahju, et nii TUNNETE",
   * "przykro nam, że tak to ODCZUWACIE". English always says "you".
   */
  perceptionByYou: ReadonlySet<string>;
  /** Subjects that, right after "but", turn an apology into blame: "sorry, but YOU…", "vabandame, aga TE…". */
  blamedSubjects: ReadonlySet<string>;
  /**
   * Verbs right after that subject which make the clause an offer to the customer, not a reproach: "Sorry, but
   * tomorrow you will get a new cleaner", "aga Te saate homme uue aja", "ale jutro dostanie Pani nowy termin".
   */
  offeredToYou: ReadonlySet<string>;
  /** Denying the fault after "but" takes the apology back: "I'm sorry, but it's not my fault", "aga see pole meie süü". */
  notOurFault: PhraseSet;
  /**
   * Circumstances or others offered as the cause after "but", which take the apology back as surely as "but you…":
   * "sorry, but our cleaner was ill", "vabandust, aga köök on väga koormatud", "przepraszamy, ale nie mamy na to
   * wpływu". Not a refusal or an offer after "but" ("vabandame, aga kahjuks ei saa…", "przepraszamy, ale jutro…").
   */
  excuses: PhraseSet;
  /**
   * Particles that, after "but", make the rest an argument with the customer: "vabandust, aga me ei ole JU ainuke laud",
   * "przepraszam, ale PRZECIEŻ…".
   */
  arguing: ReadonlySet<string>;
  /**
   * Words that join a new predicate: a negator before them belongs to it, not to the apology after them ("kustutan
   * rea ära JA vabandan", "I can't find the order AND apologise" is rare beside "…didn't come and we apologise").
   */
  coordinators: ReadonlySet<string>;
  /**
   * The customer told not to apologise for themselves: "Teil pole vaja vabandada", "please don't apologise", "nie
   * musi Pani przepraszać". Neither our apology nor our refusal to give one.
   */
  customerApology: PhraseSet;
  /**
   * Reassurance about the customer's pace ("võtke aega", "take your time", "proszę się nie spieszyć"): beside it, "pole
   * vaja vabandada" answers the customer's own apology for speaking slowly, it refuses nothing of ours.
   */
  reassurance: PhraseSet;
  /** An apology for the wait on the phone, not for the complaint: "sorry to keep you waiting ON THE LINE", "liinil". */
  phoneWait: PhraseSet;
  /**
   * Waiting, which in a phone call is the caller's wait on the line ("sorry for the wait", "vabandust, et pidite
   * ootama") unless the complaint itself is about a wait.
   */
  waiting: PhraseSet;
  /**
   * Where a guest waits to be served in person ("at the desk", "leti juures", "przy recepcji"): an apology for waiting
   * there is for the service at hand, not the complaint, unless the sentence names a fact of it.
   */
  desk: PhraseSet;
  /**
   * A refusal held back until the facts are known: "not in a position to apologise UNTIL I've spoken to the cleaner",
   * "kuna ma ei tea VEEL", "dopóki nie wiemy". It waits; a reproach in the next sentence is not its reason.
   */
  pending: PhraseSet;
}

type Kind = 'sincere' | 'non-apology' | 'refusal' | 'other';

interface Judged {
  kind: Kind;
  match: Match;
}

function hasAny(tokens: readonly Token[], words: ReadonlySet<string>): boolean {
  return tokens.some((t) => words.has(t.norm));
}

/** How far around an apology its wording is read: enough for "sorry, but as you know, you…", and linear in the reply. */
const WINDOW = 12;

/** How far after "but" the customer stands as subject: "but YOU…", "aga TE…". */
const BUT_SUBJECT_REACH = 2;
/** With the customer's past deed or a negation before the subject, one word further: "ale nie podał PAN…". */
const BUT_DEED_REACH = 3;
/** How far after an apology its "but" stands: "Sorry, but…", "Vabandame väga, aga…", "We're terribly sorry, but…". */
const BUT_REACH = 3;

/**
 * "Sorry, but our cleaner was ill": an excuse after a "but" that closely follows the apology (or opens the next
 * sentence, `but` given), anywhere in that sentence, however long the clause before it ("aga segadus, mida
 * kirjeldate, võis tuleneda…").
 */
function excused(ctx: RuleContext, sentence: number, but: Token | undefined): boolean {
  if (!but) return false;
  return ctx.pack.rules.apologise.excuses.findInSentence(ctx.reply, sentence).some((e) => e.firstToken > but.index);
}

/** How far after "but" an arguing particle still argues: "aga me ei ole JU ainuke laud". */
const BUT_ARGUING_REACH = 6;

/**
 * "Sorry, but you…", "przepraszam, ale nie podał Pan…": a contrast word followed closely by the customer as subject
 * (a word further when a past verb or a negation comes first, as Polish puts the verb first), or by a particle that
 * argues ("vabandust, aga me ei ole ju…"). "Przepraszamy, ale jutro dostanie Pani…" offers, it does not blame.
 */
function butYou(ctx: RuleContext, tokens: readonly Token[]): boolean {
  const { reply, pack } = ctx;
  const { contrast, negators } = pack.common;
  const { blamedSubjects, arguing, offeredToYou } = pack.rules.apologise;
  const { isPast } = pack.rules['act-now'];
  return tokens.some((t, i) => {
    if (!contrast.has(t.norm)) return false;
    const next = tokens.slice(i + 1, i + 1 + BUT_DEED_REACH);
    const subject = next.findIndex((u) => blamedSubjects.has(u.norm));
    const offered = subject >= 0 && offeredToYou.has(reply.tokens[(next[subject] as Token).index + 1]?.norm ?? '');
    if (subject >= 0 && subject < BUT_SUBJECT_REACH && !offered) return true;
    if (subject >= 0 && next.slice(0, subject).some((u) => negators.has(u.norm) || isPast(reply.tokens, u.index, reply.text))) return true;
    return tokens.slice(i + 1, i + 1 + BUT_ARGUING_REACH).some((u) => arguing.has(u.norm));
  });
}

/** "Sorry, but it's not my fault": a denial of the fault after a contrast word following the apology. */
function deniesFault(ctx: RuleContext, match: Match, rest: readonly Token[]): boolean {
  const { contrast } = ctx.pack.common;
  const but = rest.find((t) => contrast.has(t.norm));
  if (!but) return false;
  return ctx.pack.rules.apologise.notOurFault.findInSentence(ctx.reply, match.sentence).some((f) => f.firstToken > but.index);
}

/**
 * A reply apologises a few times; each apology is judged against its clause and sentence. Past this many, a text is
 * a hostile input ("VABANDAME VABANDAME …"), and the first ones decide as well as all would.
 */
const MAX_JUDGED = 200;

/** How far before an apology a negator refuses it: "ei saa ma praegu ka vabandust paluda", "not in a position to apologise". */
const REFUSAL_REACH = 6;

/**
 * A negator before the apology in its clause, not past a word that opens another predicate ("kustutan rea ära ja
 * vabandan", "I don't know what happened but I apologise"): the negator there belongs to that predicate.
 */
function refusedBefore(ctx: RuleContext, match: Match): boolean {
  const { reply, pack } = ctx;
  const { negators, contrast, clauseOpeners } = pack.common;
  const { coordinators } = pack.rules.apologise;
  const before = clauseBefore(reply, match, REFUSAL_REACH);
  for (let i = before.length - 1; i >= 0; i--) {
    const norm = (before[i] as Token).norm;
    if (negators.has(norm)) return true;
    if (coordinators.has(norm) || contrast.has(norm) || clauseOpeners.has(norm)) return false;
  }
  return false;
}

/**
 * "Vabandame, kui Teile tundus…", "vabandame väga, kui…", "sorry if you felt…": a conditional word within the
 * apology's own clause, a comma allowed just before it. Not one past a colon, a dash or an earlier comma ("palun
 * vabandust: lubasin rohkem, kui suudan pidada"), nor one that compares ("rohkem, kui").
 */
function conditionalAfter(ctx: RuleContext, match: Match, rest: readonly Token[]): boolean {
  const { reply, pack } = ctx;
  const { comparatives } = pack.rules.apologise;
  const at = rest.slice(0, 4).findIndex((t) => pack.common.conditionals.has(t.norm));
  if (at < 0) return false;
  let prevEnd = match.end;
  for (let i = 0; i <= at; i++) {
    const t = rest[i] as Token;
    if (i === at ? /[;:–—]/.test(reply.text.slice(prevEnd, t.start)) : clauseBreakBetween(reply, prevEnd, t.start)) return false;
    prevEnd = t.end;
  }
  return at === 0 || !comparatives.has((rest[at - 1] as Token).norm);
}

/** Every token position covered by the matches. */
function tokensOf(matches: readonly Match[]): Set<number> {
  const out = new Set<number>();
  for (const m of matches) for (let i = m.firstToken; i <= m.lastToken; i++) out.add(i);
  return out;
}

/** What the whole reply says once, so that each apology is judged in constant time. */
interface Seen {
  /** Token positions inside a refusal ("vabandust pole vaja"). */
  refused: ReadonlySet<number>;
  /** Token positions inside a word to the customer about their own apology ("Teil pole vaja vabandada"). */
  toCustomer: ReadonlySet<number>;
  /** Sentences holding blame, and where the last blame in each starts. */
  blameFrom: ReadonlyMap<number, number>;
  otherCause: ReadonlySet<number>;
  /** Sentences apologising for the wait on the phone. */
  phoneWait: ReadonlySet<number>;
  /** Sentences that hold an apology back until the facts are known. */
  pending: ReadonlySet<number>;
  /** Sentences reassuring the customer about their pace. */
  reassured: ReadonlySet<number>;
  facts: ReadonlySet<number>;
}

function judgeOne(ctx: RuleContext, match: Match, isRegret: boolean, seen: Seen): Kind {
  const { reply, pack } = ctx;
  const p = pack.rules.apologise;
  const sentence = reply.sentences[match.sentence];
  if (!sentence) return 'other';
  const rest = after(reply, match, WINDOW);
  const question = isQuestion(reply, match.sentence);

  // "Vabandust, kas saaksite…?", "Sorry, could you…?": a polite opener of a question, not an apology.
  const next = rest[0];
  if (question && match.firstToken === sentence.firstToken && next) {
    if (pack.common.questionOpeners.has(next.norm) || /[,:]/.test(reply.text.slice(match.end, next.start))) return 'other';
  }

  // "Teil pole vaja vabandada": the customer's own apology waved away, which says nothing of ours.
  if (seen.toCustomer.has(match.firstToken) || seen.toCustomer.has(match.lastToken)) return 'other';
  const refused = refusedBefore(ctx, match) || seen.refused.has(match.firstToken) || seen.refused.has(match.lastToken);
  // A refusal or an apology followed by blame in its sentence (or a "But you…" sentence after it) shifts the blame.
  const following = reply.sentences[match.sentence + 1];
  const nextToks = following ? reply.tokens.slice(following.firstToken, Math.min(following.endToken, following.firstToken + WINDOW)) : [];
  const nextOpensWithBut = nextToks[0] !== undefined && pack.common.contrast.has(nextToks[0].norm);
  const blameStart = seen.blameFrom.get(match.sentence);
  const blamed =
    (blameStart !== undefined && blameStart >= match.start) ||
    (!question && deniesFault(ctx, match, rest)) ||
    (nextOpensWithBut && seen.blameFrom.has(match.sentence + 1)) ||
    (!question && butYou(ctx, rest)) ||
    (nextOpensWithBut && !isQuestion(reply, match.sentence + 1) && butYou(ctx, nextToks)) ||
    (!question && excused(ctx, match.sentence, rest.slice(0, BUT_REACH).find((t) => pack.common.contrast.has(t.norm)))) ||
    (nextOpensWithBut && !isQuestion(reply, match.sentence + 1) && excused(ctx, match.sentence + 1, nextToks[0]));
  if (blamed) return 'non-apology';
  if (refused) {
    if (seen.reassured.has(match.sentence) || seen.reassured.has(match.sentence + 1)) return 'other';
    if (seen.pending.has(match.sentence)) return 'refusal';
    // "Kedagi ei olnud kodus. Seetõttu ei saa me ka vabandada.": a refusal beside blame shifts it onto the customer.
    const besideBlame = seen.blameFrom.has(match.sentence) || seen.blameFrom.has(match.sentence - 1) || seen.blameFrom.has(match.sentence + 1);
    return besideBlame ? 'non-apology' : 'refusal';
  }

  // Conditional: "vabandame, kui Teile tundus", "sorry if you felt", "if you feel let down, we apologise".
  if (conditionalAfter(ctx, match, rest)) return 'non-apology';
  const opening = reply.tokens[sentence.firstToken];
  if (opening && opening.index < match.firstToken && pack.common.conditionals.has(opening.norm)) {
    const before = reply.tokens.slice(Math.max(sentence.firstToken, match.firstToken - WINDOW), match.firstToken);
    if (hasAny(before, p.perception)) return 'non-apology';
  }
  // "Sorry that you feel…", "vabandame, et Teile nii tundus": an apology for the customer's perception.
  const near = rest.slice(0, 6);
  if (hasAny(near, p.perceptionByYou) || (hasAny(near, p.perception) && hasAny(near, pack.common.addressee))) return 'non-apology';

  // "Sorry for the slow reply": for something else, unless the same sentence also names a fact of the complaint.
  if (seen.otherCause.has(match.sentence) && !seen.facts.has(match.sentence)) return 'other';
  // "Sorry to keep you waiting on the line", "…at the desk": the queue, not the complaint. Not the restaurant's wait,
  // which names neither ("sorry to keep you waiting").
  if (seen.phoneWait.has(match.sentence) && !seen.facts.has(match.sentence)) return 'other';
  // "Kahju kuulda.", "Sorry to hear that.": sympathy with news that names nothing (a longer sentence always names
  // something). A bare "Mul on nii kahju!" is an apology.
  if (isRegret && rest.length < WINDOW && rest.every((t) => p.regretFiller.has(t.norm))) {
    const own = reply.tokens.slice(match.firstToken, match.lastToken + 1);
    if (hasAny(own, p.hearing) || hasAny(rest, p.hearing)) return 'other';
  }
  return 'sincere';
}

/**
 * apologise — a sincere apology for what happened: met. None, one for something else ("sorry for the slow reply")
 * or a plain refusal ("pole vaja vabandada"): missed. A conditional or blame-shifting non-apology ("sorry if you
 * felt…", "vabandame, aga Te…", a refusal that blames): violated.
 * A reply with both a sincere apology and a non-apology is violated: the non-apology shows the attitude the
 * customer will remember, and the course treats it as the mistake to correct.
 */
export const apologise: Rule = {
  id: 'apologise',
  judge(ctx) {
    const { reply, pack } = ctx;
    const p = pack.rules.apologise;
    const regrets = p.regrets.findAll(reply);
    const blameFrom = new Map<number, number>();
    // findBlame is in reply order, so each sentence keeps its last blame: enough to ask whether any follows an apology.
    for (const b of findBlame(reply, pack)) blameFrom.set(b.sentence, b.start);
    const waits = p.waiting.findAll(reply);
    const atDesk = new Set(p.desk.findAll(reply).map((m) => m.sentence));
    const facts = new Set<number>();
    for (const f of ctx.facts.keyFacts.values()) for (const m of f.findAll(reply)) facts.add(m.sentence);
    const seen: Seen = {
      refused: new Set(p.refusals.findAll(reply).flatMap((m) => [m.firstToken, m.lastToken])),
      toCustomer: tokensOf(p.customerApology.findAll(reply)),
      blameFrom,
      otherCause: new Set(p.otherCause.findAll(reply).map((m) => m.sentence)),
      // On the phone any wait apologised for is the wait on the line, unless the complaint is a wait (its facts say so).
      phoneWait: new Set([...p.phoneWait.findAll(reply), ...(ctx.channel === 'phone' ? waits : waits.filter((m) => atDesk.has(m.sentence)))].map((m) => m.sentence)),
      pending: new Set(p.pending.findAll(reply).map((m) => m.sentence)),
      reassured: new Set(p.reassurance.findAll(reply).map((m) => m.sentence)),
      facts,
    };
    const judged: Judged[] = [];
    const inRegret = new Set<number>();
    for (const m of regrets) {
      if (judged.length >= MAX_JUDGED) break;
      judged.push({ kind: judgeOne(ctx, m, true, seen), match: m });
      for (let i = m.firstToken; i <= m.lastToken; i++) inRegret.add(i);
    }
    for (const m of p.apologies.findAll(reply)) {
      // "Sorry to hear that…" is judged once, as a regret.
      if (inRegret.has(m.firstToken) || inRegret.has(m.lastToken)) continue;
      if (judged.length >= MAX_JUDGED) break;
      judged.push({ kind: judgeOne(ctx, m, false, seen), match: m });
    }
    const evidenceOf = (kind: Kind): Evidence[] => {
      const sentences = [...new Set(judged.filter((j) => j.kind === kind).map((j) => j.match.sentence))].sort((a, b) => a - b);
      return sentences.map((s) => sentenceEvidence(reply, s));
    };
    if (judged.some((j) => j.kind === 'non-apology')) return violated(evidenceOf('non-apology'));
    if (judged.some((j) => j.kind === 'sincere')) return met(evidenceOf('sincere'));
    return missed([...evidenceOf('refusal'), ...evidenceOf('other')].sort((a, b) => a.start - b.start));
  },
};
