import { met, violated, type Rule } from '../rule';
import type { Evidence } from '../report';
import type { AnalysedText, Token } from '../text/analyse';
import { after, clauseBefore, overlaps } from '../text/clause';
import { evidence, rawToken } from '../text/context';
import type { Match, PhraseSet } from '../text/pattern';
import { matchesOf } from '../text/scope';

export interface StayCalmPack {
  /** Words written in capitals that are not shouting: acronyms and abbreviations ("OÜ", "SMS", "ID", "RODO"). Upper case. */
  acronyms: ReadonlySet<string>;
  /** Insults and contempt: "rumal", "ridiculous", "żałosne". */
  insults: PhraseSet;
  /** Sarcasm markers: "nn", "so-called", "no jasne"; sarcastic thanks come from the thank pack. */
  sarcasm: PhraseSet;
  /**
   * Words that are sarcastic only when they end their sentence alone in their clause: "Palju õnne!", "Well, good for
   * you.", "Gratuluję." With a word before or anything after they are sincere ("palju õnne Teie isale", "no good for
   * you", "well done, little one").
   */
  sarcasmAlone: PhraseSet;
  /**
   * Thanks tacked onto the end of a statement, "Our standard is excellent, thank you very much.": a retort, not
   * gratitude. Only when the thanks closes a sentence that said something else first.
   */
  sarcasticTag: PhraseSet;
  /** Hostility: "pole meie probleem", "if you don't like it", "nie obchodzi mnie", "what did you expect?". */
  hostility: PhraseSet;
  /** Confrontational openers, hostile only at the start of a sentence and before a comma: "No kuulge, …", "Look, …", "Słuchaj, …". */
  hostileOpeners: PhraseSet;
  /**
   * Words that link a dismissive echo, "X, when X": "tuleb siis, KUI tuleb", "będzie, JAK będzie", "it is WHAT it is".
   * The same word on both sides, the second ending the sentence, shrugs the customer off.
   */
  echoLinks: ReadonlySet<string>;
  /** Telling the customer to calm down, however kindly: "rahunege", "calm down", "proszę się uspokoić". */
  calmDown: PhraseSet;
  /**
   * "Calm down" words that only tell the customer to calm down when nothing follows them in their clause:
   * "Spokojnie!", "Spokojnie, proszę pani" — not "spokojnie wszystko ustalimy" (we will sort it out calmly).
   */
  calmDownAlone: PhraseSet;
  /** Reassurance that shares words with "calm down" but tells the customer to take their time: "võtke rahulikult aega". */
  reassurance: PhraseSet;
}

const DIGIT = /\p{N}/u;

/**
 * Two or more letters, all capitals, no digits: "JAH", "FAKTE", "EI" — but not "Teie", "OÜ-le", "24H". Case
 * mapping instead of Unicode-class regexes: a reply of 100,000 capitals asks this of every word.
 */
function isShouted(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word || word.toUpperCase() !== word || DIGIT.test(word)) return false;
  let letters = 0;
  for (let i = 0; i < word.length; i++) if (word[i] !== lower[i] && ++letters >= 2) return true;
  return false;
}

/** A name spelled out letter by letter, "K-A-D-R-I": every hyphenated part one letter. */
function isSpelledOut(word: string): boolean {
  const parts = word.split(/[-‐]/);
  return parts.length >= 2 && parts.every((p) => [...p].length === 1);
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

/**
 * Runs of punctuation with two or more "!" ("!!", "?!!", "!?!"), each with the word before it in its sentence, so
 * the evidence reads "acceptable!!"; one pass over the text.
 */
function exclaimed(reply: AnalysedText): Evidence[] {
  const found: Evidence[] = [];
  const text = reply.text;
  let token = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '!' && text[i] !== '?') continue;
    let bangs = 0;
    const start = i;
    while (i < text.length && (text[i] === '!' || text[i] === '?')) {
      if (text[i] === '!') bangs++;
      i++;
    }
    if (bangs < 2) continue;
    while (token < reply.tokens.length && (reply.tokens[token] as Token).end <= start) token++;
    const before = reply.tokens[token - 1];
    const sameSentence = before !== undefined && !/[\n.…;]/.test(text.slice(before.end, start));
    found.push(evidence(reply, sameSentence ? before.start : start, i));
  }
  return found;
}

