import { met, violated, type Rule, type RuleContext } from '../rule';
import type { Evidence } from '../report';
import type { AnalysedText, Token } from '../text/analyse';
import { evidence, matchEvidence } from '../text/context';
import type { PhraseSet } from '../text/pattern';
import { clauseOf, matchesOf } from '../text/scope';
import { fold } from '../text/fold';

export interface FormalAddressPack {
  /** Words informal on their own: "sina", "sul", "oled", "kirjutasid", "ty", "masz", "hey", "dude", "lol", "kullake". */
  informalWords: ReadonlySet<string>;
  /**
   * Informal words that folding merges with a neutral one, told apart as typed (lower-cased): "cześć" or "czesc"
   * (hi), not "część" (a part), which folds to the same letters.
   */
  informalAsTyped?: ReadonlySet<string>;
  /** Informal only together: "kas tuled", "ära muretse", "anna teada", "dziękuję ci", "my dear", "you guys". */
  informalPhrases: PhraseSet;
  /**
   * Informal forms shared with the 3rd person plural ("ootasid": you waited, or they waited): informal unless a
   * plural subject stands before them in the clause ("külalised ootasid").
   */
  sharedWithPlural?: ReadonlySet<string>;
  /** A plural subject for sharedWithPlural: "nad", "külalised", "koristajad". */
  isPluralSubject?(norm: string): boolean;
  /**
   * The formal "you" as an object ("Teid", "Teile"): beside a form shared with the 3rd plural it makes the customer
   * the object, so the form is the 3rd plural ("täna ootasid Teid katkine lift ja trepp").
   */
  formalObjects?: ReadonlySet<string>;
  /**
   * Words after which an informal-looking form is another person's: Estonian "ei" makes the bare stem a negative of
   * any person ("me ei oota", "arvet ei tule"), not the imperative "oota!".
   */
  notAfter?: ReadonlySet<string>;
  /** Endearments that are over-familiar when said to the customer, not before a name: "Thanks, love.", "Ärge muretsege, kallis." */
  vocatives: ReadonlySet<string>;
  /**
   * Second-person-singular verbs told by their form, where a form is safe to read ("chcesz", "zrobiłaś"). The word
   * as typed is text.slice(start, end), for endings that folding hides ("-łeś" vs "-les"); slice it only if needed.
   */
  isInformalVerb?(norm: string, text: string, start: number, end: number): boolean;
}

// Pictographic emoji (the symbols and dingbats blocks and beyond), not ©, ® or ™.
function isEmoji(code: number): boolean {
  return (code >= 0x1f000 && code <= 0x1faff) || (code >= 0x2600 && code <= 0x27bf && code !== 0x2713 && code !== 0x2714);
}

