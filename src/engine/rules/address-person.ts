import { met, violated, type Rule, type RuleContext } from '../rule';
import type { Evidence } from '../report';
import type { AnalysedText, Token } from '../text/analyse';
import { evidence, matchEvidence } from '../text/context';
import { fold } from '../text/fold';
import type { Match, PhraseSet } from '../text/pattern';
import { matchesOf } from '../text/scope';

/** Third-person pronouns of one gender, with the other people and things they can stand for. */
export interface PronounGroup {
  /** Folded pronouns: "ta", "talle"; "he", "his"; "on", "jego", "go". */
  pronouns: ReadonlySet<string>;
  /** Pronouns told apart only by their letters, where folding merges them with another word: "ją" (not "ja", I). */
  rawPronouns?: ReadonlySet<string>;
  /** Other people, and things, these pronouns may stand for: "tehnik"; "technician"; "technik", "pokój" (not "winda"). */
  others: PhraseSet;
  /**
   * The pronouns carry no gender, so they may also mean the companion named in the scenario ("Liis võib Teiega olla,
   * ta on oodatud"). Gendered pronouns leave the name alone: whether "he" can mean Liis is not known.
   */
  genderless?: boolean;
}

export interface AddressPersonPack {
  /** One group per gender where pronouns agree with their noun (Polish "on" never means "winda"); one where they do not. */
  pronounGroups: readonly PronounGroup[];
  /** Nouns for the customer in the third person, which a pronoun after them may mean: "klient", "the guest", "gość". */
  customerReferents: PhraseSet;
  /** The customer named through the companion, third-person talk in itself: "your friend", "Teie sõber", "Pani przyjaciel". */
  throughCompanion: PhraseSet;
  /** Othering words, wrong even when addressing the customer: "invaliid", "handicapped", "wheelchair-bound", "inwalida". */
  othering: PhraseSet;
}

// How far back a pronoun looks for what it stands for: its own sentence and the one before, at most this many words.
const LOOK_BACK = 40;

/** For each token, the last token at or before it that ends one of the matches (−1 when none): one pass, O(1) look-ups. */
function lastEndings(ctx: RuleContext, matches: readonly Match[]): Int32Array {
  const ends = new Int32Array(ctx.reply.tokens.length).fill(-1);
  for (const m of matches) ends[m.lastToken] = m.lastToken;
  for (let i = 1; i < ends.length; i++) if (ends[i] === -1) ends[i] = ends[i - 1] as number;
  return ends;
}

/**
 * The name is said to its bearer, not spoken of: a comma, "!" or "?" follows it ("Liis, kas ta vajab abi?"), or a
 * comma stands before it at the end of a sentence ("Aitäh, Liis.").
 */
function isVocative(reply: AnalysedText, m: Match): boolean {
  let next = '';
  for (let i = m.end; i < reply.text.length && next === ''; i++) if (reply.text[i] !== ' ') next = reply.text[i] as string;
  if (next === '' || next === ',' || next === '!' || next === '?') return true;
  let previous = '';
  for (let i = m.start - 1; i >= 0 && previous === ''; i--) if (reply.text[i] !== ' ') previous = reply.text[i] as string;
  return previous === ',' && (next === '.' || next === '\n');
}

/**
 * Who a third-person pronoun means. The nearest preceding noun that can be a referent of that pronoun decides,
 * within its sentence and the one before: "Tehnik tuleb kahe tunni jooksul, ta parandab lifti" is about the
 * technician; "Kas ta soovib tuba esimesel korrusel?" with nobody else named is about the customer, spoken past him
 * to the companion. Polish pronouns agree in gender, so "Przepraszam za windę. Czy on potrzebuje…" is not about the
 * lift. With no candidate in reach the customer is meant: in these scenes he is the one everybody talks about.
 */
function meansCustomer(ctx: RuleContext, other: Int32Array, customer: Int32Array, pronoun: Token): boolean {
  if (pronoun.index === 0) return true;
  const sentence = ctx.reply.sentences[Math.max(0, pronoun.sentence - 1)];
  const floor = Math.max(sentence ? sentence.firstToken : 0, pronoun.index - LOOK_BACK);
  const nearestOther = other[pronoun.index - 1] as number;
  const nearestCustomer = customer[pronoun.index - 1] as number;
  if (nearestOther < floor) return true;
  return nearestCustomer >= floor && nearestCustomer > nearestOther;
}

