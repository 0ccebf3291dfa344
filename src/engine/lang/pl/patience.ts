import type { PatiencePack } from '../../rules/patience';
import { phrases } from '../../text/pattern';

export const patience: PatiencePack = {
  impatience: phrases(
    // Rushing.
    'proszę się pospieszyć|pośpieszyć|spieszyć|śpieszyć', 'pospiesz|pośpiesz|pospieszcie|pośpieszcie', 'musi|muszą się pospieszyć|pośpieszyć|spieszyć|śpieszyć', 'pani|pan|państwo się pospieszy|pośpieszy|pospieszą', 'szybciej|prędzej proszę', 'proszę szybciej|prędzej', 'proszę mówić|decydować|odpowiadać szybciej|prędzej|krócej',
    'do_rzeczy', 'krótko proszę', 'proszę krótko', 'szybko szybko', 'inni|kolejni klienci|goście czekają', 'czekają inni|kolejni', 'mam|mamy kolejkę', 'tak_tak', 'dobra_dobra', 'dobrze_dobrze',
    // Repeating with reproach.
    'jak już|juz mówiłem|mówiłam|mówiliśmy|wspomniałem|wspomniałam|powiedziałem|powiedziałam|tłumaczyłem|tłumaczyłam|wyjaśniałem|wyjaśniałam|pisałem|pisałam',
    'już|juz mówiłem|mówiłam|mówiliśmy|powiedziałem|powiedziałam|tłumaczyłem|tłumaczyłam', 'jak mówiłem|mówiłam|powiedziałem|powiedziałam',
    'po_raz kolejny|ostatni|trzeci|setny powtarzam|mówię', 'powtarzam po_raz', 'ile razy', 'proszę słuchać uważnie', 'gdyby pani|pan|państwo słuchali|słuchała|słuchał',
    // Irritation at the child.
    'dziecko|dzieci|syn|córka|maluch przeszkadza|przeszkadzają|hałasuje|hałasują|wrzeszczy|denerwuje',
    'przeszkadza|przeszkadzają innym|wszystkim|gościom|klientom', 'proszę uciszyć|uspokoić|pilnować dziecko|dziecka|dzieci|syna|córki|malucha', 'uciszyć|uciszenie dziecko|dziecka|dzieci|syna|córki|malucha',
    'ucisz*|uspokój dziecko|dzieci', 'dziecko|dzieci jest|są za|zbyt głośn*|głośno', 'inni goście|klienci narzekają|skarżą',
  ),
  impatienceNegative: phrases(
    'nie mam|mamy całego dnia', 'nie mam|mamy na_to czasu', 'czy pani|pan|państwo nie rozumie|rozumieją|słucha|słuchają',
  ),
};
