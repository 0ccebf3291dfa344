import type { ActNowPack } from '../../rules/act-now';
import type { Token } from '../../text/analyse';
import { fold } from '../../text/fold';
import { phrases } from '../../text/pattern';

// Past forms typed without diacritics ("nie przyszla"), where the "ł" ending cannot be seen.
const PAST = new Set([
  'byl', 'byla', 'bylo', 'byly', 'byli', 'przyszedl', 'przyszla', 'przyszlo', 'przyszli', 'mial', 'miala', 'mialo',
  'mieli', 'mialy', 'zrobil', 'zrobila', 'zrobili', 'dotarl', 'dotarla', 'dotarli', 'pojawil', 'pojawila', 'zapomnial',
  'zapomniala', 'zapomnieli', 'zostal', 'zostala', 'zostalo', 'zostali', 'musial', 'musiala', 'musieli', 'zdarzylo',
  'wydarzylo', 'stalo', 'odbylo', 'sprzatala', 'sprzatal', 'czekala', 'czekal', 'czekali', 'czekalismy', 'zamowila',
  'zamowil', 'zglosila', 'zglosil', 'przyjechala', 'przyjechal', 'wczoraj', 'poinformowal', 'poinformowala',
]);

// Words whose ending looks like a past form: "pół godziny", "cały dzień", "dział", "w tej chwili".
const NOT_PAST = new Set([
  'pół', 'dział', 'udział', 'materiał', 'cały', 'cała', 'mały', 'mała', 'stały', 'stała', 'miły', 'miła', 'biały',
  'przyszły', 'szkoła', 'siła', 'koło', 'ciało', 'światło', 'mydło', 'stół', 'kościół', 'kanał', 'kapitał', 'chwili',
  'doskonały', 'wspaniały', 'okazały', 'pozostały', 'pozostała', 'niedzieli', 'pościeli', 'kąpieli',
  // Present and perfective future of "-łać" verbs end in "-ła" too: "winda działa", "wysyła".
  'działa', 'zadziała', 'wysyła', 'przysyła', 'posyła', 'odsyła', 'dosyła',
].map(fold));

const RAW_PAST_ENDINGS = ['ł', 'ła', 'ło', 'ły', 'łem', 'łam', 'łeś', 'łaś', 'łyśmy', 'liśmy', 'łyście', 'liście'];
const PLURAL_PAST = /(?:[aeiy]li|szli)$/;
// The folded shapes of RAW_PAST_ENDINGS, a cheap gate before the letters are read.
const FOLDED_L_ENDING = /l(?:a|o|y|em|am|es|as|ysmy|ismy|yscie|iscie)?$/;
const CONDITIONAL = /(?:libysmy|lybysmy|lbym|labym|libyscie|lby|laby|loby|liby|lyby)$/;
const MODAL_CONDITIONAL = /^(?:mog|chci|mus|powin|wol|mial|byl)/;

