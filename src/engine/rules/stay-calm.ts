import { met, violated, type Rule } from '../rule';
import type { Evidence } from '../report';
import type { AnalysedText, Token } from '../text/analyse';
import { after, clauseBefore, clauseBreakBetween, isQuestion } from '../text/clause';
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
  /**
   * Calming someone else, which is not telling the customer to calm down: "uspokoić dziecko", "calm him down", "laps
   * rahuneb kohe". Irritation at the child is for patience and no-blame to judge.
   */
  calmingOthers: PhraseSet;
  /**
   * Dismissive words that are hostile as an order or a shrug standing on its own: "Deal with it.", "Tough.", "Leppige
   * sellega.", "Trudno." Only with nothing after them in their clause and nothing before them but `imperativeLead`
   * words ("just", "lihtsalt", "no"): "that will help her mentor deal with it properly", "we'll deal with it today" and
   * "trudno mi uwierzyć" are nothing of the kind. Said to the customer in full ("you'll just have to live with it"),
   * they are in `hostility`.
   */
  hostileImperatives: PhraseSet;
  imperativeLead: ReadonlySet<string>;
  /**
   * Hedges that turn thanks sarcastic when they close its sentence: "Thanks for your patience, I guess.", "Aitäh,
   * vist.", "Dzięki za cierpliwość, chyba."
   */
  sarcasticHedges: PhraseSet;
  /**
   * The customer's "threat" answered with a retort that it will get them nothing: a sentence holding both a threat word
   * (`threats`: "threatening", "ähvardamine", "szantaż") and a futility (`futile`: "won't get you", "ei vii kuhugi", "nic
   * nie da"). A cold "ähvardamine ei ole viis…" is a reproach for no-blame, not hostility.
   */
  threats: PhraseSet;
  futile: PhraseSet;
  /**
   * The complaint's brevity thrown back at the customer in a rhetorical question: "What do you expect us to do with a
   * one-line email?", "Mida Te siis ootasite ühe lause peale?", "A czego Pan się spodziewał, pisząc jedno zdanie?". In a
   * statement it is an argument ("ühe lause põhjal ei saa kogu ettevõtet hinnata"), which no-blame judges.
   */
  brevityMocked: PhraseSet;
}

const DIGIT = /\p{N}/u;

/**
 * Two or more letters, all capitals, no digits: "JAH", "FAKTE", "EI" — but not "Teie", "OÜ-le", "24H". Case
 * mapping instead of Unicode-class regexes: a reply of 100,000 capitals asks this of every word.
 */
const isSmallAscii = (code: number): boolean => code >= 97 && code <= 122;

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

/** Jumps to the next "!" or "?"; the run after it is walked by hand. */
const MARK = /[!?]/g;

/**
 * Runs of punctuation with two or more "!" or two or more "?" ("!!", "?!!", "!?!", "??"), each with the word before it
 * in its sentence, so the evidence reads "acceptable!!"; one pass over the text. A doubled "??" is exasperation, not
 * a question asked twice.
 */
function exclaimed(reply: AnalysedText): Evidence[] {
  const found: Evidence[] = [];
  const text = reply.text;
  let token = 0;
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m !== null; m = MARK.exec(text)) {
    let i = m.index;
    let bangs = 0;
    let marks = 0;
    const start = i;
    while (i < text.length && (text[i] === '!' || text[i] === '?')) {
      if (text[i] === '!') bangs++;
      else marks++;
      i++;
    }
    MARK.lastIndex = i;
    if (bangs < 2 && marks < 2) continue;
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
    // A shouted word has no small letter: one among its first two letters settles most words without slicing them.
    if (isSmallAscii(reply.text.charCodeAt(t.start)) || (t.end - t.start > 1 && isSmallAscii(reply.text.charCodeAt(t.start + 1)))) {
      close();
      continue;
    }
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

/** "Deal with it.", "Just deal with it!": an order on its own, nothing but a lead word before it or anything after it in its clause. */
function standsAsOrder(reply: AnalysedText, m: Match, lead: ReadonlySet<string>): boolean {
  return after(reply, m, 1, true).length === 0 && clauseBefore(reply, m, 4).every((t) => lead.has(t.norm));
}

/**
 * Hedges in a clause of their own that end a sentence holding thanks before them: "Thanks for your patience, I
 * guess." — not "aitäh, see on õige vist", where the hedge belongs to its clause. The first thanks of each sentence
 * is indexed once, so a reply of many such sentences stays linear.
 */
function sarcasticHedges(reply: AnalysedText, hedges: PhraseSet, thanks: PhraseSet): Match[] {
  const found = hedges.findAll(reply);
  if (found.length === 0) return [];
  const firstThanks = new Map<number, number>();
  for (const t of thanks.findAll(reply)) if (!firstThanks.has(t.sentence)) firstThanks.set(t.sentence, t.end);
  return found.filter((m) => {
    const end = firstThanks.get(m.sentence);
    return end !== undefined && end <= m.start && after(reply, m, 1).length === 0 && clauseBefore(reply, m, 1).length === 0;
  });
}

/** A threat word and a futility in one sentence, as one span from the first to the last. */
function retorts(reply: AnalysedText, threats: PhraseSet, futile: PhraseSet): Evidence[] {
  const futility = new Map<number, Match>();
  for (const m of futile.findAll(reply)) if (!futility.has(m.sentence)) futility.set(m.sentence, m);
  if (futility.size === 0) return [];
  const out: Evidence[] = [];
  const done = new Set<number>();
  for (const t of threats.findAll(reply)) {
    const f = futility.get(t.sentence);
    if (!f || done.has(t.sentence)) continue;
    done.add(t.sentence);
    out.push(evidence(reply, Math.min(t.start, f.start), Math.max(t.end, f.end)));
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
 * stay-calm — no shouting (words in capitals, "!!", "??"), no insults, sarcasm or hostility, and no telling the customer
 * to calm down, even kindly. The formal capitalised "Teie", acronyms and a name spelled out are not shouting. A cold
 * reproach ("what did you expect?") is left to no-blame, and calming the child to patience.
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
    // Within one clause: "Niech się Pani uspokoi, dziecko zaraz dostanie jedzenie" still tells the customer.
    const others = p.calmingOthers.findAll(reply).filter((m) => !clauseBreakBetween(reply, m.start, m.end));
    // Tokens said to someone else, marked once: a long reply of many "calm down"s stays linear.
    const elsewhere = new Uint8Array(reply.tokens.length);
    for (const r of [...reassuring, ...others]) elsewhere.fill(1, r.firstToken, r.lastToken + 1);
    const toTheCustomer = (m: Match) => !elsewhere.subarray(m.firstToken, m.lastToken + 1).includes(1);
    for (const m of p.calmDown.findAll(reply)) if (toTheCustomer(m)) add(m);
    for (const m of p.calmDownAlone.findAll(reply)) if (toTheCustomer(m) && after(reply, m, 1, true).length === 0) add(m);
    for (const m of p.hostileImperatives.findAll(reply)) if (standsAsOrder(reply, m, p.imperativeLead)) add(m);
    for (const m of sarcasticHedges(reply, p.sarcasticHedges, pack.rules.thank.thanks)) add(m);
    spans.push(...retorts(reply, p.threats, p.futile));
    for (const m of p.brevityMocked.findAll(reply)) if (isQuestion(reply, m.sentence)) add(m);
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
