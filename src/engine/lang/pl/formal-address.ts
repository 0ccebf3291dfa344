import type { FormalAddressPack } from '../../rules/formal-address';
import { fold } from '../../text/fold';
import { phrases } from '../../text/pattern';

// Words ending like a 2nd-singular verb ("-sz", "-łeś") that are not one: "nasz", "gulasz", "mysz", "atlas".
// Names too: "Tomasz", "Łukasz" sign many replies.
const NOT_VERB = new Set(['nasz', 'wasz', 'gulasz', 'lawasz', 'klawisz', 'afisz', 'mysz', 'kosz', 'grosz', 'tusz', 'plusz', 'atlas', 'marsz', 'kapelusz', 'karandasz', 'tomasz', 'łukasz', 'ignasz'].map(fold));
const PAST_2SG_RAW = ['łeś', 'łaś'];

/*
 * Polish speaks to a customer in the 3rd person ("Pani może", "czy Pan chce"), so a 2nd-person-singular verb is
 * informal by its form alone: present "-sz" ("masz", "możesz", "chcesz"), past "-łeś/-łaś", conditional "-łbyś".
 */
function isInformalVerb(norm: string, text: string, start: number, end: number): boolean {
  if (!norm.endsWith('sz') && !norm.endsWith('s')) return false;
  if (NOT_VERB.has(norm)) return false;
  if (norm.length >= 4 && /[aeiy]sz$/.test(norm)) return true;
  if (norm === 'jestes' || norm === 'bys') return true;
  if (norm.length >= 5 && /l[ae]s$/.test(norm) && PAST_2SG_RAW.some((e) => text.slice(start, end).toLowerCase().endsWith(e))) return true;
  if (norm.length >= 7 && /[aeiouy]l[ae]s$/.test(norm)) return true;
  return norm.length >= 6 && norm.endsWith('bys');
}

export const formalAddress: FormalAddressPack = {
  informalWords: new Set([
    'ty', 'cie', 'ciebie', 'tobie', 'toba', 'twoj', 'twoja', 'twoje', 'twojego', 'twojej', 'twoim', 'twoich', 'twoimi', 'twojemu',
    'wasz', 'wasza', 'wasze', 'waszego', 'waszej', 'waszym', 'waszych', 'waszymi', 'wam', 'was', 'wy',
    'hej', 'hejka', 'siema', 'siemka', 'elo', 'nara', 'pozdro', 'buziaki', 'kochana', 'kochanie', 'kochany', 'zlotko',
    'slonko', 'skarbie', 'kotku', 'misiu', 'kochaniutka', 'mordo', 'kolego', 'kolezanko', 'lol', 'xd',
    // Imperative singular.
    'daj', 'napisz', 'zadzwon', 'poczekaj', 'martw', 'uspokoj', 'sluchaj', 'powiedz', 'wybierz', 'zobacz', 'pamietaj', 'wybacz',
    'sprawdz', 'przyjdz', 'zglos', 'odpisz', 'wyslij', 'zrozum',
    // 2nd person plural to a family ("wy" instead of "Państwo"): a list, since "-cie" also ends nouns ("w temacie")
    // and adverbs ("całkowicie").
    'macie', 'mozecie', 'chcecie', 'wiecie', 'czekacie', 'jestescie', 'byliscie', 'bylyscie', 'mieliscie', 'musicie', 'potrzebujecie',
    'rozumiecie', 'wolicie', 'zamowiliscie', 'czekaliscie', 'zrobiliscie', 'pisaliscie', 'chcielibyscie', 'moglibyscie', 'dajcie',
    'poczekajcie', 'napiszcie', 'zadzwoncie', 'martwcie', 'uspokojcie', 'wybierzcie', 'powiedzcie', 'sluchajcie',
  ]),
  informalPhrases: phrases(
    'dziękuję|dziekuje|dzięki|dzieki|przepraszam|pomogę|pomożemy|wyślę|wyślemy|zwrócimy|oddamy|damy|dam|powiem|obiecuję|gwarantuję|proponuję|proponujemy|oferujemy|życzę|życzymy|mówię ci',
    'ci_się',
  ),
  informalAsTyped: new Set(['cześć', 'czesc']),
  vocatives: new Set(['stary', 'stara', 'kochana', 'droga', 'drogi', 'skarbie']),
  isInformalVerb,
};
