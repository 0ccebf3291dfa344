import { met, violated, type Rule, type RuleContext } from '../rule';
import type { Evidence } from '../report';
import type { Token } from '../text/analyse';
import { evidence, matchEvidence } from '../text/context';
import { fold } from '../text/fold';
import type { PhraseSet } from '../text/pattern';
import { matchesOf } from '../text/scope';

/** Third-person pronouns of one gender, with the other people and things they can stand for. */
export interface PronounGroup {
  /** Folded pronouns: "ta", "talle"; "he", "his"; "on", "jego", "go". */
  pronouns: ReadonlySet<string>;
  /** Pronouns told apart only by their letters, where folding merges them with another word: "ją" (not "ja", I). */
  rawPronouns?: ReadonlySet<string>;
  /** Other people, and things, these pronouns may stand for: "tehnik"; "technician"; "technik", "pokój" (not "winda"). */
  others: PhraseSet;
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

/** For each token, the last token at or before it that ends a match of the set (−1 when none): one pass, O(1) look-ups. */
function lastEndings(ctx: RuleContext, set: PhraseSet): Int32Array {
  const ends = new Int32Array(ctx.reply.tokens.length).fill(-1);
  for (const m of matchesOf(ctx.reply, set)) ends[m.lastToken] = m.lastToken;
  for (let i = 1; i < ends.length; i++) if (ends[i] === -1) ends[i] = ends[i - 1] as number;
  return ends;
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

function findThirdPerson(ctx: RuleContext): Evidence[] {
  const { reply, facts } = ctx;
  const own = ctx.pack.rules['address-person'];
  // The referent indexes are built only when a pronoun needs them: most replies hold none.
  let customer: Int32Array | undefined;
  const others: Array<Int32Array | undefined> = [];
  const aboutCustomer = (t: Token, group: number): boolean => {
    customer ??= lastEndings(ctx, own.customerReferents);
    others[group] ??= lastEndings(ctx, (own.pronounGroups[group] as PronounGroup).others);
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