// ":)", ";-)", ":D", ":P", "xD", "<3" standing apart from words; fixed-length alternatives keep the scan linear.
const EMOTICON = /(?:^|[\s(])([:;=][-'^]?[)(DPp3\]|]|xD|XD|<3|\^\^)(?=$|[\s.,!?)])/g;

// A quick native scan first: most replies hold no emoji and skip the character loop.
const MAYBE_EMOJI = /[\u2600-\u27bf\ud83c-\ud83e]/;

function emojiAndEmoticons(reply: AnalysedText): Evidence[] {
  const found: Evidence[] = [];
  const text = reply.text;
  for (let i = MAYBE_EMOJI.test(text) ? 0 : text.length; i < text.length && found.length < 5; i++) {
    const code = text.codePointAt(i) as number;
    if (isEmoji(code)) {
      const width = code > 0xffff ? 2 : 1;
      found.push(evidence(reply, i, i + width));
      i += width - 1;
    }
  }
  EMOTICON.lastIndex = 0;
  for (let m = EMOTICON.exec(text); m !== null && found.length < 10; m = EMOTICON.exec(text)) {
    const face = m[1] as string;
    const start = m.index + m[0].length - face.length;
    found.push(evidence(reply, start, start + face.length));
  }
  return found;
}

/** A vocative stands apart: punctuation or the sentence edge on both sides ("Thanks, love." but not "love to help"). */
function standsApart(reply: AnalysedText, ctx: RuleContext, t: Token): boolean {
  const clause = clauseOf(reply, ctx.pack.common, t.index);
  return clause.first === t.index && clause.last === t.index;
}

/**
 * A plural subject stands in the word's clause, before it or after it: "Teie külalised ootasid" and "Teil olid
 * külalised tulemas" are not "(sina) ootasid", "(sina) olid".
 */
function hasPluralSubject(ctx: RuleContext, t: Token): boolean {
  const { reply, pack } = ctx;
  const { isPluralSubject: isPlural, formalObjects } = pack.rules['formal-address'];
  if (!isPlural && !formalObjects) return false;
  const clause = clauseOf(reply, pack.common, t.index);
  for (let i = clause.first; i <= clause.last; i++) {
    if (i === t.index) continue;
    const norm = (reply.tokens[i] as Token).norm;
    if ((isPlural?.(norm) ?? false) || (formalObjects?.has(norm) ?? false)) return true;
  }
  return false;
}

/** A verb read by its form; a capitalised word inside a sentence is a name ("Tomasz", "Łukasz"), not a verb. */
function isInformalForm(reply: AnalysedText, isInformalVerb: NonNullable<FormalAddressPack['isInformalVerb']>, t: Token): boolean {
  if (t.norm.length < 3) return false;
  if (!isInformalVerb(t.norm, reply.text, t.start, t.end)) return false;
  const sentence = reply.sentences[t.sentence];
  const first = reply.text[t.start] as string;
  return !sentence || sentence.firstToken === t.index || first === first.toLowerCase();
}

const foldedTypedCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The word is one of the as-typed informal words: its folded form is checked first, so most words cost a look-up. */
function isInformalAsTyped(reply: AnalysedText, typed: ReadonlySet<string>, t: Token): boolean {
  let folded = foldedTypedCache.get(typed);
  if (!folded) {
    folded = new Set([...typed].map(fold));
    foldedTypedCache.set(typed, folded);
  }
  return folded.has(t.norm) && typed.has(reply.text.slice(t.start, t.end).toLowerCase());
}

function findInformal(ctx: RuleContext): Evidence[] {
  const { reply, pack } = ctx;
  const own = pack.rules['formal-address'];
  const found: Evidence[] = [];
  for (const t of reply.tokens) {
    const previous = t.index > 0 ? (reply.tokens[t.index - 1] as Token) : undefined;
    if (previous && previous.sentence === t.sentence && own.notAfter?.has(previous.norm)) continue;
    if (
      own.informalWords.has(t.norm) ||
      (own.informalAsTyped !== undefined && isInformalAsTyped(reply, own.informalAsTyped, t)) ||
      (own.isInformalVerb !== undefined && isInformalForm(reply, own.isInformalVerb, t))
    ) {
      found.push(evidence(reply, t.start, t.end));
    } else if (own.sharedWithPlural?.has(t.norm) && !hasPluralSubject(ctx, t)) {
      found.push(evidence(reply, t.start, t.end));
    } else if (own.vocatives.has(t.norm) && standsApart(reply, ctx, t)) {
      found.push(evidence(reply, t.start, t.end));
    }
  }
  for (const m of matchesOf(reply, own.informalPhrases)) found.push(matchEvidence(reply, m));
  found.push(...emojiAndEmoticons(reply));
  return found.sort((a, b) => a.start - b.start);
}

/**
 * formal-address — the reply keeps a professional address: Estonian "Teie" forms (never "sina/sa/sul", nor
 * 2nd-singular verbs such as "kirjutasid", "saad", "Kas oled rahul?"), Polish "Pan/Pani/Państwo" (never "ty/ci/twój",
 * "masz", "możesz"), English without "hey", "mate", "hun", "lol"; no endearments ("kullake", "love") and no emoji.
 */
export const formalAddress: Rule = {
  id: 'formal-address',
  judge(ctx) {
    const found = findInformal(ctx);
    return found.length === 0 ? met() : violated(found.slice(0, 5));
  },
};
