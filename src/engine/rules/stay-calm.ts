import { met, violated, type Rule } from '../rule';
import type { AnalysedText, Token } from '../text/analyse';
import { overlaps } from '../text/clause';
import { rawToken, sentenceEvidence } from '../text/context';
import type { PhraseSet } from '../text/pattern';

export interface StayCalmPack {
  /** Words written in capitals that are not shouting: acronyms and abbreviations ("OÜ", "SMS", "ID", "RODO"). Upper case. */
  acronyms: ReadonlySet<string>;
  /** Insults and contempt: "rumal", "ridiculous", "żałosne". */
  insults: PhraseSet;
  /** Sarcasm markers: "nn", "so-called", "no jasne"; sarcastic thanks come from the thank pack. */
  sarcasm: PhraseSet;
  /** Hostility: "pole meie probleem", "if you don't like it", "nie obchodzi mnie". */
  hostility: PhraseSet;
  /** Telling the customer to calm down, however kindly: "rahunege", "calm down", "proszę się uspokoić". */
  calmDown: PhraseSet;
  /** Reassurance that shares words with "calm down" but tells the customer to take their time: "võtke rahulikult aega". */
  reassurance: PhraseSet;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

/** Two or more letters, all capitals, no digits: "JAH", "FAKTE", "EI" — but not "Teie", "OÜ-le", "24H". */
function isShouted(word: string): boolean {
  if (LOWER.test(word) || DIGIT.test(word) || !UPPER.test(word)) return false;
  let letters = 0;
  for (const ch of word) if (LETTER.test(ch) && ++letters >= 2) return true;
  return false;
}

/** The last line of a multi-line reply when it is a short signature ("ANNA TAMM, SÄRAV KODU"), whose capitals are a name. */
function signatureStart(reply: AnalysedText): number {
  const text = reply.text.trimEnd();
  const lastBreak = text.lastIndexOf('\n');
  if (lastBreak < 0) return Number.POSITIVE_INFINITY;
  const line = text.slice(lastBreak + 1);
  const words = reply.tokens.filter((t) => t.start > lastBreak).length;
  return words <= 4 && !line.includes('!') ? lastBreak : Number.POSITIVE_INFINITY;
}

/** Sentences holding a run of punctuation with two or more "!" ("!!", "?!!", "!?!"); one pass over the text. */
function exclaimedSentences(reply: AnalysedText): number[] {
  const found: number[] = [];
  const text = reply.text;
  let sentence = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '!' && text[i] !== '?') continue;
    let bangs = 0;
    const start = i;
    while (i < text.length && (text[i] === '!' || text[i] === '?')) {
      if (text[i] === '!') bangs++;
      i++;
    }
    if (bangs < 2) continue;
    while (sentence < reply.sentences.length - 1 && (reply.sentences[sentence] as { end: number }).end <= start) sentence++;
    found.push(sentence);
  }
  return found;
}

/**
 * stay-calm — no shouting (words in capitals, "!!"), no insults, sarcasm or hostility, and no telling the customer
 * to calm down, even kindly. The formal capitalised "Teie" and acronyms are not shouting.
 */
export const stayCalm: Rule = {
  id: 'stay-calm',
  judge({ reply, pack }) {
    const p = pack.rules['stay-calm'];
    const bad = new Set<number>();
    const signature = signatureStart(reply);
    for (const t of reply.tokens as Token[]) {
      if (t.start >= signature) break;
      const raw = rawToken(reply, t);
      if (isShouted(raw) && !p.acronyms.has(raw.split(/['’-]/)[0] as string)) bad.add(t.sentence);
    }
    for (const s of exclaimedSentences(reply)) bad.add(s);
    const reassuring = p.reassurance.findAll(reply);
    for (const set of [p.insults, p.sarcasm, p.hostility, p.calmDown, pack.rules.thank.sarcastic]) {
      for (const m of set.findAll(reply)) {
        if (set === p.calmDown && reassuring.some((r) => overlaps(r, m))) continue;
        bad.add(m.sentence);
      }
    }
    if (bad.size === 0) return met();
    return violated([...bad].sort((a, b) => a - b).map((s) => sentenceEvidence(reply, s)));
  },
};