function pronounGroup(ctx: RuleContext, t: Token): number {
  const groups = ctx.pack.rules['address-person'].pronounGroups;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g] as PronounGroup;
    if (group.pronouns.has(t.norm)) return g;
    // Raw forms are read only where the folded word could be one ("ja" may be "ją").
    if (group.rawPronouns && foldedRaw(group).has(t.norm) && group.rawPronouns.has(ctx.reply.text.slice(t.start, t.end).toLowerCase())) return g;
  }
  return -1;
}

const foldedRawCache = new WeakMap<PronounGroup, ReadonlySet<string>>();

function foldedRaw(group: PronounGroup): ReadonlySet<string> {
  let known = foldedRawCache.get(group);
  if (!known) {
    known = new Set([...(group.rawPronouns ?? [])].map(fold));
    foldedRawCache.set(group, known);
  }
  return known;
}

/** Who else the group's pronouns may mean; the companion named, not addressed, when the pronouns carry no gender. */
function otherReferents(ctx: RuleContext, group: PronounGroup): Int32Array {
  const { reply, facts } = ctx;
  const named = group.genderless ? matchesOf(reply, facts.companion).filter((m) => !isVocative(reply, m)) : [];
  return lastEndings(ctx, [...matchesOf(reply, group.others), ...named]);
}

function findThirdPerson(ctx: RuleContext): Evidence[] {
  const { reply, facts } = ctx;
  const own = ctx.pack.rules['address-person'];
  // The referent indexes are built only when a pronoun needs them: most replies hold none.
  let customer: Int32Array | undefined;
  const others: Array<Int32Array | undefined> = [];
  const aboutCustomer = (t: Token, group: number): boolean => {
    customer ??= lastEndings(ctx, matchesOf(reply, own.customerReferents));
    others[group] ??= otherReferents(ctx, own.pronounGroups[group] as PronounGroup);
    return meansCustomer(ctx, others[group] as Int32Array, customer, t);
  };
  const found: Evidence[] = matchesOf(reply, own.throughCompanion).map((m) => matchEvidence(reply, m));
  const covered = new Set<number>();
  // The scenario's own ways of speaking about the customer ("kas_mart", "mart_soovib", "the_gentleman"); one that holds
  // a pronoun is judged by that pronoun's referent.
  for (const m of matchesOf(reply, facts.thirdPerson)) {
    let pronounAboutSomeoneElse = false;
    for (let i = m.firstToken; i <= m.lastToken; i++) {
      const t = reply.tokens[i] as Token;
      covered.add(i);
      const group = pronounGroup(ctx, t);
      if (group >= 0 && !aboutCustomer(t, group)) pronounAboutSomeoneElse = true;
    }
    if (!pronounAboutSomeoneElse) found.push(matchEvidence(reply, m));
  }
  for (const t of reply.tokens) {
    if (covered.has(t.index)) continue;
    const group = pronounGroup(ctx, t);
    if (group >= 0 && aboutCustomer(t, group)) found.push(evidence(reply, t.start, t.end));
  }
  return found;
}

/**
 * address-person — speaks to the customer, not about them to the companion ("kas ta soovib…", "does he need…",
 * "czy on potrzebuje…"), and uses no othering words ("invaliid", "handicapped", "wheelchair-bound", "inwalida"),
 * even when speaking to the customer. A third person who is someone else (the technician) does not count, nor do
 * neutral words such as "wheelchair-accessible room".
 */
export const addressPerson: Rule = {
  id: 'address-person',
  judge(ctx) {
    const othering = matchesOf(ctx.reply, ctx.pack.rules['address-person'].othering).map((m) => matchEvidence(ctx.reply, m));
    const all = [...othering, ...findThirdPerson(ctx)].sort((a, b) => a.start - b.start || b.end - a.end);
    const found = all.filter((e, i) => i === 0 || e.start >= (all[i - 1] as Evidence).end);
    return found.length === 0 ? met() : violated(found.slice(0, 5));
  },
};