/** Capitalised words, a run of them as one span ("KOLME TASUTA KORISTUST"). */
function shouted(reply: AnalysedText, acronyms: ReadonlySet<string>): Evidence[] {
  const out: Evidence[] = [];
  const signature = signatureStart(reply);
  let runStart = -1;
  let runEnd = -1;
  const close = () => {
    if (runStart >= 0) out.push(evidence(reply, runStart, runEnd));
    runStart = -1;
  };
  for (const t of reply.tokens) {
    if (t.start >= signature) break;
    const raw = rawToken(reply, t);
    if (isShouted(raw) && !isSpelledOut(raw) && !acronyms.has(raw.split(/['’-]/)[0] as string)) {
      if (runStart >= 0 && reply.text.slice(runEnd, t.start).trim() === '') runEnd = t.end;
      else {
        close();
        runStart = t.start;
        runEnd = t.end;
      }
    } else close();
  }
  close();
  return out;
}

/** "Palju õnne!", "Well, good for you.": nothing before it in its clause, nothing after it in its sentence. */
function standsAlone(reply: AnalysedText, m: Match): boolean {
  return clauseBefore(reply, m, 1).length === 0 && after(reply, m, 1).length === 0;
}

/** The same word, or one inflection of it ("come" … "comes"); short words must match exactly. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short) && long.length - short.length <= 2;
}

/** "Toit tuleb siis, kui tuleb.", "Technik będzie, jak będzie.": X, link, X at the end of the sentence. */
function echoes(reply: AnalysedText, links: ReadonlySet<string>): Evidence[] {
  const out: Evidence[] = [];
  const { tokens } = reply;
  for (let i = 1; i < tokens.length - 1; i++) {
    const link = tokens[i] as Token;
    if (!links.has(link.norm)) continue;
    const s = reply.sentences[link.sentence];
    if (!s) continue;
    for (let j = i + 1; j <= i + 2 && j < s.endToken; j++) {
      if (j !== s.endToken - 1) continue;
      const last = tokens[j] as Token;
      for (let k = i - 1; k >= Math.max(s.firstToken, i - 2); k--) {
        const first = tokens[k] as Token;
        if (sameWord(first.norm, last.norm)) {
          out.push(evidence(reply, first.start, last.end));
          break;
        }
      }
    }
  }
  return out;
}

/** Overlapping or touching spans as one ("calm down" and "!!" read "calm down!!"), in reply order. */
function merged(spans: Evidence[], reply: AnalysedText): Evidence[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Evidence[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start <= last.end) {
      if (e.end > last.end) out[out.length - 1] = evidence(reply, last.start, e.end);
    } else out.push(e);
  }
  return out;
}

/**
 * stay-calm — no shouting (words in capitals, "!!"), no insults, sarcasm or hostility, and no telling the customer
 * to calm down, even kindly. The formal capitalised "Teie", acronyms and a name spelled out are not shouting.
 * The evidence is the words that broke it ("calm down!!", "NOT"), not whole sentences.
 */
export const stayCalm: Rule = {
  id: 'stay-calm',
  judge({ reply, pack }) {
    const p = pack.rules['stay-calm'];
    const spans: Evidence[] = [...shouted(reply, p.acronyms), ...exclaimed(reply), ...echoes(reply, p.echoLinks)];
    const reassuring = p.reassurance.findAll(reply);
    const add = (m: Match) => spans.push(evidence(reply, m.start, m.end));
    for (const set of [p.insults, p.sarcasm, p.hostility]) for (const m of set.findAll(reply)) add(m);
    for (const m of matchesOf(reply, pack.rules.thank.sarcastic)) add(m);
    for (const m of p.calmDown.findAll(reply)) if (!reassuring.some((r) => overlaps(r, m))) add(m);
    for (const m of p.calmDownAlone.findAll(reply)) {
      if (!reassuring.some((r) => overlaps(r, m)) && after(reply, m, 1, true).length === 0) add(m);
    }
    for (const m of p.sarcasmAlone.findAll(reply)) if (standsAlone(reply, m)) add(m);
    for (const m of p.sarcasticTag.findAll(reply)) {
      const s = reply.sentences[m.sentence];
      if (s && m.firstToken - s.firstToken >= 3 && after(reply, m, 1).length === 0) add(m);
    }
    for (const m of p.hostileOpeners.findAll(reply)) {
      const s = reply.sentences[m.sentence];
      if (s && m.firstToken === s.firstToken && after(reply, m, 1, true).length === 0) add(m);
    }
    if (spans.length === 0) return met();
    return violated(merged(spans, reply));
  },
};