export const actNow: ActNowPack = {
  counted: phrases('stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia'),
  immediate: phrases(
    'od_razu', 'natychmiast', 'natychmiastowo', 'niezwłocznie', 'bezzwłocznie', 'bez_zwłoki', 'zaraz', 'za_chwilę|moment',
    'dziś|dzisiaj', 'jeszcze_dziś|dzisiaj', 'w_tej_chwili', 'do_końca dnia|dzisiejszego', 'tego_samego dnia', 'teraz_od_razu',
    'już sprawdzam|dzwonię|wysyłam|anuluję|usuwam|przynoszę|idę|zamawiam|wzywam|zgłaszam|przekazuję|poprawiam|korygujemy|anulujemy|wysyłamy|dzwonimy',
    'już_jedzie', 'już_idzie', 'jest_w_drodze', 'już_w_drodze',
    'już_teraz', 'właśnie_teraz',
    'już niosę|niesiemy|podaję|podajemy|robię|robimy|przesuwam|przesuwamy|biegnę|lecę',
    'już|teraz|właśnie przeglądam|weryfikuję|analizuję|rozmawiam|kontaktuję|piszę|załatwiam|zajmuję|wyjaśniam|sprawdzam|dzwonię|wysyłam|anuluję|usuwam',
  ),
  future: phrases(
    'jutro', 'pojutrze', 'do_jutra',
    'w_ciągu #num minut*|godzin*|dni|dnia|doby|tygodni*|h', 'w_ciągu godziny|doby|dnia|dwóch|trzech|czterech|pięciu|dwudziestu|24|48|pół|najbliższej|tygodnia|kwadransa|kilku|paru',
    'za #num minut*|godzin*|dni|dzień', 'za_godzinę|kwadrans', 'za_pół godziny', 'za kilka|parę minut*|godzin*',
    'za dwie|trzy|cztery|pięć|dziesięć|piętnaście|dwadzieścia|trzydzieści|czterdzieści minut*|godzin*|godziny|dni',
    'w|we poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę',
    'do poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli',
    'najpóźniej', 'nie_później niż', 'do|przed południa|południem|wieczora',
    '24h', '48h',
  ),
  clockWords: new Set(['o', 'do', 'przed', 'od', 'okolo', 'ok', 'godz', 'godziny']),
  clockAnyWords: new Set(['godzinie']),
  clockAfterWords: new Set(['rano', 'wieczorem']),
  amountWords: new Set(['procent', 'proc', 'zl', 'zlotych', 'euro', 'eur', 'osob', 'razy', 'lat', 'sprzatan']),
  notATime: phrases(
    'zaraz_po', 'od_razu_po', 'natychmiast_po', 'jak_tylko', 'od_razu_widać|widac', 'za_dziś|dzisiaj', 'na_dziś|dzisiaj',
    // A state, not an action: "mamy dziś komplet gości".
    'dziś|dzisiaj jest|są|mamy|był|była|było', 'mamy|jest|są dziś|dzisiaj',
    'ma|mają|miała|miał|mieli dziś|dzisiaj',
  ),
  customerActs: phrases(
    'może|mogą|mogłaby|mógłby pani|pan|państwo zadzwonić|napisać|skontaktować|przyjść|umówić',
    'proszę|prosimy zadzwonić|napisać|skontaktować|przyjść|informować|poinformować|dzwonić|pisać|zgłaszać|zgłosić|powiadomić|dać|potwierdzić|odpisać',
    'pani|pan|państwo może|mogą zadzwonić|napisać|skontaktować|przyjść|umówić',
  ),
  doneActions: phrases(
    'została|został|zostały|zostało anulowana|anulowany|anulowane|usunięta|usunięty|usunięte|skorygowana|wysłana|wysłany|zamówiony|wezwany',
    'anulowałem|anulowałam|anulowaliśmy|usunąłem|usunęłam|usunęliśmy|wysłałem|wysłałam|wysłaliśmy|wezwałem|wezwałam|wezwaliśmy|zadzwoniłem|zadzwoniłam|zadzwoniliśmy|skorygowałem|skorygowałam|zamówiłem|zamówiłam',
    'już anulowana|anulowany|usunięta|wysłana|wezwany|zgłoszon*|skasowana|skasowany|poprawion*',
    'skasowałam|skasowałem|skasowaliśmy|poprawiłam|poprawiłem|poprawiliśmy|zarezerwowałam|zarezerwowałem|zarezerwowaliśmy',
    'jest już w_drodze', 'został|została|zostało|zostały już wezwan*|anulowan*|wysłan*|skasowan*',
    'faktur*|rachun*|opłat* jest|są anulowan*|usunięt*|skorygowan*|skasowan*',
    // Feedback passed to the trainee's mentor is acting on it, unlike a case handed to another department.
    'przekazałam|przekazałem|przekazaliśmy|przekazałyśmy opiekun*|mentor*|opiekunk*', 'został*|zostały przekazan* opiekun*|mentor*|opiekunk*',
    'już przekazan* opiekun*|mentor*|opiekunk*',
    'rozmawiałam|rozmawiałem|rozmawialiśmy|porozmawiałam|porozmawiałem|porozmawialiśmy z opiekun*|mentor*|opiekunk*',
  ),
  othersDecide: phrases('kierownik*|przełożon*|szef*|dział|księgowość zdecyduje|zdecydują|decyduje|podejmie|rozpatrzy', 'decyzj* kierownik*|przełożon*|szef*'),
  counterfactual: phrases(
    'gdyby pani|pan|państwo zadzwonił*|poinformował*|zgłosił*|napisał*|dał*|powiedział*|uprzedził*|sprawdził*|był*|wspomniał*|przeczytał*',
    'gdyby zadzwonił*|poinformował*|zgłosił*|napisał*|dał*|powiedział*|uprzedził*|sprawdził*|wspomniał*|przeczytał* pani|pan|państwo',
    'gdybyśmy wiedzieli|wiedziały|dostali|otrzymali|mieli|wcześniej',
  ),
  isPast(tokens, i, text) {
    const t = tokens[i] as Token;
    const norm = t.norm;
    if (PAST.has(norm)) return true;
    if (NOT_PAST.has(norm)) return false;
    if (norm.length >= 7 && (norm.endsWith('lismy') || norm.endsWith('lysmy'))) return true;
    // A conditional of a main verb retells what would have been ("wtedy od razu wysłalibyśmy…"); a modal one
    // ("moglibyśmy przyjechać jutro") offers.
    if (CONDITIONAL.test(norm) && !MODAL_CONDITIONAL.test(norm)) return true;
    if (norm.length >= 5 && PLURAL_PAST.test(norm)) return true;
    // The "ł" endings show only in the letters as typed: "przyszła", "był", "czekałam".
    if (norm.length < 3 || !FOLDED_L_ENDING.test(norm)) return false;
    const raw = text.slice(t.start, t.end).toLowerCase();
    return RAW_PAST_ENDINGS.some((e) => raw.endsWith(e));
  },
};
