import type { PatiencePack } from '../../rules/patience';
import { phrases } from '../../text/pattern';

export const patience: PatiencePack = {
  impatience: phrases(
    // Rushing.
    'proszę się pospieszyć|pośpieszyć|spieszyć|śpieszyć', 'pospiesz|pośpiesz|pospieszcie|pośpieszcie', 'musi|muszą się pospieszyć|pośpieszyć|spieszyć|śpieszyć', 'pani|pan|państwo się pospieszy|pośpieszy|pospieszą', 'szybciej|prędzej proszę', 'proszę szybciej|prędzej', 'proszę mówić|decydować|odpowiadać szybciej|prędzej|krócej',
    'do_rzeczy', 'krótko proszę', 'proszę krótko', 'szybko szybko', 'inni|kolejni klienci|goście czekają', 'czekają inni|kolejni', 'mam|mamy kolejkę', 'nie jest|jesteś pani|pan jedyn*', 'mam|mamy innych|inne|kolejnych klientów|stoliki|rozmowy|gości', 'tak_tak', 'dobra_dobra', 'dobrze_dobrze',
    // Repeating with reproach.
    'jak już|juz mówiłem|mówiłam|mówiliśmy|wspomniałem|wspomniałam|powiedziałem|powiedziałam|tłumaczyłem|tłumaczyłam|wyjaśniałem|wyjaśniałam|pisałem|pisałam',
    'już|juz mówiłem|mówiłam|mówiliśmy|powiedziałem|powiedziałam|tłumaczyłem|tłumaczyłam', 'jak mówiłem|mówiłam|powiedziałem|powiedziałam',
    'po_raz kolejny|ostatni|trzeci|setny powtarzam|mówię', 'powtarzam po_raz', 'ile razy',
    'tłumaczę|mówię|powtarzam|wyjaśniam|tłumaczyłam|tłumaczyłem|mówiłam|mówiłem|wyjaśniałam|wyjaśniałem drugi|trzeci|kolejny|setny|ostatni raz', 'proszę słuchać uważnie', 'gdyby pani|pan|państwo słuchali|słuchała|słuchał',
    // Irritation at the child.
    'dziecko|dzieci|syn|córka|maluch przeszkadza|przeszkadzają|hałasuje|hałasują|wrzeszczy|denerwuje',
    'przeszkadza|przeszkadzają innym|wszystkim|gościom|klientom', 'proszę uciszyć|uspokoić|pilnować dziecko|dziecka|dzieci|syna|córki|malucha', 'uciszyć|uciszenie dziecko|dziecka|dzieci|syna|córki|malucha',
    'ucisz*|uspokój dziecko|dzieci', 'dziecko|dzieci jest|są za|zbyt głośn*|głośno', 'inni goście|klienci narzekają|skarżą',
    'uciszyć go|ją|je|małego|małą', 'go|ją|je uciszyć',
    // Dismissing the wait or the trouble: "będzie, jak będzie", "co ja mogę zrobić".
    'będzie_jak_będzie', 'przyjdzie_jak_przyjdzie',
    // "Jedzenie będzie, jak będzie gotowe" shrugs; "przyniosę, jak tylko będzie gotowe" promises.
    'będzie_jak_będzie_gotow*', 'będzie_kiedy_będzie_gotow*', 'przyjdzie_jak_będzie_gotow*', 'przyjdzie_kiedy_będzie_gotow*', 'co_ja_mogę_zrobić|poradzić', 'co_ja_poradzę', 'nic_nie_poradzę',
  ),
  irritatedOpeners: phrases('niech pani|pan posłucha', 'proszę_posłuchać', 'proszę_mnie_posłuchać', 'no_wie_pani|pan'),
  impatienceNegative: phrases(
    'to nie_jest długo', 'to_nie_tak|aż długo', 'to_żaden czas', 'sama|sam nie pamięta|pamiętała|pamiętał', 'nawet nie pamięta|pamiętała|pamiętał',
    'nie mam|mamy całego dnia', 'nie mam|mamy na_to czasu', 'czy pani|pan|państwo nie rozumie|rozumieją|słucha|słuchają',
  ),
};
